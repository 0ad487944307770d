package postgres

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"dyad"
	"dyad/quote"
)

// PutAnalysis stores a document, its events and its quotes in one
// transaction. It returns false, and changes nothing, when an article with
// the same content hash or the same URL is already stored.
func (s *Store) PutAnalysis(ctx context.Context, a *dyad.Analysis) (bool, error) {
	art := a.Article
	if art.ID == "" || art.ID != dyad.ArticleID(art.Text) {
		return false, dyad.Errorf(dyad.EINVALID, "store article: id %q is not the content hash of its text", art.ID)
	}
	doc, err := json.Marshal(a)
	if err != nil {
		return false, fmt.Errorf("store article %s: encode: %w", art.ID, err)
	}
	stored := false
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, bind(`SELECT count(*) FROM articles WHERE id = ? OR url = ?`), art.ID, nullable(art.URL)).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		_, err := tx.ExecContext(ctx, bind(`INSERT INTO articles (id, url, title, published, published_source, language, site, document, ingested_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`), art.ID, nullable(art.URL), art.Title, nullable(dyad.FormatDate(art.Published)),
			art.PublishedSource, art.Language, art.Site, string(doc), s.now().UTC().Format(time.RFC3339))
		if err != nil {
			return err
		}
		if err := insertEvents(ctx, tx, art.ID, a.Events); err != nil {
			return err
		}
		if err := insertQuotes(ctx, tx, art.ID, a.Quotes); err != nil {
			return err
		}
		if err := s.events.Put(ctx, tx, a); err != nil {
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

func insertEvents(ctx context.Context, tx *sql.Tx, articleID string, events []dyad.Event) error {
	stmt, err := tx.PrepareContext(ctx, bind(`INSERT INTO events (id, article_id, source_code, source_country, target_code,
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

func insertQuotes(ctx context.Context, tx *sql.Tx, articleID string, quotes []dyad.Quote) error {
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
		group, err := quoteGroup(ctx, tx, articleID, i, key, name)
		if err != nil {
			return fmt.Errorf("group quote %d: %w", i, err)
		}
		if _, err := tx.ExecContext(ctx, bind(`INSERT INTO quotes (article_id, idx, speaker_name, speaker_code, speaker_country, body, qkey, qgroup)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`), articleID, i, name, code, country, string(body), key, group); err != nil {
			return fmt.Errorf("insert quote %d: %w", i, err)
		}
	}
	return nil
}

// PutFailure records a failure once per input, stage and reason; recording
// it again updates its time.
func (s *Store) PutFailure(ctx context.Context, f dyad.Failure) error {
	if f.Time.IsZero() {
		f.Time = s.now()
	}
	_, err := s.db.ExecContext(ctx, bind(`INSERT INTO failures (input, article_id, stage, reason, time) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (input, stage, reason) DO UPDATE SET time = excluded.time, article_id = excluded.article_id`),
		f.Input, f.ArticleID, f.Stage, f.Reason, f.Time.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("store failure of %s: %w", f.Input, err)
	}
	return nil
}
