package eventdb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"dyad"
	"dyad/cluster"
)

// where collects the conditions and arguments of a query.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

// actorCond matches role ("source", "target") of alias c against a country
// (three letters: uses the country column and its index) or a full code.
func actorCond(role, v string) (string, any) {
	v = strings.ToUpper(v)
	if len(v) <= 3 {
		return "c." + role + "_country = ?", v
	}
	return "c." + role + "_code = ?", v
}

// dyadCond matches source s and target t (either may be "") in one or
// either direction.
func dyadCond(w *where, s, t string, either bool) {
	one := func(src, tgt string) (string, []any) {
		var conds []string
		var args []any
		if src != "" {
			c, a := actorCond("source", src)
			conds, args = append(conds, c), append(args, a)
		}
		if tgt != "" {
			c, a := actorCond("target", tgt)
			conds, args = append(conds, c), append(args, a)
		}
		return "(" + strings.Join(conds, " AND ") + ")", args
	}
	switch {
	case s == "" && t == "":
		return
	case !either:
		c, a := one(s, t)
		w.add(c, a...)
	case s != "" && t != "":
		c1, a1 := one(s, t)
		c2, a2 := one(t, s)
		w.add("("+c1+" OR "+c2+")", append(a1, a2...)...)
	default:
		v := s + t
		c1, a1 := one(v, "")
		c2, a2 := one("", v)
		w.add("("+c1+" OR "+c2+")", append(a1, a2...)...)
	}
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// clusterWhere returns the conditions of f on the clusters table (alias c).
func clusterWhere(f dyad.EventFilter) *where {
	w := &where{}
	dyadCond(w, deref(f.Source), deref(f.Target), f.Either)
	if f.PLOVER != nil {
		w.add(`c.plover = ?`, strings.ToUpper(*f.PLOVER))
	}
	if f.CAMEO != nil {
		w.add(`c.cameo LIKE ?`, *f.CAMEO+"%")
	}
	if f.QuadClass != nil {
		w.add(`c.quad_class = ?`, *f.QuadClass)
	}
	if f.From != nil {
		w.add(`c.date >= ?`, dyad.FormatDate(*f.From))
	}
	if f.To != nil {
		w.add(`c.date <> '' AND c.date <= ?`, dyad.FormatDate(*f.To))
	}
	if f.Place != nil {
		w.add(`(c.location_country = ? OR lower(c.location_name) = lower(?))`, strings.ToUpper(*f.Place), *f.Place)
	}
	if f.Outlet != nil {
		w.add(`EXISTS (SELECT 1 FROM events e WHERE e.cluster_id = c.id AND e.outlet = ?)`, strings.ToLower(*f.Outlet))
	}
	if f.ArticleID != nil {
		w.add(`EXISTS (SELECT 1 FROM events e WHERE e.cluster_id = c.id AND e.article_id = ?)`, *f.ArticleID)
	}
	if f.MinConfidence != nil {
		w.add(`c.confidence >= ?`, *f.MinConfidence)
	}
	if !f.AllMoods {
		w.add(`c.mood = ?`, string(dyad.MoodAsserted))
	}
	return w
}

// MergedEvents returns the merged events matching f, ordered by date and
// id, with their mentions if f.Mentions, and how many match in all.
func (d *DB) MergedEvents(ctx context.Context, f dyad.EventFilter) ([]dyad.MergedEvent, int, error) {
	w := clusterWhere(f)
	var total int
	if err := d.SQL.QueryRowContext(ctx, d.q(`SELECT count(*) FROM clusters c`+w.String()), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count merged events: %w", err)
	}
	offset, limit := f.Window()
	out, err := d.clusters(ctx, w.String()+` ORDER BY c.date, c.id LIMIT ? OFFSET ?`, append(w.args, limit, offset), f.Mentions)
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// EachMergedEvent calls fn for every merged event matching f in order of
// date and id, reading a thousand at a time (keyset paging, no open cursor
// while fn runs).
func (d *DB) EachMergedEvent(ctx context.Context, f dyad.EventFilter, fn func(dyad.MergedEvent) error) error {
	var lastDate, lastID string
	first := true
	for {
		w := clusterWhere(f)
		if !first {
			w.add(`(c.date > ? OR (c.date = ? AND c.id > ?))`, lastDate, lastDate, lastID)
		}
		batch, err := d.clusters(ctx, w.String()+` ORDER BY c.date, c.id LIMIT 1000`, w.args, f.Mentions)
		if err != nil {
			return err
		}
		for _, m := range batch {
			if err := fn(m); err != nil {
				return err
			}
		}
		if len(batch) < 1000 {
			return nil
		}
		first = false
		lastDate, lastID = batch[len(batch)-1].Date, batch[len(batch)-1].ID
	}
}

// clusters reads the merged events selected by tail (conditions, order and
// limit) and, if mentions, their mentions.
func (d *DB) clusters(ctx context.Context, tail string, args []any, mentions bool) ([]dyad.MergedEvent, error) {
	rows, err := d.SQL.QueryContext(ctx, d.q(`SELECT c.body FROM clusters c`+tail), args...)
	if err != nil {
		return nil, fmt.Errorf("query merged events: %w", err)
	}
	defer rows.Close()
	out := []dyad.MergedEvent{}
	for rows.Next() {
		var body string
		var m dyad.MergedEvent
		if err := rows.Scan(&body); err != nil {
			return nil, fmt.Errorf("read merged event: %w", err)
		}
		if err := json.Unmarshal([]byte(body), &m); err != nil {
			return nil, fmt.Errorf("decode merged event: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read merged events: %w", err)
	}
	rows.Close()
	if mentions && len(out) > 0 {
		if err := d.attachMentions(ctx, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// attachMentions loads the mentions of events, oldest article first.
func (d *DB) attachMentions(ctx context.Context, events []dyad.MergedEvent) error {
	byID := make(map[string]*dyad.MergedEvent, len(events))
	args := make([]any, len(events))
	for i := range events {
		byID[events[i].ID] = &events[i]
		args[i] = events[i].ID
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(events)), ", ")
	rows, err := d.SQL.QueryContext(ctx, d.q(`SELECT e.cluster_id, e.body, e.article_id, coalesce(a.url, ''), a.title, a.site,
		coalesce(a.published, ''), e.sentence_text, e.sentence_start, e.sentence_end, a.tone
		FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id IN (`+marks+`)
		ORDER BY coalesce(a.published, ''), e.article_id, e.evidence_start, e.id`), args...)
	if err != nil {
		return fmt.Errorf("query mentions: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, body string
		var r cluster.Report
		var tone sql.NullFloat64
		if err := rows.Scan(&id, &body, &r.ArticleID, &r.URL, &r.Title, &r.Site, &r.Published,
			&r.SentenceText, &r.SentenceSpan.Start, &r.SentenceSpan.End, &tone); err != nil {
			return fmt.Errorf("read mention: %w", err)
		}
		r.ArticleTone = nullFloat(tone)
		if err := json.Unmarshal([]byte(body), &r.Event); err != nil {
			return fmt.Errorf("decode mention: %w", err)
		}
		if m := byID[id]; m != nil {
			m.Mentions = append(m.Mentions, cluster.Mention(r))
		}
	}
	return rows.Err()
}

// EachQuote calls fn for every quote matching f, newest article first.
func (d *DB) EachQuote(ctx context.Context, f dyad.QuoteFilter, fn func(dyad.QuoteRecord) error) error {
	w := &where{}
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
	if f.Speaker != nil {
		w.add(`lower(q.speaker_name) LIKE ?`, "%"+strings.ToLower(*f.Speaker)+"%")
	}
	rows, err := d.SQL.QueryContext(ctx, d.q(`SELECT q.body, a.id, coalesce(a.url, ''), a.title, coalesce(a.published, '')
		FROM quotes q JOIN articles a ON a.id = q.article_id`+w.String()+` ORDER BY coalesce(a.published, '') DESC, a.id, q.idx`), w.args...)
	if err != nil {
		return fmt.Errorf("query quotes: %w", err)
	}
	defer rows.Close()
	var all []dyad.QuoteRecord
	for rows.Next() {
		var r dyad.QuoteRecord
		var body string
		if err := rows.Scan(&body, &r.ArticleID, &r.URL, &r.Title, &r.Published); err != nil {
			return fmt.Errorf("read quote: %w", err)
		}
		if err := json.Unmarshal([]byte(body), &r.Quote); err != nil {
			return fmt.Errorf("decode quote: %w", err)
		}
		all = append(all, r)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	rows.Close()
	for _, r := range all {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}
