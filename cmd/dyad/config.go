package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"dyad"
	"dyad/actor"
	"dyad/coder"
	"dyad/pipeline"
	"dyad/sentence"
	"dyad/temporal"
)

// newAnalyzer wires the analysis stages in their order: sentences, dates,
// actors, events.
func newAnalyzer() (dyad.Analyzer, error) {
	actors, err := actor.New()
	if err != nil {
		return nil, fmt.Errorf("load actor dictionary: %w", err)
	}
	events, err := coder.New()
	if err != nil {
		return nil, fmt.Errorf("load verb patterns: %w", err)
	}
	return pipeline.New(sentence.Splitter{}, temporal.Resolver{}, actors, events), nil
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
