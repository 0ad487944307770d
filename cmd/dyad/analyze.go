package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"dyad"
)

const analyzeExample = `dyad analyze --published 2026-01-16 examples/carney-xi.txt --format text`

func runAnalyze(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "analyze", "analyze [--published YYYY-MM-DD] [--url URL] [--title T] [--format json|text] [FILE|-]", analyzeExample)
	published := fs.String("published", "", "publication date `YYYY-MM-DD`, used to resolve relative dates")
	url := fs.String("url", "", "the article's `URL`")
	title := fs.String("title", "", "the article's `title`")
	format := fs.String("format", "json", "output `format`: json (the dyad/1 document) or text (a summary)")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usagef("analyze takes one FILE (or - for standard input), got %d", fs.NArg())
	}
	if *format != "json" && *format != "text" {
		return usagef("analyze: --format %q: want json or text", *format)
	}
	name := fs.Arg(0)
	if name == "" {
		name = "-"
	}
	art, err := articleFromFlags(*url, *title, *published)
	if err != nil {
		return err
	}
	if art.Text, err = readText(env, name); err != nil {
		return fmt.Errorf("analyze %s: %w", name, err)
	}
	analyzer, err := newAnalyzer()
	if err != nil {
		return err
	}
	a, err := analyzer.Analyze(ctx, art)
	if err != nil {
		return fmt.Errorf("analyze %s: %w", name, err)
	}
	if *format == "text" {
		return writeSummary(env.Stdout, a)
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(a)
}

// articleFromFlags returns an article with the caller's metadata.
func articleFromFlags(url, title, published string) (dyad.Article, error) {
	art := dyad.Article{URL: url, Title: title, Language: "en"}
	if published != "" {
		t, err := dyad.ParseDate(published)
		if err != nil {
			return art, usagef("--published: %v", err)
		}
		art.Published, art.PublishedSource = t, dyad.PublishedCaller
	}
	return art, nil
}

// readText reads a whole file ("-" for standard input), refusing more than
// an article may hold without reading it all.
func readText(env *Env, name string) (string, error) {
	var r io.Reader = env.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", fmt.Errorf("open: %w", err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, dyad.MaxTextBytes+1))
	if err != nil {
		return "", fmt.Errorf("read: %w", err)
	}
	if len(b) > dyad.MaxTextBytes {
		return "", dyad.Errorf(dyad.EINVALID, "more than %d bytes: too large for one article", dyad.MaxTextBytes)
	}
	text := string(b)
	if err := dyad.ValidateText(text); err != nil {
		return "", err
	}
	return text, nil
}

// writeSummary writes a readable summary of a for a person.
func writeSummary(w io.Writer, a *dyad.Analysis) error {
	art := a.Article
	fmt.Fprintf(w, "article %s", art.ID)
	if art.Title != "" {
		fmt.Fprintf(w, "  %q", art.Title)
	}
	fmt.Fprintf(w, "\npublished %s (%s)\n", orDash(dyad.FormatDate(art.Published)), art.PublishedSource)
	fmt.Fprintf(w, "%d sentences, %d mentions, %d dates, %d events, %d quotes\n",
		len(a.Sentences), len(a.Mentions), len(a.Dates), len(a.Events), len(a.Quotes))
	if len(a.Events) > 0 {
		fmt.Fprintln(w, "\nevents:")
	}
	for _, e := range a.Events {
		fmt.Fprintln(w, eventLine(e))
	}
	if len(a.Quotes) > 0 {
		fmt.Fprintln(w, "\nquotes:")
	}
	for _, q := range a.Quotes {
		fmt.Fprintf(w, "%s: %q\n", speakerName(q.Speaker), q.Text)
	}
	for _, s := range a.Status {
		if !s.OK {
			fmt.Fprintf(w, "\nstage %s failed: %s\n", s.Stage, s.Error)
		}
	}
	return nil
}

// eventLine formats one event as
// "2026-01-16  CAN GOV (Mark Carney) → CHN GOV (Xi Jinping)  CONSULT 040 'held talks'".
func eventLine(e dyad.Event) string {
	target := "-"
	if e.Target != nil {
		target = actorLabel(e.Target.Actor)
	}
	line := fmt.Sprintf("%-10s  %s → %s  %s %s '%s'", orDash(e.Date), actorLabel(e.Source.Actor), target,
		orDash(e.PLOVER), e.CAMEO, e.Evidence.Text)
	if e.Mood != dyad.MoodAsserted {
		line += "  [" + string(e.Mood) + "]"
	}
	return line
}

func actorLabel(a dyad.Actor) string {
	s := strings.TrimSpace(a.Country + " " + a.Sector)
	if a.Name != "" {
		s += " (" + a.Name + ")"
	}
	return s
}

func speakerName(s *dyad.Speaker) string {
	if s == nil {
		return "(unattributed)"
	}
	return s.Name
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
