package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"dyad"
	"dyad/sqlite"
	"dyad/storetest"
)

// downgradeTone turns the database at path back into what dyad wrote before
// migration 0030_tone.sql: no tone columns, merged events without tone.
func downgradeTone(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`DROP INDEX clusters_dyad`,
		`ALTER TABLE clusters DROP COLUMN tone`,
		`CREATE INDEX clusters_dyad ON clusters(source_country, target_country, date, mood, date_precision, quad_class, num_mentions, goldstein)`,
		`ALTER TABLE dyad_days DROP COLUMN tone_sum`,
		`ALTER TABLE dyad_days DROP COLUMN tone_events`,
		`ALTER TABLE articles DROP COLUMN tone`,
		`UPDATE clusters SET body = json_remove(body, '$.tone')`,
		`DELETE FROM schema_migrations WHERE name = '0030_tone.sql'`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
}

func TestToneMigrationRebuildsMergedEvents(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dyad.db")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Fixture("Carney met Li.", "https://example.org/a", "2026-01-16", [][6]string{
		{"CANGOV", "CHNGOV", "CONSULT", "040", "2026-01-16", "asserted"}})
	tone := -12.5
	a.Tone = &tone
	if _, err := s.PutAnalysis(ctx, a); err != nil {
		t.Fatal(err)
	}
	s.Close()
	downgradeTone(t, path)
	s, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after downgrade: %v", err)
	}
	defer s.Close()
	got, _, err := s.MergedEvents(ctx, dyad.EventFilter{})
	if err != nil || len(got) != 1 || got[0].Tone == nil || *got[0].Tone != tone {
		t.Fatalf("MergedEvents after migration = %+v, %v; want one event with tone %v", got, err, tone)
	}
	series, err := s.Series(ctx, dyad.SeriesQuery{Source: "CAN", Target: "CHN", By: dyad.Day})
	if err != nil || len(series) != 1 || series[0].Tone == nil || *series[0].Tone != tone {
		t.Errorf("Series after migration = %+v, %v; want one day with tone %v", series, err, tone)
	}
}
