package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"dyad"
	"dyad/storetest"
)

// BenchmarkQueries10M measures the analysts' queries over the synthetic
// store of storetest.Synthetic (ten million reports unless
// $DYAD_BENCH_MENTIONS says otherwise) in PostgreSQL at
// $DYAD_TEST_POSTGRES, in a schema dyadbench_N kept between runs. Run:
//
//	DYAD_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable \
//	go test ./postgres -run '^$' -bench Queries10M -benchtime 20x -timeout 2h
func BenchmarkQueries10M(b *testing.B) {
	base := os.Getenv("DYAD_TEST_POSTGRES")
	if base == "" {
		b.Skip("DYAD_TEST_POSTGRES is not set; set it to a PostgreSQL URL to run the PostgreSQL benchmark")
	}
	n := 10_000_000
	if v := os.Getenv("DYAD_BENCH_MENTIONS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n <= 0 {
			b.Fatalf("DYAD_BENCH_MENTIONS=%q: want a positive number", v)
		}
	}
	s := benchStore(b, base, n)
	defer s.Close()
	storetest.RunQueryBenchmarks(b, s)
}

// benchStore opens the schema dyadbench_n, building it when it is missing
// or incomplete.
func benchStore(b *testing.B, base string, n int) *Store {
	ctx := context.Background()
	schema := fmt.Sprintf("dyadbench_%d", n)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		b.Fatal(err)
	}
	defer admin.Close()
	var done bool
	admin.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'bench_complete')`, schema).Scan(&done)
	if !done {
		if _, err := admin.ExecContext(ctx, `DROP SCHEMA IF EXISTS `+schema+` CASCADE; CREATE SCHEMA `+schema); err != nil {
			b.Fatal(err)
		}
	}
	u, _ := url.Parse(base)
	v := u.Query()
	v.Set("search_path", schema)
	u.RawQuery = v.Encode()
	s, err := Open(ctx, u.String())
	if err != nil {
		b.Fatal(err)
	}
	if done {
		return s
	}
	start := time.Now()
	if err := bulkLoad(ctx, s, n); err != nil {
		b.Fatalf("build synthetic store: %v", err)
	}
	b.Logf("built schema %s with %d reports in %s", schema, n, time.Since(start).Round(time.Second))
	return s
}

// bulkLoad fills an empty schema with COPY, secondary indexes dropped during
// the load and rebuilt from their saved definitions, then VACUUM ANALYZE (so
// that the covering indexes answer alone).
func bulkLoad(ctx context.Context, s *Store, n int) error {
	rows, err := s.db.QueryContext(ctx, `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
		AND tablename IN ('articles', 'events', 'clusters') AND indexname NOT IN (SELECT conname FROM pg_constraint)`)
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
		if _, err := s.db.ExecContext(ctx, `DROP INDEX `+name); err != nil {
			return err
		}
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	err = conn.Raw(func(dc any) error { return copyAll(ctx, dc.(*stdlib.Conn).Conn(), n) })
	conn.Close()
	if err != nil {
		return err
	}
	for _, def := range defs {
		if _, err := s.db.ExecContext(ctx, def); err != nil {
			return fmt.Errorf("%s: %w", def, err)
		}
	}
	if err := s.events.RebuildRollup(ctx); err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `VACUUM ANALYZE articles, events, clusters, dyad_days`)
	if err == nil {
		_, err = s.db.ExecContext(ctx, `CREATE TABLE bench_complete (n INTEGER)`)
	}
	return err
}

// copyAll streams the synthetic corpus into the three tables, one COPY
// each (the generator is deterministic, so each pass sees the same corpus).
func copyAll(ctx context.Context, c *pgx.Conn, n int) error {
	tables := []struct {
		name string
		cols []string
		rows func(*storetest.SynthEvent) [][]any
	}{
		{"clusters", []string{"id", "block", "source_code", "source_country", "target_code", "target_country", "cameo", "cameo_root",
			"plover", "quad_class", "goldstein", "date", "date_precision", "mood", "num_mentions", "num_articles", "num_sources",
			"confidence", "first_seen", "last_seen", "body"}, clusterRows},
		{"articles", []string{"id", "url", "title", "published", "published_source", "language", "site", "document", "ingested_at"}, articleRows},
		{"events", []string{"id", "article_id", "source_code", "source_country", "target_code", "target_country", "cameo", "cameo_root",
			"plover", "quad_class", "goldstein", "date", "mood", "evidence_start", "body", "block", "cluster_id", "outlet",
			"sentence_start", "sentence_end", "sentence_text"}, reportRows},
	}
	for _, t := range tables {
		rows := make(chan []any, 4096)
		errc := make(chan error, 1)
		go func() {
			defer close(rows)
			errc <- storetest.Synthetic(n, 1, func(s *storetest.SynthEvent) error {
				for _, r := range t.rows(s) {
					select {
					case rows <- r:
					case <-ctx.Done():
						return ctx.Err()
					}
				}
				return nil
			})
		}()
		src := pgx.CopyFromFunc(func() ([]any, error) {
			r, ok := <-rows
			if !ok {
				return nil, <-errc
			}
			return r, nil
		})
		if _, err := c.CopyFrom(ctx, pgx.Identifier{t.name}, t.cols, src); err != nil {
			for range rows { // let the generator finish
			}
			return fmt.Errorf("copy %s: %w", t.name, err)
		}
	}
	return nil
}

func clusterRows(s *storetest.SynthEvent) [][]any {
	e := s.Event
	body, _ := json.Marshal(e)
	return [][]any{{e.ID, s.Block, e.Source.Code, e.Source.Country, e.Target.Code, e.Target.Country, e.CAMEO, e.CAMEORoot,
		e.PLOVER, e.QuadClass, e.Goldstein, e.Date, "day", "asserted", e.NumMentions, e.NumArticles, e.NumSources,
		e.Confidence, e.FirstSeen, e.LastSeen, string(body)}}
}

func articleRows(s *storetest.SynthEvent) [][]any {
	var out [][]any
	for _, m := range s.Mentions {
		if m.NewArticle {
			out = append(out, []any{m.ArticleID, "https://" + m.Outlet + "/" + m.ArticleID, "", m.Published, "caller", "en",
				m.Outlet, "{}", "2026-01-01T00:00:00Z"})
		}
	}
	return out
}

func reportRows(s *storetest.SynthEvent) [][]any {
	e := s.Event
	var out [][]any
	for _, m := range s.Mentions {
		report := dyad.Event{ID: m.ID, Source: dyad.Participant{Actor: e.Source}, Target: &dyad.Participant{Actor: *e.Target},
			CAMEO: e.CAMEO, CAMEORoot: e.CAMEORoot, PLOVER: e.PLOVER, QuadClass: e.QuadClass, Goldstein: e.Goldstein,
			Date: e.Date, DatePrecision: e.DatePrecision, Mood: e.Mood, Evidence: dyad.Evidence{Span: dyad.Span{Start: 0, End: 8}, Text: "Officials"}}
		rb, _ := json.Marshal(report)
		out = append(out, []any{m.ID, m.ArticleID, e.Source.Code, e.Source.Country, e.Target.Code, e.Target.Country, e.CAMEO,
			e.CAMEORoot, e.PLOVER, e.QuadClass, e.Goldstein, e.Date, "asserted", 0, string(rb), s.Block, e.ID, m.Outlet,
			0, len(m.Sentence), m.Sentence})
	}
	return out
}
