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
	fs.StringVar(&f.db, "db", "", "database `path` or postgres:// URL (default $DYAD_DB, else dyad.db in the user's data directory)")
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

// eventFlags are the filters that events and mentions share.
type eventFlags struct {
	filterFlags
	source, target, typ, cameo, outlet string
	quad                               int
	allMoods, both                     bool
}

func (f *eventFlags) register(fs *flag.FlagSet) {
	f.filterFlags.register(fs)
	fs.StringVar(&f.source, "source", "", "source actor: a country (`CAN`) or a full code (CANGOV)")
	fs.StringVar(&f.target, "target", "", "target actor: a country (`CHN`) or a full code")
	fs.StringVar(&f.typ, "type", "", "PLOVER event `type` (CONSULT, COERCE, …)")
	fs.StringVar(&f.cameo, "cameo", "", "CAMEO code `prefix` (04, 163)")
	fs.StringVar(&f.outlet, "outlet", "", "keep events reported by this `site` or URL host (xinhua, apnews.com)")
	fs.IntVar(&f.quad, "quad", 0, "keep one quad `class`: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
	fs.BoolVar(&f.allMoods, "all-moods", false, "include negated, planned and hypothetical events")
	fs.BoolVar(&f.both, "both", false, "match --source and --target in either direction")
}

// filter returns the event filter the flags describe.
func (f *eventFlags) filter() (dyad.EventFilter, error) {
	if err := f.validate(); err != nil {
		return dyad.EventFilter{}, err
	}
	from, to, err := f.dates()
	if err != nil {
		return dyad.EventFilter{}, err
	}
	ef := dyad.EventFilter{Source: optional(f.source), Target: optional(f.target), PLOVER: optional(f.typ), CAMEO: optional(f.cameo),
		From: from, To: to, ArticleID: optional(f.article), AllMoods: f.allMoods, Either: f.both, Outlet: optional(f.outlet),
		Page: dyad.Page{Offset: f.offset, Limit: f.limit}}
	if f.quad != 0 {
		if f.quad < 1 || f.quad > 4 {
			return ef, usagef("--quad %d: want 1, 2, 3 or 4", f.quad)
		}
		ef.QuadClass = &f.quad
	}
	return ef, nil
}

func runEvents(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "events", "events [--db DB] [--source CODE] [--target CODE] [--both] [--type PLOVER] [--cameo PREFIX] [--quad N] [--place PLACE] [--outlet SITE] [--min-confidence X] [--from DATE] [--to DATE] [--mentions=false] [--format table|json|csv]", eventsExample)
	var ef eventFlags
	ef.register(fs)
	place := fs.String("place", "", "keep events located in this country `code` or place name")
	minConf := fs.Float64("min-confidence", 0, "keep events with at least this `confidence` (0..1)")
	mentions := fs.Bool("mentions", true, "include each event's mentions (article, url, sentence, evidence) in json output")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	f, err := ef.filter()
	if err != nil {
		return err
	}
	f.Place, f.Mentions = optional(*place), *mentions && ef.format == "json"
	if *minConf > 0 {
		f.MinConfidence = minConf
	}
	store, err := openStore(ctx, env, ef.db)
	if err != nil {
		return err
	}
	defer store.Close()
	events, total, err := store.MergedEvents(ctx, f)
	if err != nil {
		return err
	}
	switch ef.format {
	case "json":
		return writeJSON(env.Stdout, events)
	case "csv":
		return writeMergedCSV(env.Stdout, events)
	}
	return writeMergedTable(env.Stdout, events, total, ef.offset)
}

func writeMergedTable(w io.Writer, events []dyad.MergedEvent, total, offset int) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tSOURCE\tTARGET\tTYPE\tCAMEO\tGOLDSTEIN\tMENTIONS\tARTICLES\tSOURCES\tCONFIDENCE\tID")
	for _, e := range events {
		target := "-"
		if e.Target != nil {
			target = actorLabel(*e.Target)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%.1f\t%d\t%d\t%d\t%.2f\t%s\n", orDash(e.Date), actorLabel(e.Source), target,
			orDash(e.PLOVER), e.CAMEO, e.Goldstein, e.NumMentions, e.NumArticles, e.NumSources, e.Confidence, e.ID)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s\n", pageNote(len(events), total, offset, "events"))
	return err
}

// MergedCSVHeader names the columns of merged events in CSV.
var mergedCSVHeader = []string{"id", "date", "date_precision", "source_code", "source_country", "source_name",
	"target_code", "target_country", "target_name", "cameo", "cameo_root", "plover", "quad_class", "goldstein", "mood",
	"location", "location_country", "num_mentions", "num_articles", "num_sources", "confidence", "first_seen", "last_seen"}

func mergedCSVRow(e dyad.MergedEvent) []string {
	var t dyad.Actor
	if e.Target != nil {
		t = *e.Target
	}
	var l dyad.Location
	if e.Location != nil {
		l = *e.Location
	}
	return []string{e.ID, e.Date, string(e.DatePrecision), e.Source.Code, e.Source.Country, e.Source.Name,
		t.Code, t.Country, t.Name, e.CAMEO, e.CAMEORoot, e.PLOVER, strconv.Itoa(e.QuadClass),
		strconv.FormatFloat(e.Goldstein, 'f', 1, 64), string(e.Mood), l.Name, l.Country, strconv.Itoa(e.NumMentions),
		strconv.Itoa(e.NumArticles), strconv.Itoa(e.NumSources), strconv.FormatFloat(e.Confidence, 'f', 3, 64), e.FirstSeen, e.LastSeen}
}

func writeMergedCSV(w io.Writer, events []dyad.MergedEvent) error {
	cw := csv.NewWriter(w)
	cw.Write(mergedCSVHeader)
	for _, e := range events {
		cw.Write(mergedCSVRow(e))
	}
	cw.Flush()
	return cw.Error()
}
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// pageNote says which part of the matches a page shows.
func pageNote(n, total, offset int, what string) string {
	if n == total {
		return fmt.Sprintf("%d %s", total, what)
	}
	return fmt.Sprintf("%s %d–%d of %d (use --offset and --limit for more)", what, offset+1, offset+n, total)
}
