package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// proxy forwards TCP connections to a server until cut, which closes the
// listener and every open connection: a database that goes away.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
}

func startProxy(t *testing.T, addr, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	p := &proxy{ln: ln, target: target}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, s)
			p.mu.Unlock()
			go func() { io.Copy(s, c); s.Close() }()
			go func() { io.Copy(c, s); c.Close() }()
		}
	}()
	return p
}

func (p *proxy) cut() {
	p.ln.Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
}

// TestIngestSurvivesPostgresGoingAway ingests into PostgreSQL through a
// proxy that is cut mid-ingest: ingest must stop with a clear error, leave
// no half-written article, and a second run must store the rest without
// duplicates.
func TestIngestSurvivesPostgresGoingAway(t *testing.T) {
	base := os.Getenv("DYAD_TEST_POSTGRES")
	if base == "" {
		t.Skip("DYAD_TEST_POSTGRES is not set; set it to a PostgreSQL URL to run the PostgreSQL ingest tests")
	}
	ctx := context.Background()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "dyadtest_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	defer admin.ExecContext(ctx, `DROP SCHEMA `+schema+` CASCADE`)
	u, _ := url.Parse(base)
	p := startProxy(t, "127.0.0.1:0", u.Host)
	viaProxy := *u
	viaProxy.Host = p.ln.Addr().String()
	q := viaProxy.Query()
	q.Set("search_path", schema)
	viaProxy.RawQuery = q.Encode()

	const n = 400 // dated over 40 months, so that blocks stay small
	var lines strings.Builder
	for i := range n {
		fmt.Fprintf(&lines, `{"url":"https://wire.example/%d","text":"Canadian Prime Minister Mark Carney met Chinese Premier Li Qiang in Beijing on Friday (report %d).","published":"%d-%02d-%02d"}`+"\n",
			i, i, 2023+i%40/12, 1+i%12, 1+i%28)
	}
	in := filepath.Join(t.TempDir(), "many.jsonl")
	os.WriteFile(in, []byte(lines.String()), 0o644)

	done := make(chan [3]string)
	go func() {
		code, out, errOut := run(t, "", "ingest", "--db", viaProxy.String(), "--workers", "1", in)
		done <- [3]string{fmt.Sprint(code), out, errOut}
	}()
	count := func() int {
		var c int
		admin.QueryRowContext(ctx, `SELECT count(*) FROM `+schema+`.articles`).Scan(&c)
		return c
	}
	deadline := time.Now().Add(60 * time.Second)
	for count() < 20 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	p.cut()
	res := <-done
	stored := count()
	if res[0] != "1" || !strings.Contains(res[2], "run the same command again") || stored == 0 || stored == n {
		t.Fatalf("ingest with the database cut after %d articles: exit %s, stderr %q; want exit 1 saying how to resume", stored, res[0], res[2])
	}
	var orphans int
	admin.QueryRowContext(ctx, `SELECT count(*) FROM `+schema+`.articles a WHERE NOT EXISTS (SELECT 1 FROM `+schema+`.events e WHERE e.article_id = a.id AND e.cluster_id IS NOT NULL)`).Scan(&orphans)
	if orphans != 0 {
		t.Errorf("%d articles stored without their clustered events (a half-written article)", orphans)
	}
	p2 := startProxy(t, viaProxy.Host, u.Host)
	defer p2.cut()
	code, out, errOut := run(t, "", "ingest", "--db", viaProxy.String(), in)
	if code != 0 || !strings.Contains(out, fmt.Sprintf("stored %d, already stored %d", n-stored, stored)) {
		t.Errorf("second ingest: exit %d, %q %q; want the remaining %d stored", code, out, errOut, n-stored)
	}
	if c := count(); c != n {
		t.Errorf("%d articles after resuming, want %d", c, n)
	}
}
