package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"dyad/api"
)

const serveExample = `dyad serve --db news.db --addr 127.0.0.1:8080
curl 'http://127.0.0.1:8080/api/v1/events?source=CAN&target=CHN&limit=10'`

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "serve", "serve [--db PATH] [--addr HOST:PORT]", serveExample)
	db := fs.String("db", "", "database `path` or postgres:// URL (default $DYAD_DB, else dyad.db in the user's data directory)")
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on (port 0 picks a free one)")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	store, err := openStore(ctx, env, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s (is another server using it? choose another with --addr): %w", *addr, err)
	}
	logger := slog.New(slog.NewTextHandler(env.Stderr, nil))
	srv := &http.Server{Handler: (&api.Server{Store: store, Logger: logger}).Handler(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(env.Stdout, "dyad API listening on http://%s/api/v1/events (Ctrl-C to stop)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shut down: %w", err)
	}
	return nil
}
