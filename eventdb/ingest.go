package eventdb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// NearDuplicate links an article to an earlier one with nearly the same text.
type NearDuplicate struct {
	ArticleID   string  `json:"article_id"`   // ArticleID is the later article.
	DuplicateOf string  `json:"duplicate_of"` // DuplicateOf is the earlier one.
	Similarity  float64 `json:"similarity"`   // Similarity is the estimated Jaccard similarity of their texts.
}

// FeedState is what dyad watch remembers of a feed between polls.
type FeedState struct {
	URL          string    // URL is the feed's URL.
	ETag         string    // ETag is the validator of the last fetch.
	LastModified string    // LastModified is the Last-Modified of the last fetch.
	PolledAt     time.Time // PolledAt is when it was last polled, or zero.
	LastError    string    // LastError says why the last poll failed, or "".
}

// Ingest is ingestion's own state in a store: text signatures, links
// between near-duplicates, and what dyad watch remembers of its feeds. A
// store embeds it, so both stores share one set of these methods.
type Ingest struct {
	db  *DB
	now func() time.Time
}

// NewIngest returns the ingestion state kept in db; now stamps handled
// feed items.
func NewIngest(db *DB, now func() time.Time) Ingest { return Ingest{db: db, now: now} }

// PutSignature stores an article's text signature and its links to earlier
// near-duplicates, in one transaction. Storing it again changes nothing.
func (g Ingest) PutSignature(ctx context.Context, articleID string, sig []byte, links []NearDuplicate) error {
	d := g.db
	err := d.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, d.q(`INSERT INTO signatures (article_id, minhash) VALUES (?, ?) ON CONFLICT DO NOTHING`), articleID, sig); err != nil {
			return err
		}
		for _, l := range links {
			if _, err := tx.ExecContext(ctx, d.q(`INSERT INTO near_duplicates (article_id, duplicate_of, similarity) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
				l.ArticleID, l.DuplicateOf, l.Similarity); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store signature of %s: %w", articleID, err)
	}
	return nil
}

// Signatures calls fn with every stored signature, in storage order, and
// stops at fn's first error.
func (g Ingest) Signatures(ctx context.Context, fn func(articleID string, sig []byte) error) error {
	d := g.db
	order := "rowid"
	if d.Dialect == Postgres {
		order = "sseq"
	}
	rows, err := d.SQL.QueryContext(ctx, `SELECT article_id, minhash FROM signatures ORDER BY `+order)
	if err != nil {
		return fmt.Errorf("read signatures: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var sig []byte
		if err := rows.Scan(&id, &sig); err != nil {
			return fmt.Errorf("read signatures: %w", err)
		}
		if err := fn(id, sig); err != nil {
			return err
		}
	}
	return rows.Err()
}

// NearDuplicates returns the links of an article, both ways: to the earlier
// articles it copies and from the later ones that copy it.
func (g Ingest) NearDuplicates(ctx context.Context, articleID string) ([]NearDuplicate, error) {
	d := g.db
	rows, err := d.SQL.QueryContext(ctx, d.q(`SELECT article_id, duplicate_of, similarity FROM near_duplicates
		WHERE article_id = ? OR duplicate_of = ? ORDER BY similarity DESC, article_id, duplicate_of`), articleID, articleID)
	if err != nil {
		return nil, fmt.Errorf("read near-duplicates of %s: %w", articleID, err)
	}
	defer rows.Close()
	var out []NearDuplicate
	for rows.Next() {
		var l NearDuplicate
		if err := rows.Scan(&l.ArticleID, &l.DuplicateOf, &l.Similarity); err != nil {
			return nil, fmt.Errorf("read near-duplicates of %s: %w", articleID, err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// FeedState returns the state of a feed; a feed never polled has only its URL.
func (g Ingest) FeedState(ctx context.Context, url string) (FeedState, error) {
	d := g.db
	st := FeedState{URL: url}
	var polled string
	err := d.SQL.QueryRowContext(ctx, d.q(`SELECT etag, last_modified, polled_at, last_error FROM feeds WHERE url = ?`), url).
		Scan(&st.ETag, &st.LastModified, &polled, &st.LastError)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return st, nil
	case err != nil:
		return st, fmt.Errorf("read feed state %s: %w", url, err)
	}
	st.PolledAt, _ = time.Parse(time.RFC3339, polled)
	return st, nil
}

// PutFeedState records the state of a feed after a poll.
func (g Ingest) PutFeedState(ctx context.Context, st FeedState) error {
	d := g.db
	_, err := d.SQL.ExecContext(ctx, d.q(`INSERT INTO feeds (url, etag, last_modified, polled_at, last_error) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
		polled_at = excluded.polled_at, last_error = excluded.last_error`),
		st.URL, st.ETag, st.LastModified, st.PolledAt.UTC().Format(time.RFC3339), st.LastError)
	if err != nil {
		return fmt.Errorf("store feed state %s: %w", st.URL, err)
	}
	return nil
}

// SeenFeedItem reports whether an item of a feed was already handled.
func (g Ingest) SeenFeedItem(ctx context.Context, feedURL, guid string) (bool, error) {
	d := g.db
	var n int
	if err := d.SQL.QueryRowContext(ctx, d.q(`SELECT count(*) FROM feed_items WHERE feed_url = ? AND guid = ?`), feedURL, guid).Scan(&n); err != nil {
		return false, fmt.Errorf("read feed item %s: %w", guid, err)
	}
	return n > 0, nil
}

// PutFeedItem records that an item of a feed was handled.
func (g Ingest) PutFeedItem(ctx context.Context, feedURL, guid string) error {
	d, now := g.db, g.now()
	_, err := d.SQL.ExecContext(ctx, d.q(`INSERT INTO feed_items (feed_url, guid, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
		feedURL, guid, now.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("store feed item %s: %w", guid, err)
	}
	return nil
}
