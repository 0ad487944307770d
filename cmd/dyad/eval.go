package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"dyad/extract"
)

const evalExample = `dyad eval extract ../shared/bench/extraction
dyad eval events --gold ../shared/testdata/plover-gsr-cameo/plover-gsr-cameo.jsonl
dyad eval extract --truth truth.json --format json pages/`

// evaluations are the things dyad eval can measure.
func evaluations() map[string]func(ctx context.Context, env *Env, args []string) error {
	return map[string]func(ctx context.Context, env *Env, args []string) error{
		"extract": runEvalExtract,
		"events":  runEvalEvents,
	}
}

func runEval(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(env.Stdout, "Usage: dyad eval WHAT [flags] ...\n\nWhat:\n  extract    main-text extraction against hand-labelled pages\n  events     CAMEO events against gold (source, target, code) triples\n\nExample:\n  %s\n", evalExample)
		return nil
	}
	run, ok := evaluations()[args[0]]
	if !ok {
		return usagef("eval: unknown evaluation %q; run dyad eval --help for the list", args[0])
	}
	return run(ctx, env, args[1:])
}

func runEvalExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval extract", "eval extract [--truth FILE] [--format text|json] DIR", evalExample)
	truthPath := fs.String("truth", "", "ground-truth `file` (default DIR/ground-truth.json)")
	format := fs.String("format", "text", "output `format`: text (a table) or json")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("eval extract takes one DIR: the benchmark folder (html/ and ground-truth.json) or a folder of <id>.html with --truth")
	}
	if *format != "text" && *format != "json" {
		return usagef("eval extract: --format %q: want text or json", *format)
	}
	dir := fs.Arg(0)
	htmlDir := filepath.Join(dir, "html")
	if _, err := os.Stat(htmlDir); err != nil {
		htmlDir = dir
	}
	if *truthPath == "" {
		*truthPath = filepath.Join(dir, "ground-truth.json")
	}
	truth, err := extract.LoadTruth(*truthPath)
	if err != nil {
		return fmt.Errorf("eval extract: %w; pass the benchmark folder or --truth", err)
	}
	rep, err := extract.Evaluate(ctx, htmlDir, truth)
	if err != nil {
		return fmt.Errorf("eval extract: %w", err)
	}
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	fmt.Fprintf(env.Stdout, "pages  F1     precision  recall  pages/s  failures\n")
	fmt.Fprintf(env.Stdout, "%5d  %.3f  %.3f      %.3f   %7.1f  %d\n", rep.Pages, rep.F1, rep.Precision, rep.Recall, rep.PagesPerSecond, rep.Failures)
	return nil
}
