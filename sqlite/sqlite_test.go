package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad"
	"dyad/sqlite"
	"dyad/storetest"
)

// MustOpen opens a fresh store in a temporary directory.
func MustOpen(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dyad.Store { return MustOpen(t) })
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "dyad.db")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Fixture("Kept.", "", "", nil)
	if _, err := s.PutAnalysis(ctx, a); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(ctx, path) // migrations run again, as no-ops
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if _, err := s.Analysis(ctx, a.Article.ID); err != nil {
		t.Errorf("Analysis after reopen: %v", err)
	}
}

func TestOpenCorruptFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	if err := os.WriteFile(path, []byte(strings.Repeat("not a database ", 1000)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := sqlite.Open(context.Background(), path)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "--db") {
		t.Errorf("Open(corrupt file) error = %v; want one naming the file and saying what to do", err)
	}
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
	if _, total, _ := s.Events(ctx, dyad.EventFilter{}); total != 0 {
		t.Errorf("%d events after failed write, want 0", total)
	}
}
