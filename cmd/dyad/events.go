package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
	"time"

	"dyad"
)

const eventsExample = `dyad events --db news.db --source CAN --target CHN --type CONSULT --from 2026-01-01 --format table`

// filterFlags are the query flags that events and quotes share.
type filterFlags struct {
	db, from, to, article, format string
	limit, offset                 int
}

func (f *filterFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.db, "db", "", "database `path` (default $DYAD_DB, else dyad.db in the user's data directory)")
	fs.StringVar(&f.from, "from", "", "keep items on or after this `YYYY-MM-DD`")
	fs.StringVar(&f.to, "to", "", "keep items on or before this `YYYY-MM-DD`")
	fs.StringVar(&f.article, "article", "", "keep the items of one article `id`")
	fs.StringVar(&f.format, "format", "table", "output `format`: table, json or csv")
	fs.IntVar(&f.limit, "limit", dyad.DefaultLimit, "return at most `n` items")
	fs.IntVar(&f.offset, "offset", 0, "skip the first `n` items")
}

// dates returns the parsed --from and --to.
func (f *filterFlags) dates() (from, to *time.Time, err error) {
	parse := func(name, s string) (*time.Time, error) {
		if s == "" {
			return nil, nil
		}
		t, err := dyad.ParseDate(s)
		if err != nil {
			return nil, usagef("--%s: %v", name, err)
		}
		return &t, nil
	}
	if from, err = parse("from", f.from); err != nil {
		return nil, nil, err
	}
	to, err = parse("to", f.to)
	return from, to, err
}

func (f *filterFlags) validate() error {
	switch f.format {
	case "table", "json", "csv":
		return nil
	}
	return usagef("--format %q: want table, json or csv", f.format)
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func runEvents(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "events", "events [--db PATH] [--source CODE] [--target CODE] [--type PLOVER] [--cameo PREFIX] [--from DATE] [--to DATE] [--format table|json|csv]", eventsExample)
	var ff filterFlags
	ff.register(fs)
	src := fs.String("source", "", "source actor: a country (`CAN`) or a full code (CANGOV)")
	tgt := fs.String("target", "", "target actor: a country (`CHN`) or a full code")
	typ := fs.String("type", "", "PLOVER event `type` (CONSULT, COERCE, …)")
	code := fs.String("cameo", "", "CAMEO code `prefix` (04, 163)")
	all := fs.Bool("all-moods", false, "include negated, planned and hypothetical events")
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
	f := dyad.EventFilter{Source: optional(*src), Target: optional(*tgt), PLOVER: optional(*typ), CAMEO: optional(*code),
		From: from, To: to, ArticleID: optional(ff.article), AllMoods: *all, Page: dyad.Page{Offset: ff.offset, Limit: ff.limit}}
	events, total, err := store.Events(ctx, f)
	if err != nil {
		return err
	}
	switch ff.format {
	case "json":
		return writeJSON(env.Stdout, events)
	case "csv":
		return writeEventsCSV(env.Stdout, events)
	}
	return writeEventsTable(env.Stdout, events, total, ff.offset)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func writeEventsTable(w io.Writer, events []dyad.EventRecord, total, offset int) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSOURCE\tTARGET\tTYPE\tCAMEO\tGOLDSTEIN\tMOOD\tEVIDENCE\tARTICLE")
	for _, e := range events {
		target := "-"
		if e.Target != nil {
			target = actorLabel(e.Target.Actor)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%.1f\t%s\t%q\t%s\n", orDash(e.Date), actorLabel(e.Source.Actor), target,
			orDash(e.PLOVER), e.CAMEO, e.Goldstein, e.Mood, e.Evidence.Text, e.ArticleID)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s\n", pageNote(len(events), total, offset, "events"))
	return err
}

// pageNote says which part of the matches a page shows.
func pageNote(n, total, offset int, what string) string {
	if n == total {
		return fmt.Sprintf("%d %s", total, what)
	}
	return fmt.Sprintf("%s %d–%d of %d (use --offset and --limit for more)", what, offset+1, offset+n, total)
}

// eventsCSVHeader names the columns of the CSV output.
var eventsCSVHeader = []string{"id", "date", "date_precision", "source_code", "source_country", "source_sector", "source_name",
	"target_code", "target_country", "target_sector", "target_name", "cameo", "cameo_root", "plover", "quad_class", "goldstein",
	"mood", "evidence", "evidence_start", "evidence_end", "sentence", "article_id", "url", "published"}

func writeEventsCSV(w io.Writer, events []dyad.EventRecord) error {
	cw := csv.NewWriter(w)
	cw.Write(eventsCSVHeader)
	for _, e := range events {
		var t dyad.Participant
		if e.Target != nil {
			t = *e.Target
		}
		cw.Write([]string{e.ID, e.Date, string(e.DatePrecision), e.Source.Code, e.Source.Country, e.Source.Sector, e.Source.Name,
			t.Code, t.Country, t.Sector, t.Name, e.CAMEO, e.CAMEORoot, e.PLOVER, strconv.Itoa(e.QuadClass),
			strconv.FormatFloat(e.Goldstein, 'f', 1, 64), string(e.Mood), e.Evidence.Text, strconv.Itoa(e.Evidence.Span.Start),
			strconv.Itoa(e.Evidence.Span.End), strconv.Itoa(e.Sentence), e.ArticleID, e.URL, e.Published})
	}
	cw.Flush()
	return cw.Error()
}
