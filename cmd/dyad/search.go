package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"dyad"
)

const searchExample = `dyad search --db news.db canola tariffs`

func runSearch(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "search", "search [--db DB] [--limit N] [--format table|json] WORD...", searchExample)
	db := fs.String("db", "", "database `path` or postgres:// URL (default $DYAD_DB, else dyad.db in the user's data directory)")
	limit := fs.Int("limit", 20, "return at most `n` articles")
	offset := fs.Int("offset", 0, "skip the first `n` articles")
	format := fs.String("format", "table", "output `format`: table or json")
	words, err := parseInterleaved(env, fs, args)
	if err != nil {
		return err
	}
	if len(words) == 0 {
		return usagef("search needs at least one WORD; see dyad search --help")
	}
	if err := checkFormat(*format, "table", "json"); err != nil {
		return err
	}
	store, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	hits, total, err := store.SearchArticles(ctx, dyad.ArticleQuery{Text: strings.Join(words, " "), Page: dyad.Page{Offset: *offset, Limit: *limit}})
	if err != nil {
		return err
	}
	if *format == "json" {
		return writeJSON(env.Stdout, hits)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PUBLISHED\tARTICLE\tTITLE\tURL")
	for _, h := range hits {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", orDash(h.Published), h.ID, orDash(h.Title), orDash(h.URL))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err = fmt.Fprintln(env.Stdout, pageNote(len(hits), total, *offset, "articles"))
	return err
}
