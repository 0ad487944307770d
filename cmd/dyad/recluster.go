package main

import (
	"context"
	"fmt"
)

const reclusterExample = `dyad recluster --db news.db`

func runRecluster(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "recluster", "recluster [--db DB]", reclusterExample)
	db := fs.String("db", "", "database `path` or postgres:// URL (default $DYAD_DB, else dyad.db in the user's data directory)")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	store, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	n, err := store.Recluster(ctx)
	if err != nil {
		return fmt.Errorf("recluster (safe to run again; each block is one transaction): %w", err)
	}
	_, err = fmt.Fprintf(env.Stdout, "%d merged events\n", n)
	return err
}
