package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"dyad"
	"dyad/actor"
	"dyad/coder"
	"dyad/nlp"
	"dyad/pipeline"
	"dyad/quote"
	"dyad/temporal"
	"dyad/tone"
)

// newAnalyzer wires the analysis stages in their order: sentences with
// tokens, tags and syntax, dates, actors, quotes (which need the actor
// mentions), tone, events. dicts are user
// dictionary files laid over the built-in actor tables, patterns user verb
// pattern files added to the built-in ones.
func newAnalyzer(dicts, patterns []string) (dyad.Analyzer, error) {
	events, err := newCoder(patterns)
	if err != nil {
		return nil, err
	}
	return newAnalyzerWith(dicts, events)
}

// newCoder returns the event coder with the user pattern files in paths.
func newCoder(paths []string) (*coder.Coder, error) {
	files, err := readPatternFiles(paths)
	if err != nil {
		return nil, err
	}
	c, err := coder.NewWith(coder.Options{Patterns: files})
	if err != nil {
		return nil, fmt.Errorf("%w (see coder/verbs/README.md for the format)", err)
	}
	return c, nil
}

// newAnalyzerWith wires the stages with the given event coder.
func newAnalyzerWith(dicts []string, events *coder.Coder) (*pipeline.Pipeline, error) {
	model, err := nlp.Default()
	if err != nil {
		return nil, fmt.Errorf("load nlp model: %w", err)
	}
	actors, err := newActors(dicts)
	if err != nil {
		return nil, err
	}
	return pipeline.New(nlp.Stage{Model: model}, temporal.Resolver{}, actors, quote.Finder{}, tone.Scorer{}, events), nil
}

// dbPath returns the database path: the --db flag, else $DYAD_DB, else
// dyad.db in the user's data directory.
func dbPath(env *Env, flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if p := env.Getenv("DYAD_DB"); p != "" {
		return p, nil
	}
	dir, err := dataDir(env)
	if err != nil {
		return "", fmt.Errorf("find the data directory (set --db or DYAD_DB): %w", err)
	}
	return filepath.Join(dir, "dyad", "dyad.db"), nil
}

// dataDir returns $XDG_DATA_HOME, or the platform's per-user data folder.
func dataDir(env *Env) (string, error) {
	if d := env.Getenv("XDG_DATA_HOME"); d != "" {
		return d, nil
	}
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		return os.UserConfigDir()
	}
	home := env.Getenv("HOME")
	if home == "" {
		return "", fmt.Errorf("$HOME is not set")
	}
	return filepath.Join(home, ".local", "share"), nil
}

// newActors returns the actor resolver with the user dictionaries in dicts.
// A malformed dictionary is refused with its file, line and reason.
func newActors(dicts []string) (*actor.Resolver, error) {
	var ds []*actor.Dict
	for _, path := range dicts {
		d, err := actor.ReadDict(path)
		if err != nil {
			return nil, fmt.Errorf("%w (check it with \"dyad dict check %s\")", err, path)
		}
		ds = append(ds, d)
	}
	r, err := actor.New(actor.Options{Dicts: ds})
	if err != nil {
		return nil, fmt.Errorf("load actor tables: %w", err)
	}
	return r, nil
}

// dictFlags collects the values of a repeated --dict flag.
type dictFlags []string

func (d *dictFlags) String() string { return strings.Join(*d, ",") }

func (d *dictFlags) Set(v string) error {
	*d = append(*d, v)
	return nil
}

// addDictFlag defines --dict on fs.
func addDictFlag(fs *flag.FlagSet) *dictFlags {
	var d dictFlags
	fs.Var(&d, "dict", "user actor dictionary `FILE` (YAML or TSV) over the built-in tables; repeatable")
	return &d
}
