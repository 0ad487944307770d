package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"dyad"
	"dyad/coder"
)

const explainExample = `dyad explain --published 2026-01-16 --sentence 3 examples/trade-talks.txt`

func runExplain(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "explain", "explain [--sentence N] [--published YYYY-MM-DD] [--patterns FILE]... [FILE|-]", explainExample)
	n := fs.Int("sentence", -1, "explain sentence `N` (0-based, as in the analysis document); -1 explains every sentence with an actor")
	published := fs.String("published", "", "publication date `YYYY-MM-DD`, used to resolve relative dates")
	dicts := addDictFlag(fs)
	pats := patternsFlag(fs)
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usagef("explain takes one FILE (or - for standard input), got %d", fs.NArg())
	}
	name := fs.Arg(0)
	if name == "" {
		name = "-"
	}
	art, err := articleFromFlags("", "", *published)
	if err != nil {
		return err
	}
	if art.Text, err = readText(env, name); err != nil {
		return fmt.Errorf("explain %s: %w", name, err)
	}
	events, err := newCoder(*pats)
	if err != nil {
		return err
	}
	analyzer, err := newAnalyzerWith(*dicts, events)
	if err != nil {
		return err
	}
	a, err := analyzer.Analyze(ctx, art)
	if err != nil {
		return fmt.Errorf("explain %s: %w", name, err)
	}
	if *n >= len(a.Sentences) {
		return usagef("explain: --sentence %d: the text has %d sentences (0 to %d)", *n, len(a.Sentences), len(a.Sentences)-1)
	}
	for i := range a.Sentences {
		if *n >= 0 && i != *n || *n < 0 && !hasMention(a, i) {
			continue
		}
		writeTrace(env.Stdout, a, events.Explain(a, i))
	}
	return nil
}

func hasMention(a *dyad.Analysis, i int) bool {
	for _, m := range a.Mentions {
		if m.Sentence == i {
			return true
		}
	}
	return false
}

// writeTrace prints how one sentence was coded.
func writeTrace(w io.Writer, a *dyad.Analysis, tr *coder.Trace) {
	text := a.Article.Text
	fmt.Fprintf(w, "sentence %d: %s\n", tr.Sentence, a.Sentences[tr.Sentence].Span.In(text))
	if tr.Parsed {
		fmt.Fprintln(w, "\nparse:")
		for i, t := range tr.Tokens {
			fmt.Fprintf(w, "  %3d %-16s %-12s %-6s %3d %s\n", i+1, t.Span.In(text), t.Lemma, t.UPOS, t.Head, t.Deprel)
		}
	}
	fmt.Fprintln(w, "\nactors:")
	for _, m := range tr.Mentions {
		fmt.Fprintf(w, "  %-30q %-8s %s\n", m.Text, m.Actor.Code, m.Rule)
	}
	if len(tr.Mentions) == 0 {
		fmt.Fprintln(w, "  none: no event can be coded without a source and a target")
	}
	for _, v := range tr.Verbs {
		fmt.Fprintf(w, "\nverb %q (lemma %s, token %d): %d pattern(s) tried\n", v.Word, v.Lemma, v.Token+1, len(v.Tried))
		for _, t := range v.Tried {
			status := "matched"
			if t.Missing != "" {
				status = "missing " + t.Missing
			}
			fmt.Fprintf(w, "    %-14s %-50s score %d, %s\n", t.Where, t.Pattern, t.Score, status)
		}
		if v.Chosen != "" {
			fmt.Fprintf(w, "  chosen: %s\n", v.Chosen)
		}
		if len(v.Sources)+len(v.Targets) > 0 {
			fmt.Fprintf(w, "  sources: %s; targets: %s\n", strings.Join(v.Sources, ", "), strings.Join(v.Targets, ", "))
		}
		fmt.Fprintf(w, "  => %s\n", orDash(v.Outcome))
	}
	for _, n := range tr.Notes {
		fmt.Fprintf(w, "\nnote: %s\n", n)
	}
	fmt.Fprintln(w, "\nevents:")
	for _, e := range tr.Events {
		fmt.Fprintln(w, "  "+eventLine(e))
		fmt.Fprintf(w, "    rule: %s\n", e.Rule)
	}
	if len(tr.Events) == 0 {
		fmt.Fprintln(w, "  none")
	}
	fmt.Fprintln(w)
}
