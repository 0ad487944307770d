package eventdb

import (
	"context"
	"fmt"
	"strings"

	"dyad"
)

// rollupSelect aggregates asserted clusters dated to the day or month into
// dyad_days rows; callers add conditions after it and the GROUP BY.
const rollupSelect = `INSERT INTO dyad_days (source_country, target_country, date, date_precision, quad_class, events, mentions, goldstein,
		tone_sum, tone_events)
	SELECT source_country, target_country, date, date_precision, quad_class, count(*), sum(num_mentions), sum(goldstein),
		coalesce(sum(tone), 0), count(tone)
	FROM clusters WHERE mood = 'asserted' AND date_precision IN ('day', 'month') AND date <> ''`

const rollupGroup = ` GROUP BY source_country, target_country, date, date_precision, quad_class`

// refreshRollup recounts the dyad_days rows that block's clusters feed: its
// pair of countries, both ways, in its month. Blocks of other moods, and
// of years or undated reports, feed none.
func (d *DB) refreshRollup(ctx context.Context, tx execer, block string) error {
	f := strings.Split(block, "|")
	if len(f) != 5 || f[0] != string(dyad.MoodAsserted) || len(f[4]) != 7 {
		return nil
	}
	lo, hi := f[4]+"-00", f[4]+"-99"
	for _, p := range [][2]string{{f[2], f[3]}, {f[3], f[2]}} {
		if _, err := tx.ExecContext(ctx, d.q(`DELETE FROM dyad_days WHERE source_country = ? AND target_country = ? AND date >= ? AND date <= ?`),
			p[0], p[1], lo, hi); err != nil {
			return fmt.Errorf("clear daily counts: %w", err)
		}
		if _, err := tx.ExecContext(ctx, d.q(rollupSelect+` AND source_country = ? AND target_country = ? AND date >= ? AND date <= ?`+rollupGroup),
			p[0], p[1], lo, hi); err != nil {
			return fmt.Errorf("count daily events: %w", err)
		}
	}
	return nil
}

// RebuildRollup recounts every dyad_days row from the clusters table; bulk
// loads and Recluster run it.
func (d *DB) RebuildRollup(ctx context.Context) error {
	tx, err := d.SQL.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM dyad_days`); err != nil {
		return fmt.Errorf("clear daily counts: %w", err)
	}
	if _, err := tx.ExecContext(ctx, rollupSelect+rollupGroup); err != nil {
		return fmt.Errorf("count daily events: %w", err)
	}
	return tx.Commit()
}
