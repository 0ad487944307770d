package postgres

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"

	"dyad"
	"dyad/quote"
)

// minSharedKey is the shortest key (in bytes, about four words) that joins
// quotations of different speakers: shorter ones ("We are ready") are
// common words, grouped only when the speaker is the same too.
const minSharedKey = 20

// quoteGroup returns (as in package sqlite, with PostgreSQL placeholders) the group of a quotation with the given key and
// speaker: the group of an earlier printing in another article with the
// same key, or of one that the quotation truncates or that truncates it
// (quote.Same, same speaker); else a new group named after this printing.
func quoteGroup(ctx context.Context, tx *sql.Tx, articleID string, idx int, key, speaker string) (string, error) {
	if key == "" {
		return "", nil
	}
	var group string
	err := tx.QueryRowContext(ctx, bind(`SELECT qgroup FROM quotes WHERE qkey = ? AND article_id <> ?
		AND (length(qkey) >= ? OR speaker_name = ?) ORDER BY qseq LIMIT 1`), key, articleID, minSharedKey, speaker).Scan(&group)
	switch {
	case err == nil:
		return group, nil
	case !errors.Is(err, sql.ErrNoRows):
		return "", err
	}
	if group, err = containingGroup(ctx, tx, articleID, key, speaker); err != nil || group != "" {
		return group, err
	}
	sum := sha256.Sum256([]byte(articleID + "/" + strconv.Itoa(idx)))
	return "q" + hex.EncodeToString(sum[:8]), nil
}

// containingGroup returns the group of the first quotation of speaker, in
// another article, that is the same as key by quote.Same, or "".
func containingGroup(ctx context.Context, tx *sql.Tx, articleID, key, speaker string) (string, error) {
	if speaker == "" {
		return "", nil
	}
	rows, err := tx.QueryContext(ctx, bind(`SELECT qkey, qgroup FROM quotes WHERE speaker_name = ? AND article_id <> ?
		AND qkey <> '' ORDER BY qseq`), speaker, articleID)
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
func (s *Store) addSources(ctx context.Context, recs []dyad.QuoteRecord) error {
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
		rows, err := s.db.QueryContext(ctx, bind(`SELECT q.qgroup, q.body, a.id, coalesce(a.url, ''), a.title, coalesce(a.published, '')
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
