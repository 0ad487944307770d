// Package postgres provides dyad's shared store for teams and large
// corpora: PostgreSQL through pgx (pure Go). It keeps the schema, the
// migrations (numbered and meaning as in package sqlite) and the behaviour
// of the SQLite store, checked by the same conformance suite. Every write
// is one transaction, so a server that goes away mid-ingest leaves no
// half-written article, and ingest can be run again to resume.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"dyad"
	"dyad/eventdb"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a dyad.Store in a PostgreSQL database (or one schema of it, with
// search_path set in the URL).
type Store struct {
	db     *sql.DB
	events *eventdb.DB
	Now    func() time.Time // Now stamps ingestion and failure times; time.Now if nil.
}

var _ dyad.Store = (*Store)(nil)

// Open connects to the database at url (postgres://user@host:port/db?…)
// and brings its schema up to date.
func Open(ctx context.Context, url string) (*Store, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, dyad.Errorf(dyad.EINVALID, "database URL: %v (want postgres://user@host:5432/dbname)", err)
	}
	where := fmt.Sprintf("PostgreSQL at %s:%d/%s", cfg.Host, cfg.Port, cfg.Database)
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", where, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to %s (is it running and the URL right? check with pg_isready): %w", where, err)
	}
	s := &Store{db: db, events: &eventdb.DB{SQL: db, Dialect: eventdb.Postgres}}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate %s: %w", where, err)
	}
	return s, nil
}

// Close closes the connections.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// migrate applies the embedded migrations not yet recorded, in name order,
// each in a transaction that holds an advisory lock, so that two processes
// starting together do not both apply one.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := migrations.ReadDir("migrations")
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Name() < names[j].Name() })
	for _, n := range names {
		if err := s.apply(ctx, n.Name()); err != nil {
			return fmt.Errorf("migration %s: %w", n.Name(), err)
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, name string) error {
	return s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7405311)`); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE name = $1`, name).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		body, err := migrations.ReadFile("migrations/" + name)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)`, name, s.now().UTC().Format(time.RFC3339))
		return err
	})
}

// inTx runs fn in a transaction, committing if it returns nil.
func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}
