package eventdb

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"sort"
	"time"
)

// Migrate applies the migrations in dir of fsys that are not yet recorded,
// in name order, each in its own transaction stamped with now. On
// PostgreSQL each transaction holds an advisory lock, so that two processes
// starting together do not both apply one.
func (d *DB) Migrate(ctx context.Context, fsys fs.FS, dir string, now time.Time) error {
	if _, err := d.SQL.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Name() < names[j].Name() })
	for _, n := range names {
		if err := d.apply(ctx, fsys, dir+"/"+n.Name(), n.Name(), now); err != nil {
			return fmt.Errorf("migration %s: %w", n.Name(), err)
		}
	}
	return nil
}

// apply runs one migration unless it is recorded, and records it.
func (d *DB) apply(ctx context.Context, fsys fs.FS, path, name string, now time.Time) error {
	return d.inTx(ctx, func(tx *sql.Tx) error {
		if d.Dialect == Postgres {
			if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7405311)`); err != nil {
				return err
			}
		}
		var n int
		if err := tx.QueryRowContext(ctx, d.q(`SELECT count(*) FROM schema_migrations WHERE name = ?`), name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		body, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, d.q(`INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`), name, now.UTC().Format(time.RFC3339))
		return err
	})
}
