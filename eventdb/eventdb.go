// Package eventdb provides the SQL that dyad's stores share over
// database/sql: the migration runner; articles, their event reports,
// quotes and failures; and the merged events: it keeps the clusters table
// up to date as articles are stored, and answers merged-event queries, dyad time series, top lists,
// full-text search and the streams that exports read. The sqlite and
// postgres stores embed a DB and call Put inside their PutAnalysis
// transaction, so an article and its clusters are written together or not
// at all.
//
// The SQL is portable between SQLite and PostgreSQL except for full-text
// search; placeholders are written "?" and rebound for PostgreSQL.
package eventdb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"dyad"
	"dyad/cluster"
)

// Dialect names the SQL flavour of a database.
type Dialect int

// The dialects eventdb speaks.
const (
	SQLite Dialect = iota
	Postgres
)

// DB answers merged-event queries over a database whose schema has the
// articles, events and clusters tables of the store migrations.
type DB struct {
	SQL     *sql.DB // SQL is the database.
	Dialect Dialect // Dialect selects placeholders and full-text search.
}

// q rewrites a query written with "?" placeholders for the dialect.
func (d *DB) q(query string) string {
	if d.Dialect != Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// execer is a *sql.DB or a *sql.Tx.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Put records what clustering needs of a's events (block, outlet, sentence)
// and re-clusters the blocks they fall in. The store calls it inside the
// transaction that inserted the article and its events.
func (d *DB) Put(ctx context.Context, tx *sql.Tx, a *dyad.Analysis) error {
	blocks := map[string]bool{}
	for _, e := range a.Events {
		r := reportOf(a, e)
		b := cluster.Block(r)
		blocks[b] = true
		if _, err := tx.ExecContext(ctx, d.q(`UPDATE events SET block = ?, outlet = ?, sentence_start = ?, sentence_end = ?, sentence_text = ?
			WHERE id = ?`), b, cluster.Outlet(r), r.SentenceSpan.Start, r.SentenceSpan.End, r.SentenceText, e.ID); err != nil {
			return fmt.Errorf("record block of event %s: %w", e.ID, err)
		}
	}
	if err := d.index(ctx, tx, a); err != nil {
		return err
	}
	for _, b := range sortedKeys(blocks) {
		if _, err := d.regroup(ctx, tx, b); err != nil {
			return err
		}
	}
	return nil
}

// reportOf returns the clustering report of event e of a.
func reportOf(a *dyad.Analysis, e dyad.Event) cluster.Report {
	art := a.Article
	r := cluster.Report{Event: e, ArticleID: art.ID, URL: art.URL, Title: art.Title, Site: art.Site,
		Published: dyad.FormatDate(art.Published)}
	if e.Sentence >= 0 && e.Sentence < len(a.Sentences) {
		r.SentenceSpan = a.Sentences[e.Sentence].Span
		r.SentenceText = r.SentenceSpan.In(art.Text)
	}
	return r
}

// index adds the article to the full-text index.
func (d *DB) index(ctx context.Context, tx *sql.Tx, a *dyad.Analysis) error {
	var err error
	if d.Dialect == Postgres {
		_, err = tx.ExecContext(ctx, `UPDATE articles SET search = to_tsvector('english', $1) WHERE id = $2`,
			a.Article.Title+"\n"+a.Article.Text, a.Article.ID)
	} else {
		_, err = tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, body) SELECT rowid, ?, ? FROM articles WHERE id = ?`,
			a.Article.Title, a.Article.Text, a.Article.ID)
	}
	if err != nil {
		return fmt.Errorf("index article text: %w", err)
	}
	return nil
}

// regroup rebuilds the clusters of one block from all its reports and
// returns how many there are.
func (d *DB) regroup(ctx context.Context, tx execer, block string) (int, error) {
	reports, err := d.blockReports(ctx, tx, block)
	if err != nil {
		return 0, fmt.Errorf("load block %s: %w", block, err)
	}
	if _, err := tx.ExecContext(ctx, d.q(`DELETE FROM clusters WHERE block = ?`), block); err != nil {
		return 0, fmt.Errorf("clear block %s: %w", block, err)
	}
	clusters := cluster.Group(reports)
	for _, c := range clusters {
		if err := d.putCluster(ctx, tx, c, reports); err != nil {
			return 0, err
		}
	}
	if err := d.refreshRollup(ctx, tx, block); err != nil {
		return 0, err
	}
	return len(clusters), nil
}

func (d *DB) blockReports(ctx context.Context, tx execer, block string) ([]cluster.Report, error) {
	rows, err := tx.QueryContext(ctx, d.q(`SELECT e.body, e.article_id, coalesce(a.url, ''), a.title, a.site,
		coalesce(a.published, ''), coalesce(a.duplicate_of, ''), e.sentence_text, e.sentence_start, e.sentence_end, a.tone
		FROM events e JOIN articles a ON a.id = e.article_id WHERE e.block = ?`), block)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []cluster.Report
	for rows.Next() {
		var r cluster.Report
		var body string
		var tone sql.NullFloat64
		if err := rows.Scan(&body, &r.ArticleID, &r.URL, &r.Title, &r.Site, &r.Published, &r.DuplicateOf,
			&r.SentenceText, &r.SentenceSpan.Start, &r.SentenceSpan.End, &tone); err != nil {
			return nil, err
		}
		r.ArticleTone = nullFloat(tone)
		if err := json.Unmarshal([]byte(body), &r.Event); err != nil {
			return nil, fmt.Errorf("decode event: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// nullFloat is the value of a nullable column, nil for NULL.
func nullFloat(n sql.NullFloat64) *float64 {
	if !n.Valid {
		return nil
	}
	return &n.Float64
}

// nullableFloat is the column value of p: NULL for nil.
func nullableFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// putCluster writes one cluster row and points its reports at it.
func (d *DB) putCluster(ctx context.Context, tx execer, c cluster.Cluster, reports []cluster.Report) error {
	m := c.Event
	m.Mentions = nil
	body, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("encode cluster %s: %w", m.ID, err)
	}
	var tcode, tcountry, lname, lcountry string
	if m.Target != nil {
		tcode, tcountry = m.Target.Code, m.Target.Country
	}
	if m.Location != nil {
		lname, lcountry = m.Location.Name, m.Location.Country
	}
	_, err = tx.ExecContext(ctx, d.q(`INSERT INTO clusters (id, block, source_code, source_country, target_code, target_country,
		cameo, cameo_root, plover, quad_class, goldstein, date, date_precision, mood, location_name, location_country,
		num_mentions, num_articles, num_sources, confidence, first_seen, last_seen, tone, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
		m.ID, c.Block, m.Source.Code, m.Source.Country, tcode, tcountry, m.CAMEO, m.CAMEORoot, m.PLOVER, m.QuadClass,
		m.Goldstein, m.Date, string(m.DatePrecision), string(m.Mood), lname, lcountry, m.NumMentions, m.NumArticles,
		m.NumSources, m.Confidence, m.FirstSeen, m.LastSeen, nullableFloat(m.Tone), string(body))
	if err != nil {
		return fmt.Errorf("insert cluster %s: %w", m.ID, err)
	}
	for _, i := range c.Members {
		if _, err := tx.ExecContext(ctx, d.q(`UPDATE events SET cluster_id = ? WHERE id = ?`), m.ID, reports[i].Event.ID); err != nil {
			return fmt.Errorf("link event %s to cluster %s: %w", reports[i].Event.ID, m.ID, err)
		}
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
