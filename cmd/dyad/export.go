package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"dyad"
	"dyad/export"
)

const exportExample = `dyad export --db news.db --format gdelt-events --from 2026-01-01 --to 2026-01-31 --out events.tsv
dyad export --db news.db --format gdelt-mentions --out mentions.tsv
dyad export --db news.db --format parquet --table mentions --out mentions.parquet`

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "export", "export [--db DB] --format csv|jsonl|parquet|gdelt-events|gdelt-mentions [--table events|mentions|quotes] [--from DATE] [--to DATE] [--source CODE] [--target CODE] [--both] [--type PLOVER] --out FILE", exportExample)
	db := fs.String("db", "", "database `path` or postgres:// URL (default $DYAD_DB, else dyad.db in the user's data directory)")
	format := fs.String("format", "csv", "output `format`: csv, jsonl, parquet, gdelt-events (61 columns) or gdelt-mentions (16 columns)")
	table := fs.String("table", "events", "what to export with csv, jsonl and parquet: `events`, mentions or quotes")
	out := fs.String("out", "-", "output `file` (- for standard output); written whole or not at all")
	src := fs.String("source", "", "source actor: a country (`CAN`) or a full code")
	tgt := fs.String("target", "", "target actor: a country (`CHN`) or a full code")
	both := fs.Bool("both", false, "match --source and --target in either direction")
	typ := fs.String("type", "", "PLOVER event `type`")
	allMoods := fs.Bool("all-moods", false, "include negated, planned and hypothetical events")
	ff := filterFlags{}
	fs.StringVar(&ff.from, "from", "", "keep items on or after this `YYYY-MM-DD`")
	fs.StringVar(&ff.to, "to", "", "keep items on or before this `YYYY-MM-DD`")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	from, to, err := ff.dates()
	if err != nil {
		return err
	}
	o := export.Options{Format: export.Format(*format), Table: export.Table(*table),
		Events: dyad.EventFilter{Source: optional(*src), Target: optional(*tgt), Either: *both, PLOVER: optional(*typ), From: from, To: to, AllMoods: *allMoods},
		Quotes: dyad.QuoteFilter{From: from, To: to}}
	if err := o.Validate(); err != nil {
		return usagef("%s", dyad.ErrorMessage(err))
	}
	if *out == "-" && o.Format == export.Parquet {
		return usagef("parquet needs a file: add --out FILE.parquet")
	}
	store, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	n, err := writeOut(env, *out, func(w io.Writer) (int, error) { return export.Write(ctx, w, store, o) })
	if err != nil {
		return fmt.Errorf("export %s: %w", *format, err)
	}
	if *out != "-" {
		fmt.Fprintf(env.Stderr, "wrote %d rows to %s\n", n, *out)
	}
	return nil
}

// writeOut runs write on standard output, or on a temporary file beside
// path that replaces path only when write succeeds.
func writeOut(env *Env, path string, write func(io.Writer) (int, error)) (int, error) {
	if path == "-" {
		return write(env.Stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return 0, fmt.Errorf("create output beside %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // a no-op after the rename
	n, err := write(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return n, fmt.Errorf("write %s (nothing written; is the disk full?): %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return n, fmt.Errorf("move output into place at %s: %w", path, err)
	}
	return n, nil
}
