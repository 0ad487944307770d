// Package sqlite provides dyad's embedded store: one SQLite file, through a
// pure-Go driver (modernc.org/sqlite, no cgo). Migrations are embedded and
// each is applied in its own transaction; every write is one transaction
// and idempotent, keyed by the article's content hash and URL.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"dyad"
	"dyad/eventdb"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a dyad.Store in one SQLite file.
type Store struct {
	// Ingest holds the text signatures, near-duplicate links and feed state
	// (see eventdb.Ingest); its methods are the Store's.
	eventdb.Ingest
	db     *sql.DB
	events *eventdb.DB
	Now    func() time.Time // Now stamps ingestion and failure times; time.Now if nil.
}

var _ dyad.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open database %s: %w", path, err)
		}
	}
	dsn := "file:" + path + "?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	s := &Store{db: db, events: &eventdb.DB{SQL: db, Dialect: eventdb.SQLite}}
	s.Ingest = eventdb.NewIngest(s.events, s.now)
	if err := s.events.Migrate(ctx, migrations, "migrations", s.now()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: %w (is it a dyad database? move it away or choose another with --db)", path, err)
	}
	if err := s.events.Backfill(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open database %s: cluster events stored before clustering: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
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
