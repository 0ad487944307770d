package eventdb

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"dyad"
	"dyad/cluster"
)

// Backfill records the block, outlet and sentence of every event stored
// before clustering existed (block is NULL) and clusters their blocks. It
// is what opening an older database runs (a migration that changes what a
// merged event holds clears the blocks it needs rebuilt); it does nothing on
// a current one.
func (d *DB) Backfill(ctx context.Context) error {
	ids, err := d.strings(ctx, `SELECT DISTINCT article_id FROM events WHERE block IS NULL ORDER BY article_id`)
	if err != nil {
		return fmt.Errorf("find unclustered events: %w", err)
	}
	blocks := map[string]bool{}
	for _, id := range ids {
		err := d.inTx(ctx, func(tx *sql.Tx) error { return d.backfillArticle(ctx, tx, id, blocks) })
		if err != nil {
			return fmt.Errorf("backfill article %s: %w", id, err)
		}
	}
	for _, b := range sortedKeys(blocks) {
		if err := d.inTx(ctx, func(tx *sql.Tx) error { _, err := d.regroup(ctx, tx, b); return err }); err != nil {
			return err
		}
	}
	return nil
}

func (d *DB) backfillArticle(ctx context.Context, tx *sql.Tx, id string, blocks map[string]bool) error {
	var doc string
	if err := tx.QueryRowContext(ctx, d.q(`SELECT document FROM articles WHERE id = ?`), id).Scan(&doc); err != nil {
		return err
	}
	var a dyad.Analysis
	if err := json.Unmarshal([]byte(doc), &a); err != nil {
		return fmt.Errorf("decode document: %w", err)
	}
	for _, e := range a.Events {
		r := reportOf(&a, e)
		b := cluster.Block(r)
		blocks[b] = true
		if _, err := tx.ExecContext(ctx, d.q(`UPDATE events SET block = ?, outlet = ?, sentence_start = ?, sentence_end = ?, sentence_text = ?
			WHERE id = ?`), b, cluster.Outlet(r), r.SentenceSpan.Start, r.SentenceSpan.End, r.SentenceText, e.ID); err != nil {
			return err
		}
	}
	return nil
}

// Recluster rebuilds every cluster from the stored reports, one block per
// transaction, drops clusters left without reports (an article marked as a
// duplicate since, a deleted article), and returns the number of clusters.
// Ingestion runs it after marking near-duplicates, so counts follow.
func (d *DB) Recluster(ctx context.Context) (int, error) {
	if err := d.Backfill(ctx); err != nil {
		return 0, err
	}
	blocks, err := d.strings(ctx, `SELECT DISTINCT block FROM events WHERE block IS NOT NULL ORDER BY block`)
	if err != nil {
		return 0, fmt.Errorf("list blocks: %w", err)
	}
	total := 0
	for _, b := range blocks {
		err := d.inTx(ctx, func(tx *sql.Tx) error {
			n, err := d.regroup(ctx, tx, b)
			total += n
			return err
		})
		if err != nil {
			return 0, fmt.Errorf("recluster: %w", err)
		}
	}
	if _, err := d.SQL.ExecContext(ctx, `DELETE FROM clusters WHERE block NOT IN (SELECT block FROM events WHERE block IS NOT NULL)`); err != nil {
		return 0, fmt.Errorf("drop empty clusters: %w", err)
	}
	if err := d.RebuildRollup(ctx); err != nil {
		return 0, err
	}
	return total, nil
}

// strings returns the one text column of a query's rows.
func (d *DB) strings(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := d.SQL.QueryContext(ctx, d.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// inTx runs fn in a transaction, committing if it returns nil.
func (d *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := d.SQL.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// MarkDuplicate records that article id copies article of (a syndicated
// or near-duplicate text; "" clears the mark) and re-clusters the blocks of
// its events in the same transaction, so that the copy counts once as a
// source at once. ENOTFOUND if no article id is stored.
func (d *DB) MarkDuplicate(ctx context.Context, id, of string) error {
	if id == of {
		return dyad.Errorf(dyad.EINVALID, "article %s cannot be a duplicate of itself", id)
	}
	err := d.inTx(ctx, func(tx *sql.Tx) error {
		var dup any
		if of != "" {
			dup = of
		}
		res, err := tx.ExecContext(ctx, d.q(`UPDATE articles SET duplicate_of = ? WHERE id = ?`), dup, id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err == nil && n == 0 {
			return dyad.Errorf(dyad.ENOTFOUND, "no article %q in the store", id)
		}
		blocks, err := txStrings(ctx, tx, d.q(`SELECT DISTINCT block FROM events WHERE article_id = ? AND block IS NOT NULL ORDER BY block`), id)
		if err != nil {
			return err
		}
		for _, b := range blocks {
			if _, err := d.regroup(ctx, tx, b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("mark article %s as a copy of %q: %w", id, of, err)
	}
	return nil
}

func txStrings(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
