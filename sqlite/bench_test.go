package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"dyad"
	"dyad/storetest"
)

// benchMentions is the size of the synthetic store: $DYAD_BENCH_MENTIONS,
// else ten million reports.
func benchMentions(b *testing.B) int {
	if v := os.Getenv("DYAD_BENCH_MENTIONS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			b.Fatalf("DYAD_BENCH_MENTIONS=%q: want a positive number", v)
		}
		return n
	}
	return 10_000_000
}

// benchStore opens the synthetic store of n reports, building it the first
// time in $DYAD_BENCH_DIR (else the temporary directory) and reusing it
// afterwards: building ten million reports takes minutes, querying them
// does not. A store whose build was interrupted is rebuilt.
func benchStore(b *testing.B, n int) *Store {
	dir := os.Getenv("DYAD_BENCH_DIR")
	if dir == "" {
		dir = os.TempDir()
	}
	path := filepath.Join(dir, fmt.Sprintf("dyad-bench-%d.db", n))
	ctx := context.Background()
	if s, err := Open(ctx, path); err == nil {
		var done int
		if s.db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = 'bench_complete'`).Scan(&done); done == 1 {
			return s
		}
		s.Close()
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
	s, err := Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	if err := bulkLoad(ctx, s.db, n); err != nil {
		b.Fatalf("build synthetic store: %v", err)
	}
	if err := s.events.RebuildRollup(ctx); err != nil {
		b.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `ANALYZE; CREATE TABLE bench_complete (n INTEGER)`); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %s with %d reports in %s", path, n, time.Since(start).Round(time.Second))
	return s
}

// bulkLoad fills an empty store the fast way: one connection without
// fsync and with a large cache, secondary indexes dropped during the load
// and built afterwards from their saved definitions, then ANALYZE.
func bulkLoad(ctx context.Context, db *sql.DB, n int) error {
	db.SetMaxOpenConns(1)
	defer db.SetMaxOpenConns(0)
	if _, err := db.ExecContext(ctx, `PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000`); err != nil {
		return err
	}
	rows, err := db.QueryContext(ctx, `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
		AND tbl_name IN ('articles', 'events', 'clusters')`)
	if err != nil {
		return err
	}
	var names, defs []string
	for rows.Next() {
		var name, def string
		rows.Scan(&name, &def)
		names, defs = append(names, name), append(defs, def)
	}
	rows.Close()
	for _, name := range names {
		if _, err := db.ExecContext(ctx, `DROP INDEX `+name); err != nil {
			return err
		}
	}
	if err := loadSynthetic(ctx, db, n); err != nil {
		return err
	}
	for _, def := range defs {
		if _, err := db.ExecContext(ctx, def); err != nil {
			return fmt.Errorf("%s: %w", def, err)
		}
	}
	_, err = db.ExecContext(ctx, `PRAGMA synchronous = NORMAL`)
	return err
}

// loadSynthetic inserts storetest.Synthetic(n) in transactions of about
// 100 000 reports.
func loadSynthetic(ctx context.Context, db *sql.DB, n int) error {
	var tx *sql.Tx
	var art, ev, cl *sql.Stmt
	inBatch := 0
	begin := func() error {
		var err error
		if tx, err = db.BeginTx(ctx, nil); err != nil {
			return err
		}
		if art, err = tx.PrepareContext(ctx, `INSERT INTO articles (id, url, title, published, published_source, language, site, document, ingested_at)
			VALUES (?, ?, '', ?, 'caller', 'en', ?, '{}', '2026-01-01T00:00:00Z')`); err != nil {
			return err
		}
		if ev, err = tx.PrepareContext(ctx, `INSERT INTO events (id, article_id, source_code, source_country, target_code, target_country,
			cameo, cameo_root, plover, quad_class, goldstein, date, mood, evidence_start, body, block, cluster_id, outlet,
			sentence_start, sentence_end, sentence_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'asserted', 0, ?, ?, ?, ?, 0, ?, ?)`); err != nil {
			return err
		}
		cl, err = tx.PrepareContext(ctx, `INSERT INTO clusters (id, block, source_code, source_country, target_code, target_country,
			cameo, cameo_root, plover, quad_class, goldstein, date, date_precision, mood, num_mentions, num_articles, num_sources,
			confidence, first_seen, last_seen, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'day', 'asserted', ?, ?, ?, ?, ?, ?, ?)`)
		return err
	}
	if err := begin(); err != nil {
		return err
	}
	err := storetest.Synthetic(n, 1, func(s *storetest.SynthEvent) error {
		if err := insertSynthetic(ctx, art, ev, cl, s); err != nil {
			return err
		}
		if inBatch += len(s.Mentions); inBatch >= 100_000 {
			inBatch = 0
			if err := tx.Commit(); err != nil {
				return err
			}
			return begin()
		}
		return nil
	})
	if err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// execer is a prepared statement.
type execer interface {
	ExecContext(ctx context.Context, args ...any) (sql.Result, error)
}

func insertSynthetic(ctx context.Context, art, ev, cl execer, s *storetest.SynthEvent) error {
	e := s.Event
	body, _ := json.Marshal(e)
	if _, err := cl.ExecContext(ctx, e.ID, s.Block, e.Source.Code, e.Source.Country, e.Target.Code, e.Target.Country, e.CAMEO,
		e.CAMEORoot, e.PLOVER, e.QuadClass, e.Goldstein, e.Date, e.NumMentions, e.NumArticles, e.NumSources, e.Confidence,
		e.FirstSeen, e.LastSeen, string(body)); err != nil {
		return fmt.Errorf("insert cluster: %w", err)
	}
	for _, m := range s.Mentions {
		if m.NewArticle {
			if _, err := art.ExecContext(ctx, m.ArticleID, "https://"+m.Outlet+"/"+m.ArticleID, m.Published, m.Outlet); err != nil {
				return fmt.Errorf("insert article: %w", err)
			}
		}
		report := dyad.Event{ID: m.ID, Source: dyad.Participant{Actor: e.Source}, Target: &dyad.Participant{Actor: *e.Target},
			CAMEO: e.CAMEO, CAMEORoot: e.CAMEORoot, PLOVER: e.PLOVER, QuadClass: e.QuadClass, Goldstein: e.Goldstein,
			Date: e.Date, DatePrecision: e.DatePrecision, Mood: e.Mood, Evidence: dyad.Evidence{Span: dyad.Span{Start: 0, End: 8}, Text: "Officials"}}
		rb, _ := json.Marshal(report)
		if _, err := ev.ExecContext(ctx, m.ID, m.ArticleID, e.Source.Code, e.Source.Country, e.Target.Code, e.Target.Country,
			e.CAMEO, e.CAMEORoot, e.PLOVER, e.QuadClass, e.Goldstein, e.Date, string(rb), s.Block, e.ID, m.Outlet,
			len(m.Sentence), m.Sentence); err != nil {
			return fmt.Errorf("insert report: %w", err)
		}
	}
	return nil
}

// BenchmarkQueries10M measures the analysts' queries over the synthetic
// store (see storetest.Synthetic; ten million reports unless
// $DYAD_BENCH_MENTIONS says otherwise). The store is built on the first run
// and kept (see benchStore). Run:
//
//	go test ./sqlite -run '^$' -bench Queries10M -benchtime 20x -timeout 2h
func BenchmarkQueries10M(b *testing.B) {
	n := benchMentions(b)
	s := benchStore(b, n)
	defer s.Close()
	storetest.RunQueryBenchmarks(b, s)
}
