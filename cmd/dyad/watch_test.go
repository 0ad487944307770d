package main

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// newsSite serves a feed whose entries can grow, with an ETag, the pages it
// links to, and one entry whose page fails.
type newsSite struct {
	mu      sync.Mutex
	entries []string
	srv     *httptest.Server
}

func (s *newsSite) feed(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	etag := fmt.Sprintf(`"v%d"`, len(s.entries))
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>`)
	for _, e := range s.entries {
		fmt.Fprintf(w, `<item><title>%s</title><link>%s/a/%s</link><guid>%s</guid><pubDate>Fri, 16 Jan 2026 09:00:00 GMT</pubDate></item>`, e, s.srv.URL, e, e)
	}
	fmt.Fprint(w, `</channel></rss>`)
}

func (s *newsSite) page(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/a/")
	if name == "broken" {
		http.Error(w, "oops", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, `<html><head><title>%s</title></head><body><article><p>Story %s: the foreign minister of Canada met the Chinese ambassador in Ottawa on Thursday to discuss tariffs on canola, according to officials.</p><p>Both sides said the talks on story %s would continue next week in Beijing, and that a trade agreement could follow.</p></article></body></html>`, name, name, name)
}

func TestWatch(t *testing.T) {
	testWatch(t, filepath.Join(t.TempDir(), "news.db"))
}

// TestWatchPostgres runs the watch test against PostgreSQL, in a schema
// of its own.
func TestWatchPostgres(t *testing.T) {
	testWatch(t, postgresSchema(t))
}

// TestNearDuplicatesPostgres ingests a story and a copy of it with small
// edits into PostgreSQL: the copy is linked, and the link survives a
// restart (the index is rebuilt from the stored signatures).
func TestNearDuplicatesPostgres(t *testing.T) {
	db := postgresSchema(t)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(wireStory), 0o644)
	os.WriteFile(b, []byte(strings.Replace(wireStory, "BEIJING — ", "", 1)+"\nCopyright 2026 Example Times.\n"), 0o644)
	if code, out, errOut := run(t, "", "ingest", "--db", db, a); code != 0 || !strings.Contains(out, "near-duplicates 0") {
		t.Fatalf("first ingest: exit %d\n%s%s\nwant no near-duplicate", code, out, errOut)
	}
	if code, out, errOut := run(t, "", "ingest", "--db", db, b); code != 0 || !strings.Contains(out, "near-duplicates 1") {
		t.Errorf("second ingest (a new process): exit %d\n%s%s\nwant the copy linked to the first story", code, out, errOut)
	}
}

// postgresSchema returns $DYAD_TEST_POSTGRES with a search path to a new
// schema, dropped at the end of the test, or skips the test.
func postgresSchema(t *testing.T) string {
	t.Helper()
	base := os.Getenv("DYAD_TEST_POSTGRES")
	if base == "" {
		t.Skip("DYAD_TEST_POSTGRES is not set; set it to a PostgreSQL URL to run the PostgreSQL tests")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	b := make([]byte, 6)
	rand.Read(b)
	schema := "dyadtest_" + hex.EncodeToString(b)
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("create schema (is DYAD_TEST_POSTGRES reachable?): %v", err)
	}
	t.Cleanup(func() { admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`) })
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// testWatch polls a feed three times into the store db: new entries are
// ingested once, a failing page is reported, an unchanged feed is not
// read again.
func testWatch(t *testing.T, db string) {
	site := &newsSite{entries: []string{"one", "broken"}}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", site.feed)
	mux.HandleFunc("/a/", site.page)
	mux.HandleFunc("/robots.txt", http.NotFound)
	site.srv = httptest.NewServer(mux)
	defer site.srv.Close()
	list := filepath.Join(t.TempDir(), "feeds.txt")
	os.WriteFile(list, []byte("# test feeds\n"+site.srv.URL+"/feed.xml\n"), 0o644)
	watch := func() string {
		t.Helper()
		code, out, errOut := run(t, "", "watch", "--db", db, "--once", "--delay", "1ms", list)
		if code != 0 {
			t.Fatalf("dyad watch: exit %d\n%s%s", code, out, errOut)
		}
		return out
	}
	out := watch()
	if !strings.Contains(out, "2 entries, 2 new") || !strings.Contains(out, "stored 1") || !strings.Contains(out, "failed 1") ||
		!strings.Contains(out, "http 500") {
		t.Errorf("first poll:\n%s\nwant 2 new entries, 1 stored, 1 failed with http 500", out)
	}
	if out := watch(); !strings.Contains(out, "not modified") {
		t.Errorf("second poll (a restart):\n%s\nwant not modified", out)
	}
	site.mu.Lock()
	site.entries = append(site.entries, "two")
	site.mu.Unlock()
	if out := watch(); !strings.Contains(out, "3 entries, 1 new") || !strings.Contains(out, "stored 1") {
		t.Errorf("third poll:\n%s\nwant only the new entry ingested", out)
	}
}

func TestWatchErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("not a url\n"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte("# nothing\n"), 0o644)
	down := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, "<rss><channel><item><title>broken")
	}))
	defer down.Close()
	broken := filepath.Join(dir, "broken.txt")
	os.WriteFile(broken, []byte(down.URL+"/feed\n"), 0o644)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"watch", "--once", bad}, 1, "not an http(s) URL"},
		{[]string{"watch", "--once", empty}, 1, "no feed URL"},
		{[]string{"watch", "--every", "1s", bad}, 2, "less than a minute"},
		{[]string{"watch"}, 2, "one FEEDS.txt"},
	}
	for _, tt := range tests {
		args := append([]string{tt.args[0], "--db", filepath.Join(dir, "x.db")}, tt.args[1:]...)
		code, _, errOut := run(t, "", args...)
		if code != tt.code || !strings.Contains(errOut, tt.msg) {
			t.Errorf("dyad %v = exit %d, %q; want exit %d mentioning %q", tt.args, code, errOut, tt.code, tt.msg)
		}
	}
	code, out, errOut := run(t, "", "watch", "--db", filepath.Join(dir, "x.db"), "--once", "--delay", "1ms", broken)
	if code != 0 || !strings.Contains(out, "feed") {
		t.Errorf("watch of a broken feed = exit %d, %q %q; want the run to carry on and say why", code, out, errOut)
	}
}
