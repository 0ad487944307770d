package main

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"dyad"
)

const seriesExample = `dyad series CAN CHN --by week --db news.db
dyad series CAN CHN --both --by month --from 2025-01-01 --format csv > can-chn.csv`

func runSeries(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "series", "series SOURCE TARGET [--both] [--by day|week|month] [--from DATE] [--to DATE] [--format table|json|csv] [--db DB]", seriesExample)
	db := fs.String("db", "", "database `path` or postgres:// URL (default $DYAD_DB, else dyad.db in the user's data directory)")
	both := fs.Bool("both", false, "count events in either direction")
	by := fs.String("by", "week", "bucket `width`: day, week (from Monday) or month")
	from := fs.String("from", "", "first day, `YYYY-MM-DD`")
	to := fs.String("to", "", "last day, `YYYY-MM-DD`")
	format := fs.String("format", "table", "output `format`: table, json or csv")
	pos, err := parseInterleaved(env, fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("series needs two actors, SOURCE and TARGET (countries like CAN CHN, or codes like CANGOV); see dyad series --help")
	}
	if err := checkFormat(*format, "table", "json", "csv"); err != nil {
		return err
	}
	ff := filterFlags{from: *from, to: *to}
	f, t, err := ff.dates()
	if err != nil {
		return err
	}
	q := dyad.SeriesQuery{Source: pos[0], Target: pos[1], Both: *both, By: dyad.Interval(*by), From: f, To: t}
	if err := q.Validate(); err != nil {
		return usagef("%v", dyad.ErrorMessage(err))
	}
	store, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	points, err := store.Series(ctx, q)
	if err != nil {
		return err
	}
	switch *format {
	case "json":
		return writeJSON(env.Stdout, points)
	case "csv":
		return writeSeriesCSV(env.Stdout, points)
	}
	return writeSeriesTable(env.Stdout, points)
}

// parseInterleaved parses flags that may come before, between or after the
// positional arguments, and returns the positional ones.
func parseInterleaved(env *Env, fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseFlags(env, fs, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		rest := fs.Args()
		if i := len(args) - len(rest) - 1; i >= 0 && args[i] == "--" {
			return append(pos, rest...), nil
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
}

func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usagef("--format %q: want one of %v", format, allowed)
}

var seriesHeader = []string{"period", "events", "mentions", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean", "tone"}

func seriesRow(p dyad.SeriesPoint) []string {
	tone := ""
	if p.Tone != nil {
		tone = strconv.FormatFloat(*p.Tone, 'f', 3, 64)
	}
	return []string{p.Period, strconv.Itoa(p.Events), strconv.Itoa(p.Mentions), strconv.Itoa(p.VerbalCoop), strconv.Itoa(p.MaterialCoop),
		strconv.Itoa(p.VerbalConflict), strconv.Itoa(p.MaterialConflict), strconv.FormatFloat(p.GoldsteinSum, 'f', 1, 64),
		strconv.FormatFloat(p.GoldsteinMean, 'f', 2, 64), tone}
}

func writeSeriesCSV(w io.Writer, points []dyad.SeriesPoint) error {
	cw := csv.NewWriter(w)
	cw.Write(seriesHeader)
	for _, p := range points {
		cw.Write(seriesRow(p))
	}
	cw.Flush()
	return cw.Error()
}

func writeSeriesTable(w io.Writer, points []dyad.SeriesPoint) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "PERIOD\tEVENTS\tMENTIONS\tVERB.COOP\tMAT.COOP\tVERB.CONFL\tMAT.CONFL\tGOLDSTEIN\tMEAN\tTONE\t")
	for _, p := range points {
		row := seriesRow(p)
		if row[9] == "" {
			row[9] = "-"
		}
		for _, c := range row {
			fmt.Fprint(tw, c, "\t")
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(points) == 0 {
		_, err := fmt.Fprintln(w, "no dated events for this dyad (try --both, or a country instead of a full code)")
		return err
	}
	return nil
}
