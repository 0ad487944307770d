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
	// Ingest holds the text signatures, near-duplicate links and feed state
	// (see eventdb.Ingest); its methods are the Store's.
	eventdb.Ingest
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
	s.Ingest = eventdb.NewIngest(s.events, s.now)
	if err := s.events.Migrate(ctx, migrations, "migrations", s.now()); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate %s: %w", where, err)
	}
	if err := s.events.Backfill(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: cluster events stored before the last migration: %w", where, err)
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
