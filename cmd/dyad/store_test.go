package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// corpus writes a directory with good and bad inputs and returns it.
func corpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	example, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"a/example.txt": string(example),
		"a/empty.txt":   "",
		"b/feed.jsonl": `{"url":"https://example.org/1","title":"Talks","text":"Chinese President Xi Jinping met Canadian Prime Minister Mark Carney on Friday.","published":"2026-01-16"}
{"url":"https://example.org/2","text":"Carney criticised Trump.","published":"not a date"}
{"url":"https://example.org/1","text":"Same URL, new text.","published":"2026-01-16"}
`,
		"b/binary.txt": "\x00\x01\x02\x03",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestIngestAndQuery(t *testing.T) {
	dir := corpus(t)
	db := filepath.Join(t.TempDir(), "news.db")
	code, out, errOut := run(t, "", "ingest", "--db", db, "--workers", "4", dir) // of two records with the same URL the first in the input is stored, whatever the workers
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	for _, want := range []string{"read 6, stored 2, already stored 1, failed 3, events 17", "text is empty", "text looks binary", `published "not a date"`} {
		if !strings.Contains(out, want) {
			t.Errorf("ingest summary %q lacks %q", out, want)
		}
	}
	code, out, _ = run(t, "", "ingest", "--db", db, dir) // again: nothing new, failures recorded once
	if code != 0 || !strings.Contains(out, "read 6, stored 0, already stored 3, failed 3, events 0") {
		t.Errorf("second ingest: exit %d, summary %q", code, out)
	}
	code, out, _ = run(t, "", "events", "--db", db, "--source", "CHN", "--target", "CAN", "--type", "CONSULT", "--format", "json")
	var events []struct {
		Date, CAMEO string
		NumMentions int `json:"num_mentions"`
		Mentions    []struct {
			URL      string `json:"url"`
			Sentence string `json:"sentence"`
			Evidence struct {
				Text string `json:"text"`
			} `json:"evidence"`
		} `json:"mentions"`
	}
	if err := json.Unmarshal([]byte(out), &events); err != nil || code != 0 {
		t.Fatalf("events --format json: exit %d, %v: %s", code, err, out)
	}
	if len(events) != 1 || events[0].Date != "2026-01-16" || events[0].NumMentions != 1 || len(events[0].Mentions) != 1 ||
		events[0].Mentions[0].URL != "https://example.org/1" || events[0].Mentions[0].Evidence.Text != "met" ||
		!strings.HasPrefix(events[0].Mentions[0].Sentence, "Chinese President Xi Jinping met") {
		t.Errorf("events CHN→CAN = %+v; want the one meeting of 2026-01-16 with its mention", events)
	}
	code, out, _ = run(t, "", "events", "--db", db, "--source", "CHN", "--target", "CAN", "--format", "json", "--mentions=false")
	if code != 0 || strings.Contains(out, `"mentions"`) || !strings.Contains(out, `"num_sources": 1`) {
		t.Errorf("events --mentions=false: exit %d, output %s; want counts without mentions", code, out)
	}
	// the two meetings, "the two leaders held talks" (both ways, one event) and the planned talks
	code, out, _ = run(t, "", "events", "--db", db, "--type", "CONSULT", "--all-moods", "--format", "csv")
	if rows := strings.Count(out, "\n"); code != 0 || rows != 1+4 {
		t.Errorf("events --type CONSULT --all-moods --format csv: exit %d, %d lines; want header + 4:\n%s", code, rows, out)
	}
	code, out, _ = run(t, "", "mentions", "--db", db, "--type", "CONSULT", "--all-moods", "--format", "csv")
	if rows := strings.Count(out, "\n"); code != 0 || rows != 1+6 {
		t.Errorf("mentions --type CONSULT --all-moods --format csv: exit %d, %d lines; want header + 6:\n%s", code, rows, out)
	}
	code, out, _ = run(t, "", "events", "--db", db, "--limit", "2")
	if code != 0 || !strings.Contains(out, "events 1–2 of 7") {
		t.Errorf("events --limit 2: exit %d, output %q; want a paging note", code, out)
	}
	if code, out, _ := run(t, "", "quotes", "--db", db, "--speaker", "Nobody"); code != 0 || !strings.Contains(out, "0 quotes") {
		t.Errorf("quotes: exit %d, output %q", code, out)
	}
}

func TestIngestNeedsInput(t *testing.T) {
	if code, _, errOut := run(t, "", "ingest", "--db", filepath.Join(t.TempDir(), "x.db")); code != 2 || !strings.Contains(errOut, "at least one") {
		t.Errorf("ingest without inputs: exit %d, stderr %q", code, errOut)
	}
	bad := filepath.Join(t.TempDir(), "bad.db")
	os.WriteFile(bad, []byte(strings.Repeat("garbage!", 512)), 0o644)
	if code, _, errOut := run(t, "", "events", "--db", bad); code != 1 || !strings.Contains(errOut, bad) {
		t.Errorf("events on a corrupt database: exit %d, stderr %q; want exit 1 naming the file", code, errOut)
	}
}

// TestServe runs dyad serve on a real loopback listener and queries it.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	if code, _, errOut := run(t, "", "ingest", "--db", db, example); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int)
	go func() {
		env := &Env{Stdin: strings.NewReader(""), Stdout: pw, Stderr: io.Discard, Getenv: func(string) string { return "" }}
		done <- Main(ctx, env, []string{"serve", "--db", db, "--addr", "127.0.0.1:0"})
		pw.Close()
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	if err != nil {
		t.Fatalf("read serve banner: %v", err)
	}
	go io.Copy(io.Discard, pr)
	var addr string
	if _, err := fmt.Sscanf(line, "dyad API listening on http://%s", &addr); err != nil {
		t.Fatalf("serve banner %q: %v", line, err)
	}
	base := "http://" + strings.TrimSuffix(addr, "/api/v1/events")
	resp, err := http.Get(base + "/api/v1/events?source=CAN&target=CHN")
	if err != nil {
		t.Fatalf("GET events: %v", err)
	}
	var body struct {
		Total int `json:"total"`
	}
	json.NewDecoder(resp.Body).Decode(&body)
	resp.Body.Close()
	// CAN→CHN: the meeting, the talks the two leaders held and the welcome; the agreement to
	// keep talking merges with China's conditional offer to buy (CHN→CAN, 031) into one AGREE
	// event that China leads
	if resp.StatusCode != 200 || body.Total != 3 {
		t.Errorf("GET /api/v1/events?source=CAN&target=CHN: status %d, total %d; want 200, 3 merged events", resp.StatusCode, body.Total)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exit %d after cancel, want 0", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after cancel")
	}
}
