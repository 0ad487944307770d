package eventdb

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"dyad"
	"dyad/quote"
)

// The per-article half of a store: articles, their event reports, quotes
// and failures, written and read with the same SQL on both databases.

// PutAnalysis stores a document, its events, its quotes and its merged
// events in one transaction, stamping it with now. It returns false, and
// changes nothing, when an article with the same content hash or the same
// URL is already stored.
func (d *DB) PutAnalysis(ctx context.Context, a *dyad.Analysis, now time.Time) (bool, error) {
	art := a.Article
	if art.ID == "" || art.ID != dyad.ArticleID(art.Text) {
		return false, dyad.Errorf(dyad.EINVALID, "store article: id %q is not the content hash of its text", art.ID)
	}
	doc, err := json.Marshal(a)
	if err != nil {
		return false, fmt.Errorf("store article %s: encode: %w", art.ID, err)
	}
	stored := false
	err = d.inTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, d.q(`SELECT count(*) FROM articles WHERE id = ? OR url = ?`), art.ID, nullable(art.URL)).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		_, err := tx.ExecContext(ctx, d.q(`INSERT INTO articles (id, url, title, published, published_source, language, site, document, ingested_at, tone)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`), art.ID, nullable(art.URL), art.Title, nullable(dyad.FormatDate(art.Published)),
			art.PublishedSource, art.Language, art.Site, string(doc), now.UTC().Format(time.RFC3339), nullableFloat(a.Tone))
		if err != nil {
			return err
		}
		if err := d.insertEvents(ctx, tx, art.ID, a.Events); err != nil {
			return err
		}
		if err := d.insertQuotes(ctx, tx, art.ID, a.Quotes); err != nil {
			return err
		}
		if err := d.Put(ctx, tx, a); err != nil {
			return err
		}
		stored = true
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("store article %s: %w", art.ID, err)
	}
	return stored, nil
}

func (d *DB) insertEvents(ctx context.Context, tx *sql.Tx, articleID string, events []dyad.Event) error {
	stmt, err := tx.PrepareContext(ctx, d.q(`INSERT INTO events (id, article_id, source_code, source_country, target_code,
		target_country, cameo, cameo_root, plover, quad_class, goldstein, date, mood, evidence_start, body)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`))
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, e := range events {
		body, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("encode event %s: %w", e.ID, err)
		}
		var tcode, tcountry string
		if e.Target != nil {
			tcode, tcountry = e.Target.Code, e.Target.Country
		}
		if _, err := stmt.ExecContext(ctx, e.ID, articleID, e.Source.Code, e.Source.Country, tcode, tcountry, e.CAMEO,
			e.CAMEORoot, e.PLOVER, e.QuadClass, e.Goldstein, e.Date, string(e.Mood), e.Evidence.Span.Start, string(body)); err != nil {
			return fmt.Errorf("insert event %s: %w", e.ID, err)
		}
	}
	return nil
}

func (d *DB) insertQuotes(ctx context.Context, tx *sql.Tx, articleID string, quotes []dyad.Quote) error {
	for i, q := range quotes {
		body, err := json.Marshal(q)
		if err != nil {
			return fmt.Errorf("encode quote %d: %w", i, err)
		}
		var name, code, country string
		if q.Speaker != nil {
			name = q.Speaker.Name
			if q.Speaker.Actor != nil {
				code, country = q.Speaker.Actor.Code, q.Speaker.Actor.Country
			}
		}
		key := quote.Key(q.Text)
		group, err := d.quoteGroup(ctx, tx, articleID, i, key, name)
		if err != nil {
			return fmt.Errorf("group quote %d: %w", i, err)
		}
		if _, err := tx.ExecContext(ctx, d.q(`INSERT INTO quotes (article_id, idx, speaker_name, speaker_code, speaker_country, body, qkey, qgroup)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`), articleID, i, name, code, country, string(body), key, group); err != nil {
			return fmt.Errorf("insert quote %d: %w", i, err)
		}
	}
	return nil
}

// PutFailure records a failure once per input, stage and reason; recording
// it again updates its time.
func (d *DB) PutFailure(ctx context.Context, f dyad.Failure) error {
	_, err := d.SQL.ExecContext(ctx, d.q(`INSERT INTO failures (input, article_id, stage, reason, time) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (input, stage, reason) DO UPDATE SET time = excluded.time, article_id = excluded.article_id`),
		f.Input, f.ArticleID, f.Stage, f.Reason, f.Time.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("store failure of %s: %w", f.Input, err)
	}
	return nil
}

// Analysis returns the stored document of an article.
func (d *DB) Analysis(ctx context.Context, id string) (*dyad.Analysis, error) {
	var doc string
	err := d.SQL.QueryRowContext(ctx, d.q(`SELECT document FROM articles WHERE id = ?`), id).Scan(&doc)
	if err != nil {
		return nil, notFound(err, "no article %q in the store", id)
	}
	var a dyad.Analysis
	if err := json.Unmarshal([]byte(doc), &a); err != nil {
		return nil, fmt.Errorf("decode article %s: %w", id, err)
	}
	return &a, nil
}

func eventWhere(f dyad.EventFilter) *where {
	w := &where{}
	switch {
	case f.Either && f.Source != nil && f.Target != nil:
		w.add(`((e.source_country = ? OR e.source_code = ?) AND (e.target_country = ? OR e.target_code = ?)
			OR (e.source_country = ? OR e.source_code = ?) AND (e.target_country = ? OR e.target_code = ?))`,
			*f.Source, *f.Source, *f.Target, *f.Target, *f.Target, *f.Target, *f.Source, *f.Source)
	default:
		if f.Source != nil {
			w.add(`(e.source_country = ? OR e.source_code = ?)`, *f.Source, *f.Source)
		}
		if f.Target != nil {
			w.add(`(e.target_country = ? OR e.target_code = ?)`, *f.Target, *f.Target)
		}
	}
	if f.QuadClass != nil {
		w.add(`e.quad_class = ?`, *f.QuadClass)
	}
	if f.Outlet != nil {
		w.add(`e.outlet = ?`, strings.ToLower(*f.Outlet))
	}
	if f.PLOVER != nil {
		w.add(`e.plover = ?`, strings.ToUpper(*f.PLOVER))
	}
	if f.CAMEO != nil {
		w.add(`e.cameo LIKE ?`, *f.CAMEO+"%")
	}
	if f.From != nil {
		w.add(`e.date >= ?`, dyad.FormatDate(*f.From))
	}
	if f.To != nil {
		w.add(`e.date <> '' AND e.date <= ?`, dyad.FormatDate(*f.To))
	}
	if f.ArticleID != nil {
		w.add(`e.article_id = ?`, *f.ArticleID)
	}
	if !f.AllMoods {
		w.add(`e.mood = ?`, string(dyad.MoodAsserted))
	}
	return w
}

// Events returns the event reports matching f, ordered by date and
// position, and how many match in all. Place and MinConfidence concern
// merged events and are ignored here.
func (d *DB) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.EventRecord, int, error) {
	w := eventWhere(f)
	var total int
	if err := d.SQL.QueryRowContext(ctx, d.q(`SELECT count(*) FROM events e`+w.String()), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count events: %w", err)
	}
	offset, limit := f.Window()
	rows, err := d.SQL.QueryContext(ctx, d.q(`SELECT e.body, a.id, coalesce(a.url, ''), a.title, coalesce(a.published, ''), coalesce(e.cluster_id, '')
		FROM events e JOIN articles a ON a.id = e.article_id`+w.String()+
		` ORDER BY e.date, a.id, e.evidence_start, e.id LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("query events: %w", err)
	}
	defer rows.Close()
	out := []dyad.EventRecord{}
	for rows.Next() {
		var r dyad.EventRecord
		var body string
		if err := rows.Scan(&body, &r.ArticleID, &r.URL, &r.Title, &r.Published, &r.ClusterID); err != nil {
			return nil, 0, fmt.Errorf("read event: %w", err)
		}
		if err := json.Unmarshal([]byte(body), &r.Event); err != nil {
			return nil, 0, fmt.Errorf("decode event: %w", err)
		}
		out = append(out, r)
	}
	return out, total, rows.Err()
}

func quoteWhere(f dyad.QuoteFilter) *where {
	w := &where{}
	if f.Speaker != nil {
		cond, args := likeWords("q.speaker_name", *f.Speaker)
		if cond != "" {
			w.add(cond, args...)
		}
	}
	if f.Actor != nil {
		w.add(`(q.speaker_country = ? OR q.speaker_code = ?)`, *f.Actor, *f.Actor)
	}
	if f.From != nil {
		w.add(`a.published >= ?`, dyad.FormatDate(*f.From))
	}
	if f.To != nil {
		w.add(`a.published <= ?`, dyad.FormatDate(*f.To))
	}
	if f.ArticleID != nil {
		w.add(`q.article_id = ?`, *f.ArticleID)
	}
	return w
}

// quoteGroupKey is a quote's group, or the quote itself if it has none.
const quoteGroupKey = `CASE q.qgroup WHEN '' THEN q.article_id || '/' || q.idx ELSE q.qgroup END`

// Quotes returns the quotes matching f, newest articles first, and how many
// match in all. With f.Grouped, a quotation printed by several articles is
// returned once, as its first stored printing; every record carries the
// Sources of its group.
func (d *DB) Quotes(ctx context.Context, f dyad.QuoteFilter) ([]dyad.QuoteRecord, int, error) {
	w := quoteWhere(f)
	from := ` FROM quotes q JOIN articles a ON a.id = q.article_id` + w.String()
	count := `SELECT count(*)` + from
	rank := "1"
	if f.Grouped {
		count = `SELECT count(DISTINCT ` + quoteGroupKey + `)` + from
		rank = `row_number() OVER (PARTITION BY ` + quoteGroupKey + ` ORDER BY q.` + d.seq() + `)`
	}
	var total int
	if err := d.SQL.QueryRowContext(ctx, d.q(count), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count quotes: %w", err)
	}
	offset, limit := f.Window()
	rows, err := d.SQL.QueryContext(ctx, d.q(`SELECT body, qgroup, id, url, title, published FROM (
		SELECT q.body, q.qgroup, a.id, coalesce(a.url, '') AS url, a.title, coalesce(a.published, '') AS published, q.idx,
		`+rank+` AS rank`+from+`) t WHERE rank = 1 ORDER BY published DESC, id, idx LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("query quotes: %w", err)
	}
	defer rows.Close()
	out := []dyad.QuoteRecord{}
	for rows.Next() {
		var r dyad.QuoteRecord
		var body string
		if err := rows.Scan(&body, &r.Group, &r.ArticleID, &r.URL, &r.Title, &r.Published); err != nil {
			return nil, 0, fmt.Errorf("read quote: %w", err)
		}
		if err := json.Unmarshal([]byte(body), &r.Quote); err != nil {
			return nil, 0, fmt.Errorf("decode quote: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("read quotes: %w", err)
	}
	if err := d.addSources(ctx, out); err != nil {
		return nil, 0, fmt.Errorf("read quote sources: %w", err)
	}
	return out, total, nil
}

// quoteText returns the text of a stored quote body, or "" if it does not
// decode.
func quoteText(body string) string {
	var q dyad.Quote
	if json.Unmarshal([]byte(body), &q) != nil {
		return ""
	}
	return q.Text
}

// Failures returns the recorded failures, newest first.
func (d *DB) Failures(ctx context.Context, p dyad.Page) ([]dyad.Failure, int, error) {
	var total int
	if err := d.SQL.QueryRowContext(ctx, `SELECT count(*) FROM failures`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count failures: %w", err)
	}
	offset, limit := p.Window()
	rows, err := d.SQL.QueryContext(ctx, d.q(`SELECT input, article_id, stage, reason, time FROM failures
		ORDER BY time DESC, input LIMIT ? OFFSET ?`), limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("query failures: %w", err)
	}
	defer rows.Close()
	out := []dyad.Failure{}
	for rows.Next() {
		var f dyad.Failure
		var at string
		if err := rows.Scan(&f.Input, &f.ArticleID, &f.Stage, &f.Reason, &at); err != nil {
			return nil, 0, fmt.Errorf("read failure: %w", err)
		}
		f.Time, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, f)
	}
	return out, total, rows.Err()
}

// minSharedKey is the shortest key (in bytes, about four words) that joins
// quotations of different speakers: shorter ones ("We are ready") are
// common words, grouped only when the speaker is the same too.
const minSharedKey = 20

// quoteGroup returns the group of a quotation with the given key and
// speaker: the group of an earlier printing in another article with the
// same key, or of one that the quotation truncates or that truncates it
// (quote.Same, same speaker); else a new group named after this printing.
func (d *DB) quoteGroup(ctx context.Context, tx *sql.Tx, articleID string, idx int, key, speaker string) (string, error) {
	if key == "" {
		return "", nil
	}
	var group string
	err := tx.QueryRowContext(ctx, d.q(`SELECT qgroup FROM quotes WHERE qkey = ? AND article_id <> ?
		AND (length(qkey) >= ? OR speaker_name = ?) ORDER BY `+d.seq()+` LIMIT 1`), key, articleID, minSharedKey, speaker).Scan(&group)
	switch {
	case err == nil:
		return group, nil
	case !errors.Is(err, sql.ErrNoRows):
		return "", err
	}
	if group, err = d.containingGroup(ctx, tx, articleID, key, speaker); err != nil || group != "" {
		return group, err
	}
	sum := sha256.Sum256([]byte(articleID + "/" + strconv.Itoa(idx)))
	return "q" + hex.EncodeToString(sum[:8]), nil
}

// containingGroup returns the group of the first quotation of speaker, in
// another article, that is the same as key by quote.Same, or "".
func (d *DB) containingGroup(ctx context.Context, tx *sql.Tx, articleID, key, speaker string) (string, error) {
	if speaker == "" {
		return "", nil
	}
	rows, err := tx.QueryContext(ctx, d.q(`SELECT qkey, qgroup FROM quotes WHERE speaker_name = ? AND article_id <> ?
		AND qkey <> '' ORDER BY `+d.seq()), speaker, articleID)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	for rows.Next() {
		var k, g string
		if err := rows.Scan(&k, &g); err != nil {
			return "", err
		}
		if quote.Same(k, key) {
			return g, nil
		}
	}
	return "", rows.Err()
}

// addSources fills the Sources of every record from the articles that
// printed the same quotation, one source per article, oldest first.
func (d *DB) addSources(ctx context.Context, recs []dyad.QuoteRecord) error {
	if len(recs) == 0 {
		return nil
	}
	groups := map[string][]dyad.QuoteSource{}
	args := []any{}
	for _, r := range recs {
		if _, ok := groups[r.Group]; !ok && r.Group != "" {
			groups[r.Group] = nil
			args = append(args, r.Group)
		}
	}
	if len(args) > 0 {
		rows, err := d.SQL.QueryContext(ctx, d.q(`SELECT q.qgroup, q.body, a.id, coalesce(a.url, ''), a.title, coalesce(a.published, '')
			FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.qgroup IN (?`+strings.Repeat(", ?", len(args)-1)+`)
			ORDER BY coalesce(a.published, ''), a.ingested_at, a.id, q.idx`), args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var g, body string
			var src dyad.QuoteSource
			if err := rows.Scan(&g, &body, &src.ArticleID, &src.URL, &src.Title, &src.Published); err != nil {
				return err
			}
			if n := len(groups[g]); n > 0 && groups[g][n-1].ArticleID == src.ArticleID {
				continue
			}
			src.Text = quoteText(body)
			groups[g] = append(groups[g], src)
		}
		if err := rows.Err(); err != nil {
			return err
		}
	}
	for i := range recs {
		recs[i].Sources = groups[recs[i].Group]
		if recs[i].Sources == nil {
			recs[i].Sources = []dyad.QuoteSource{{ArticleID: recs[i].ArticleID, URL: recs[i].URL,
				Title: recs[i].Title, Published: recs[i].Published, Text: recs[i].Text}}
		}
	}
	return nil
}

// seq is the column of the quotes table that orders quotations as they
// were stored: SQLite's rowid, PostgreSQL's qseq.
func (d *DB) seq() string {
	if d.Dialect == Postgres {
		return "qseq"
	}
	return "rowid"
}

// nullable returns nil for "", so that UNIQUE columns allow many unknowns.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// likeWords returns a condition that every word of q appears in column,
// in any case, on both databases.
func likeWords(column, q string) (string, []any) {
	var conds []string
	var args []any
	for _, w := range strings.Fields(q) {
		conds = append(conds, `lower(`+column+`) LIKE ? ESCAPE '\'`)
		args = append(args, "%"+strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(strings.ToLower(w))+"%")
	}
	return strings.Join(conds, " AND "), args
}

// notFound reports sql.ErrNoRows as a dyad ENOTFOUND error.
func notFound(err error, format string, args ...any) error {
	if errors.Is(err, sql.ErrNoRows) {
		return dyad.Errorf(dyad.ENOTFOUND, format, args...)
	}
	return err
}
