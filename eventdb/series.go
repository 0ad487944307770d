package eventdb

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"dyad"
)

// Series returns the dyad time series of q over merged events. For two
// countries it reads the daily counts (dyad_days, at most one row per day
// and quad class and direction); for full actor codes it groups the
// clusters (one index range scan per direction). The buckets are folded here, so week and month need no dialect's date
// functions. Events dated to the month count only in monthly series; events
// dated to the year or not at all are left out.
func (d *DB) Series(ctx context.Context, q dyad.SeriesQuery) ([]dyad.SeriesPoint, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	w := &where{}
	dyadCond(w, q.Source, q.Target, q.Both)
	table, sums := `clusters c`, `count(*), sum(c.num_mentions), sum(c.goldstein), coalesce(sum(c.tone), 0), count(c.tone)`
	if len(q.Source) <= 3 && len(q.Target) <= 3 { // countries: the daily counts
		table, sums = `dyad_days c`, `sum(c.events), sum(c.mentions), sum(c.goldstein), sum(c.tone_sum), sum(c.tone_events)`
	} else {
		w.add(`c.mood = ?`, string(dyad.MoodAsserted))
	}
	if q.By == dyad.Month {
		w.add(`c.date_precision IN (?, ?)`, string(dyad.PrecisionDay), string(dyad.PrecisionMonth))
	} else {
		w.add(`c.date_precision = ?`, string(dyad.PrecisionDay))
	}
	if q.From != nil {
		w.add(`c.date >= ?`, dyad.FormatDate(*q.From))
	}
	if q.To != nil {
		w.add(`c.date <= ?`, dyad.FormatDate(*q.To))
	}
	rows, err := d.SQL.QueryContext(ctx, d.q(`SELECT c.date, c.quad_class, `+sums+` FROM `+table+w.String()+
		` AND c.date <> '' GROUP BY c.date, c.quad_class`), w.args...)
	if err != nil {
		return nil, fmt.Errorf("query series: %w", err)
	}
	defer rows.Close()
	points := map[string]*dyad.SeriesPoint{}
	tones := map[*dyad.SeriesPoint]*toneSum{}
	var first, last time.Time
	for rows.Next() {
		var date string
		var quad, n, mentions, toned int
		var gsum, tsum float64
		if err := rows.Scan(&date, &quad, &n, &mentions, &gsum, &tsum, &toned); err != nil {
			return nil, fmt.Errorf("read series: %w", err)
		}
		t, err := dyad.ParseDate(date)
		if err != nil {
			continue // a malformed date never reaches the index; skip rather than fail the series
		}
		start := q.By.Start(t)
		if first.IsZero() || start.Before(first) {
			first = start
		}
		if start.After(last) {
			last = start
		}
		p := point(points, start)
		addQuad(p, quad, n)
		p.Events += n
		p.Mentions += mentions
		p.GoldsteinSum += gsum
		if tones[p] == nil {
			tones[p] = &toneSum{}
		}
		tones[p].sum += tsum
		tones[p].n += toned
	}
	for p, t := range tones {
		p.Tone = t.mean()
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read series: %w", err)
	}
	if q.From != nil {
		first = q.By.Start(*q.From)
	}
	if q.To != nil {
		last = q.By.Start(*q.To)
	}
	return fill(points, first, last, q.By), nil
}

// toneSum adds up the tones of a bucket's events.
type toneSum struct {
	sum float64
	n   int
}

// mean is the mean tone, rounded like the Goldstein mean; nil if no event
// is scored.
func (t *toneSum) mean() *float64 {
	if t.n == 0 {
		return nil
	}
	m := round(t.sum / float64(t.n))
	return &m
}

func point(points map[string]*dyad.SeriesPoint, start time.Time) *dyad.SeriesPoint {
	k := dyad.FormatDate(start)
	p := points[k]
	if p == nil {
		p = &dyad.SeriesPoint{Period: k}
		points[k] = p
	}
	return p
}

func addQuad(p *dyad.SeriesPoint, quad, n int) {
	switch quad {
	case dyad.QuadVerbalCooperation:
		p.VerbalCoop += n
	case dyad.QuadMaterialCooperation:
		p.MaterialCoop += n
	case dyad.QuadVerbalConflict:
		p.VerbalConflict += n
	case dyad.QuadMaterialConflict:
		p.MaterialConflict += n
	}
}

// fill returns one point per bucket from first to last, empty ones included.
func fill(points map[string]*dyad.SeriesPoint, first, last time.Time, by dyad.Interval) []dyad.SeriesPoint {
	out := []dyad.SeriesPoint{}
	if first.IsZero() || last.Before(first) {
		return out
	}
	for t := first; !t.After(last); t = by.Next(t) {
		p := dyad.SeriesPoint{Period: dyad.FormatDate(t)}
		if got := points[p.Period]; got != nil {
			p = *got
		}
		if p.Events > 0 {
			p.GoldsteinMean = round(p.GoldsteinSum / float64(p.Events))
		}
		p.GoldsteinSum = round(p.GoldsteinSum)
		out = append(out, p)
	}
	return out
}

func round(f float64) float64 {
	if f < 0 {
		return -float64(int64(-f*1000+0.5)) / 1000
	}
	return float64(int64(f*1000+0.5)) / 1000
}

// Top returns the most active countries (in either role) or source→target
// country pairs, by merged events, asserted only.
func (d *DB) Top(ctx context.Context, q dyad.TopQuery) ([]dyad.Ranked, error) {
	w := &where{}
	w.add(`c.mood = ?`, string(dyad.MoodAsserted))
	if q.From != nil {
		w.add(`c.date >= ?`, dyad.FormatDate(*q.From))
	}
	if q.To != nil {
		w.add(`c.date <> '' AND c.date <= ?`, dyad.FormatDate(*q.To))
	}
	groups := [][2]string{{"c.source_country", "''"}, {"c.target_country", "''"}}
	if q.Dyads {
		groups = [][2]string{{"c.source_country", "c.target_country"}}
	}
	sums := map[[2]string]*dyad.Ranked{}
	gold := map[[2]string]float64{}
	for _, g := range groups {
		query := `SELECT ` + g[0] + `, ` + g[1] + `, count(*), sum(c.num_mentions), sum(c.goldstein) FROM clusters c` +
			d.topIndex(q) + w.String() + ` GROUP BY ` + g[0]
		if q.Dyads {
			query += `, ` + g[1]
		}
		if err := d.rank(ctx, query, w.args, sums, gold); err != nil {
			return nil, err
		}
	}
	for k := range sums {
		if k[0] == "" || q.Dyads && k[1] == "" { // events without a target
			delete(sums, k)
		}
	}
	out := make([]dyad.Ranked, 0, len(sums))
	for k, r := range sums {
		r.GoldsteinMean = round(gold[k] / float64(r.Events))
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Source+out[i].Target < out[j].Source+out[j].Target
	})
	limit := q.Limit
	if limit <= 0 {
		limit = 10
	}
	return out[:min(limit, len(out))], nil
}

// topIndex tells SQLite which covering index to read for a top list (its
// planner otherwise picks the non-covering clusters_target and reads the
// table): a date range of a quarter or less is read in date order, longer
// periods by skipping through the pairs of countries. PostgreSQL needs no
// hint.
func (d *DB) topIndex(q dyad.TopQuery) string {
	if d.Dialect != SQLite {
		return ""
	}
	if q.From != nil && q.To != nil && q.To.Sub(*q.From) <= 92*24*time.Hour {
		return ` INDEXED BY clusters_date`
	}
	return ` INDEXED BY clusters_dyad`
}

func (d *DB) rank(ctx context.Context, query string, args []any, sums map[[2]string]*dyad.Ranked, gold map[[2]string]float64) error {
	rows, err := d.SQL.QueryContext(ctx, d.q(query), args...)
	if err != nil {
		return fmt.Errorf("query top: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k [2]string
		var n, mentions int
		var g float64
		if err := rows.Scan(&k[0], &k[1], &n, &mentions, &g); err != nil {
			return fmt.Errorf("read top: %w", err)
		}
		r := sums[k]
		if r == nil {
			r = &dyad.Ranked{Source: k[0], Target: k[1]}
			sums[k] = r
		}
		r.Events += n
		r.Mentions += mentions
		gold[k] += g
	}
	return rows.Err()
}

// SearchArticles returns the articles holding every word of q.Text (with
// stemming), best match first: FTS5 on SQLite, tsvector on PostgreSQL.
func (d *DB) SearchArticles(ctx context.Context, q dyad.ArticleQuery) ([]dyad.ArticleHit, int, error) {
	words := strings.FieldsFunc(q.Text, func(r rune) bool { return !isWordRune(r) })
	if len(words) == 0 {
		return nil, 0, dyad.Errorf(dyad.EINVALID, "search needs at least one word (letters or digits)")
	}
	var from, cond, order string
	var arg any
	if d.Dialect == Postgres {
		from = ` FROM articles a`
		cond = ` WHERE a.search @@ plainto_tsquery('english', ?)`
		order = ` ORDER BY ts_rank(a.search, plainto_tsquery('english', ?)) DESC, a.id`
		arg = strings.Join(words, " ")
	} else {
		from = ` FROM articles_fts f JOIN articles a ON a.rowid = f.rowid`
		cond = ` WHERE articles_fts MATCH ?`
		order = ` ORDER BY f.rank, a.id`
		arg = `"` + strings.Join(words, `" "`) + `"`
	}
	var total int
	if err := d.SQL.QueryRowContext(ctx, d.q(`SELECT count(*)`+from+cond), arg).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count search results: %w", err)
	}
	offset, limit := q.Window()
	args := []any{arg}
	if d.Dialect == Postgres {
		args = append(args, arg)
	}
	rows, err := d.SQL.QueryContext(ctx, d.q(`SELECT a.id, coalesce(a.url, ''), a.title, coalesce(a.published, ''), a.site`+
		from+cond+order+` LIMIT ? OFFSET ?`), append(args, limit, offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("search articles: %w", err)
	}
	defer rows.Close()
	out := []dyad.ArticleHit{}
	for rows.Next() {
		var h dyad.ArticleHit
		if err := rows.Scan(&h.ID, &h.URL, &h.Title, &h.Published, &h.Site); err != nil {
			return nil, 0, fmt.Errorf("read search result: %w", err)
		}
		out = append(out, h)
	}
	return out, total, rows.Err()
}

func isWordRune(r rune) bool {
	return r == '\'' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127
}
