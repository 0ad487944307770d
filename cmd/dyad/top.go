package main

import (
	"context"
	"fmt"
	"text/tabwriter"

	"dyad"
)

const topExample = `dyad top --db news.db --dyads --from 2026-01-01 --to 2026-03-31 --limit 20`

func runTop(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "top", "top [--dyads] [--from DATE] [--to DATE] [--limit N] [--format table|json] [--db DB]", topExample)
	db := fs.String("db", "", "database `path` or postgres:// URL (default $DYAD_DB, else dyad.db in the user's data directory)")
	dyads := fs.Bool("dyads", false, "rank source→target country pairs instead of countries")
	from := fs.String("from", "", "first day, `YYYY-MM-DD`")
	to := fs.String("to", "", "last day, `YYYY-MM-DD`")
	limit := fs.Int("limit", 10, "how many `rows`")
	format := fs.String("format", "table", "output `format`: table or json")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if err := checkFormat(*format, "table", "json"); err != nil {
		return err
	}
	ff := filterFlags{from: *from, to: *to}
	f, t, err := ff.dates()
	if err != nil {
		return err
	}
	store, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	rows, err := store.Top(ctx, dyad.TopQuery{Dyads: *dyads, From: f, To: t, Limit: *limit})
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeJSON(env.Stdout, rows)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ACTOR\tEVENTS\tMENTIONS\tGOLDSTEIN MEAN")
	for _, r := range rows {
		name := r.Source
		if r.Target != "" {
			name += " → " + r.Target
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\n", name, r.Events, r.Mentions, r.GoldsteinMean)
	}
	return tw.Flush()
}
