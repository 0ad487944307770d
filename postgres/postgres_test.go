package postgres_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"dyad"
	"dyad/postgres"
	"dyad/storetest"
)

// dsn returns $DYAD_TEST_POSTGRES or skips the test: PostgreSQL runs in CI
// (.ci/run sets the variable) and wherever a developer points it.
func dsn(t testing.TB) string {
	t.Helper()
	d := os.Getenv("DYAD_TEST_POSTGRES")
	if d == "" {
		t.Skip("DYAD_TEST_POSTGRES is not set; set it to a PostgreSQL URL (postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable) to run the PostgreSQL store tests")
	}
	return d
}

// MustOpen opens a store in a fresh schema of the test database, dropped
// when the test ends, so that tests and runs never see each other's rows.
func MustOpen(t testing.TB) *postgres.Store {
	t.Helper()
	base := dsn(t)
	ctx := context.Background()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "dyadtest_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema (is DYAD_TEST_POSTGRES=%s reachable?): %v", base, err)
	}
	t.Cleanup(func() {
		if admin, err := sql.Open("pgx", base); err == nil {
			admin.ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
			admin.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	v := u.Query()
	v.Set("search_path", schema)
	u.RawQuery = v.Encode()
	s, err := postgres.Open(ctx, u.String())
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	dsn(t)
	storetest.Run(t, func(t *testing.T) dyad.Store { return MustOpen(t) })
}

func TestFailedWriteLeavesNothing(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	a := storetest.Fixture("Two events with one id.", "", "", [][6]string{
		{"CHNGOV", "CANGOV", "CONSULT", "040", "2026-01-16", "asserted"},
		{"CHNGOV", "CANGOV", "CONSULT", "040", "2026-01-16", "asserted"},
	})
	a.Events[1].ID = a.Events[0].ID // the second insert fails
	if _, err := s.PutAnalysis(ctx, a); err == nil {
		t.Fatal("PutAnalysis with duplicate event ids succeeded")
	}
	if _, err := s.Analysis(ctx, a.Article.ID); dyad.ErrorCode(err) != dyad.ENOTFOUND {
		t.Errorf("article after failed write: %v; want not found (transaction rolled back)", err)
	}
	if _, total, _ := s.MergedEvents(ctx, dyad.EventFilter{}); total != 0 {
		t.Errorf("%d merged events after a failed write, want 0", total)
	}
}

func TestOpenUnreachable(t *testing.T) {
	_, err := postgres.Open(context.Background(), "postgres://nobody@127.0.0.1:1/none?sslmode=disable&connect_timeout=2")
	if err == nil || !strings.Contains(err.Error(), "127.0.0.1:1") || !strings.Contains(err.Error(), "pg_isready") {
		t.Errorf("Open(unreachable) error = %v; want one naming the server and what to check", err)
	}
	if _, err := postgres.Open(context.Background(), "postgres://%zz"); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("Open(bad URL) error = %v; want %s", err, dyad.EINVALID)
	}
}
