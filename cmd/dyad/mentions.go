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

const mentionsExample = `dyad mentions --db news.db --source CAN --target CHN --type CONSULT --format table`

func runMentions(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "mentions", "mentions [--db DB] [--source CODE] [--target CODE] [--both] [--type PLOVER] [--cameo PREFIX] [--quad N] [--outlet SITE] [--from DATE] [--to DATE] [--format table|json|csv]", mentionsExample)
	var ef eventFlags
	ef.register(fs)
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	f, err := ef.filter()
	if err != nil {
		return err
	}
	store, err := openStore(ctx, env, ef.db)
	if err != nil {
		return err
	}
	defer store.Close()
	events, total, err := store.Events(ctx, f)
	if err != nil {
		return err
	}
	switch ef.format {
	case "json":
		return writeJSON(env.Stdout, events)
	case "csv":
		return writeEventsCSV(env.Stdout, events)
	}
	return writeEventsTable(env.Stdout, events, total, ef.offset)
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

// eventsCSVHeader names the columns of the CSV output.
var eventsCSVHeader = []string{"id", "cluster_id", "date", "date_precision", "source_code", "source_country", "source_sector", "source_name",
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
		cw.Write([]string{e.ID, e.ClusterID, e.Date, string(e.DatePrecision), e.Source.Code, e.Source.Country, e.Source.Sector, e.Source.Name,
			t.Code, t.Country, t.Sector, t.Name, e.CAMEO, e.CAMEORoot, e.PLOVER, strconv.Itoa(e.QuadClass),
			strconv.FormatFloat(e.Goldstein, 'f', 1, 64), string(e.Mood), e.Evidence.Text, strconv.Itoa(e.Evidence.Span.Start),
			strconv.Itoa(e.Evidence.Span.End), strconv.Itoa(e.Sentence), e.ArticleID, e.URL, e.Published})
	}
	cw.Flush()
	return cw.Error()
}
