package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/sqlite"
)

const wireStory = `BEIJING — Chinese President Xi Jinping and Canadian Prime Minister Mark Carney held talks in Beijing on Friday, signalling a renewed effort to reset relations amid shifting global alliances and trade tensions with the United States.
The meeting at the Great Hall of the People marked the first visit by a Canadian prime minister to China since 2017 and the first time the two leaders have met in the Chinese capital in eight years.
Carney described the discussions as the beginning of a new strategic partnership between Canada and China. The visit follows months of diplomatic engagement aimed at repairing relations after years of friction.
He identified agriculture, energy and finance as priority areas for cooperation. Canada and China have been engaged in talks to ease mutual tariffs, though no agreement has yet been announced.`

func gzipWARC(uri, html string) []byte {
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n%s", len(html), html)
	rec := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nWARC-Date: 2026-01-17T10:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(resp), resp)
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(rec))
	w.Close()
	return b.Bytes()
}

// TestIngestFormatsAndNearDuplicates ingests scraped text, a copy of it
// with small edits, a WARC archive and a truncated one, and checks the
// summary and the near-duplicate link.
func TestIngestFormatsAndNearDuplicates(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	files := map[string]string{
		"a.txt": "ARTICLE AD BOX\n" + wireStory + "\n23 hours ago\n",
		"b.txt": strings.Replace(wireStory, "BEIJING — ", "", 1) + "\nCopyright 2026 Example Times.\n",
	}
	html := "<html><head><title>T</title></head><body><article>" + strings.ReplaceAll("<p>"+strings.ReplaceAll(wireStory, "\n", "</p><p>")+"</p>", "Friday", "Friday morning") + "</article></body></html>"
	page := gzipWARC("https://w.example/2026/01/16/talks", html)
	files["c.warc.gz"] = string(page)
	files["d.warc.gz"] = string(page[:len(page)-40])
	for name, body := range files {
		p := filepath.Join(in, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "news.db")
	code, out, errOut := run(t, "", "ingest", "--db", db, in)
	if code != 0 {
		t.Fatalf("dyad ingest: exit %d\n%s\n%s", code, out, errOut)
	}
	if !strings.Contains(out, "read 4, stored 3, already stored 0, failed 1") || !strings.Contains(out, "near-duplicates 2") {
		t.Errorf("summary = %q, want 4 read, 3 stored, 1 failed (truncated archive), 2 near-duplicates", out)
	}
	if !strings.Contains(out, "truncated") {
		t.Errorf("summary does not give the truncation reason:\n%s", out)
	}
	st, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	n := 0
	st.Signatures(context.Background(), func(id string, _ []byte) error {
		links, err := st.NearDuplicates(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		n += len(links)
		return nil
	})
	if n == 0 {
		t.Errorf("no near-duplicate links stored")
	}
	// A second run stores nothing new and links nothing twice.
	code, out, _ = run(t, "", "ingest", "--db", db, in)
	if code != 0 || !strings.Contains(out, "stored 0, already stored 3") {
		t.Errorf("second ingest: exit %d, %q", code, out)
	}
}
