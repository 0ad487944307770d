package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"dyad"
)

// Analysis returns the stored document of an article.
func (s *Store) Analysis(ctx context.Context, id string) (*dyad.Analysis, error) {
	var doc string
	err := s.db.QueryRowContext(ctx, bind(`SELECT document FROM articles WHERE id = ?`), id).Scan(&doc)
	if err != nil {
		return nil, notFound(err, "no article %q in the store", id)
	}
	var a dyad.Analysis
	if err := json.Unmarshal([]byte(doc), &a); err != nil {
		return nil, fmt.Errorf("decode article %s: %w", id, err)
	}
	return &a, nil
}

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
func (s *Store) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.EventRecord, int, error) {
	w := eventWhere(f)
	var total int
	if err := s.db.QueryRowContext(ctx, bind(`SELECT count(*) FROM events e`+w.String()), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count events: %w", err)
	}
	offset, limit := f.Window()
	rows, err := s.db.QueryContext(ctx, bind(`SELECT e.body, a.id, coalesce(a.url, ''), a.title, coalesce(a.published, ''), coalesce(e.cluster_id, '')
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

// Quotes returns the quotes matching f, newest articles first, and how many
// match in all. With f.Grouped, a quotation printed by several articles is
// returned once, as its first stored printing; every record carries the
// Sources of its group.
func (s *Store) Quotes(ctx context.Context, f dyad.QuoteFilter) ([]dyad.QuoteRecord, int, error) {
	w := quoteWhere(f)
	const grp = `CASE q.qgroup WHEN '' THEN q.article_id || '/' || q.idx::text ELSE q.qgroup END`
	from := ` FROM quotes q JOIN articles a ON a.id = q.article_id`
	count := `SELECT count(*)` + from + w.String()
	inner := `SELECT q.body, q.qgroup, a.id, coalesce(a.url, '') AS url, a.title, coalesce(a.published, '') AS published, q.idx` + from + w.String()
	if f.Grouped {
		count = `SELECT count(DISTINCT ` + grp + `)` + from + w.String()
		inner = `SELECT DISTINCT ON (` + grp + `) q.body, q.qgroup, a.id, coalesce(a.url, '') AS url, a.title,
			coalesce(a.published, '') AS published, q.idx` + from + w.String() + ` ORDER BY ` + grp + `, q.qseq`
	}
	var total int
	if err := s.db.QueryRowContext(ctx, bind(count), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count quotes: %w", err)
	}
	offset, limit := f.Window()
	rows, err := s.db.QueryContext(ctx, bind(`SELECT body, qgroup, id, url, title, published FROM (`+inner+
		`) t ORDER BY published DESC, id, idx LIMIT ? OFFSET ?`), append(w.args, limit, offset)...)
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
	if err := s.addSources(ctx, out); err != nil {
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
func (s *Store) Failures(ctx context.Context, p dyad.Page) ([]dyad.Failure, int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, bind(`SELECT count(*) FROM failures`)).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count failures: %w", err)
	}
	offset, limit := p.Window()
	rows, err := s.db.QueryContext(ctx, bind(`SELECT input, article_id, stage, reason, time FROM failures
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
