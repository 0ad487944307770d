package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"dyad"
)

const quotesExample = `dyad quotes --db news.db --speaker "Xi Jinping" --from 2026-01-01`

func runQuotes(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "quotes", "quotes [--db PATH] [--speaker NAME] [--actor CODE] [--from DATE] [--to DATE] [--format table|json|csv]", quotesExample)
	var ff filterFlags
	ff.register(fs)
	speaker := fs.String("speaker", "", "words of the speaker's `name` (\"Xi Jinping\", \"Carney\")")
	actor := fs.String("actor", "", "speaker's country (`CHN`) or full actor code")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if err := ff.validate(); err != nil {
		return err
	}
	from, to, err := ff.dates()
	if err != nil {
		return err
	}
	store, err := openStore(ctx, env, ff.db)
	if err != nil {
		return err
	}
	defer store.Close()
	f := dyad.QuoteFilter{Speaker: optional(*speaker), Actor: optional(*actor), From: from, To: to,
		ArticleID: optional(ff.article), Page: dyad.Page{Offset: ff.offset, Limit: ff.limit}}
	quotes, total, err := store.Quotes(ctx, f)
	if err != nil {
		return err
	}
	switch ff.format {
	case "json":
		return writeJSON(env.Stdout, quotes)
	case "csv":
		return writeQuotesCSV(env.Stdout, quotes)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PUBLISHED\tSPEAKER\tQUOTE\tARTICLE")
	for _, q := range quotes {
		fmt.Fprintf(tw, "%s\t%s\t%q\t%s\n", orDash(q.Published), speakerName(q.Speaker), q.Text, q.ArticleID)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, pageNote(len(quotes), total, ff.offset, "quotes"))
	return nil
}

func writeQuotesCSV(w io.Writer, quotes []dyad.QuoteRecord) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"article_id", "url", "published", "speaker", "speaker_code", "direct", "fragment", "text", "start", "end"})
	for _, q := range quotes {
		var name, code string
		if q.Speaker != nil {
			name = q.Speaker.Name
			if q.Speaker.Actor != nil {
				code = q.Speaker.Actor.Code
			}
		}
		cw.Write([]string{q.ArticleID, q.URL, q.Published, name, code, strconv.FormatBool(q.Direct),
			strconv.FormatBool(q.Fragment), q.Text, strconv.Itoa(q.Span.Start), strconv.Itoa(q.Span.End)})
	}
	cw.Flush()
	return cw.Error()
}
