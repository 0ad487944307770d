package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// mergedJSON is what TestMeetingsMergeAcrossOutlets reads of dyad events --format json.
type mergedJSON struct {
	ID          string `json:"id"`
	Date        string `json:"date"`
	CAMEO       string `json:"cameo"`
	Source      struct{ Code string }
	Target      struct{ Code string }
	NumMentions int     `json:"num_mentions"`
	NumArticles int     `json:"num_articles"`
	NumSources  int     `json:"num_sources"`
	Confidence  float64 `json:"confidence"`
	FirstSeen   string  `json:"first_seen"`
	LastSeen    string  `json:"last_seen"`
	Mentions    []struct {
		ArticleID string `json:"article_id"`
		URL       string `json:"url"`
		Sentence  string `json:"sentence"`
		Evidence  struct {
			Span [2]int `json:"span"`
			Text string `json:"text"`
		} `json:"evidence"`
	} `json:"mentions"`
}

// TestMeetingsMergeAcrossOutlets ingests testdata/meetings.jsonl: AFP, AP,
// Xinhua, a site reprinting the AFP story word for word, and a weekly review
// a week later report one Carney–Li meeting (in both directions, worded
// differently); Reuters, AP and the review report Trump's steel tariffs.
// Each event must appear once with the right counts, the reprint counting
// once as a source, whatever the order of ingestion.
func TestMeetingsMergeAcrossOutlets(t *testing.T) {
	lines := strings.SplitAfter(strings.TrimSpace(readFile(t, "testdata/meetings.jsonl")), "\n")
	dir := t.TempDir()
	first, second := filepath.Join(dir, "first.jsonl"), filepath.Join(dir, "second.jsonl")
	os.WriteFile(first, []byte(strings.Join(lines[4:], "")+"\n"), 0o644) // the later reports first
	os.WriteFile(second, []byte(strings.Join(lines[:4], "")), 0o644)
	want := []string{
		"2026-01-16 CANGOV→CHNGOV 040 mentions 5 articles 5 sources 4 seen 2026-01-16..2026-01-23",
		"2026-01-20 USAGOV→CANBUS 163 mentions 3 articles 3 sources 3 seen 2026-01-20..2026-01-23",
	}
	var ids []string
	for _, order := range [][]string{{"testdata/meetings.jsonl"}, {first, second}} {
		db := filepath.Join(t.TempDir(), "news.db")
		for _, in := range order {
			if code, _, errOut := run(t, "", "ingest", "--db", db, in); code != 0 {
				t.Fatalf("ingest %s: exit %d: %s", in, code, errOut)
			}
		}
		got := mergedEvents(t, db)
		var lines []string
		for _, e := range got {
			lines = append(lines, e.Date+" "+e.Source.Code+"→"+e.Target.Code+" "+e.CAMEO+
				" mentions "+itoa(e.NumMentions)+" articles "+itoa(e.NumArticles)+" sources "+itoa(e.NumSources)+
				" seen "+e.FirstSeen+".."+e.LastSeen)
			ids = append(ids, e.ID)
			distinct := map[string]bool{} // "Li held talks with Carney" lists both directions, one mention
			for _, m := range e.Mentions {
				distinct[m.ArticleID+"|"+m.Sentence+"|"+strconv.Itoa(m.Evidence.Span[0])] = true
			}
			if len(distinct) != e.NumMentions {
				t.Errorf("%s: %d distinct mentions listed, num_mentions %d", e.ID, len(distinct), e.NumMentions)
			}
			for _, m := range e.Mentions {
				if m.ArticleID == "" || m.URL == "" || !strings.Contains(m.Sentence, m.Evidence.Text) || m.Evidence.Span[1] <= m.Evidence.Span[0] {
					t.Errorf("%s: mention %+v lacks its article, sentence or evidence", e.ID, m)
				}
			}
		}
		if diff := cmp.Diff(want, lines); diff != "" {
			t.Errorf("ingest %v: merged events (-want +got):\n%s", order, diff)
		}
		if code, out, _ := run(t, "", "ingest", "--db", db, "testdata/meetings.jsonl"); code != 0 || !strings.Contains(out, "stored 0") {
			t.Errorf("re-ingest: exit %d, %q", code, out)
		}
		if again := mergedEvents(t, db); len(again) != len(got) || again[0].NumMentions != got[0].NumMentions {
			t.Errorf("re-ingest changed the merged events: %d events", len(again))
		}
	}
	if len(ids) == 4 && (ids[0] != ids[2] || ids[1] != ids[3]) {
		t.Errorf("event ids depend on the order of ingestion: %v", ids)
	}
}

func mergedEvents(t *testing.T, db string) []mergedJSON {
	t.Helper()
	code, out, errOut := run(t, "", "events", "--db", db, "--format", "json")
	var got []mergedJSON
	if err := json.Unmarshal([]byte(out), &got); code != 0 || err != nil {
		t.Fatalf("events --format json: exit %d, %v: %s%s", code, err, out, errOut)
	}
	return got
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSeriesTopSearchCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	if code, _, errOut := run(t, "", "ingest", "--db", db, "testdata/meetings.jsonl"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	code, out, errOut := run(t, "", "series", "CHN", "CAN", "--both", "--by", "week", "--db", db, "--format", "json")
	var points []struct {
		Period string `json:"period"`
		Events int    `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &points); code != 0 || err != nil {
		t.Fatalf("series: exit %d, %v: %s%s", code, err, out, errOut)
	}
	if len(points) != 1 || points[0].Period != "2026-01-12" || points[0].Events != 1 {
		t.Errorf("series CHN CAN --both --by week = %+v; want one meeting in the week of 2026-01-12", points)
	}
	code, out, _ = run(t, "", "series", "--db", db, "USA", "CAN", "--by", "day", "--from", "2026-01-19", "--to", "2026-01-21", "--format", "csv")
	// The tariffs are reported by three articles; the day's tone is the mean of their VADER tones.
	want := "period,events,mentions,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,tone\n" +
		"2026-01-19,0,0,0,0,0,0,0.0,0.00,\n2026-01-20,1,3,0,0,0,1,-8.0,-8.00,-12.170\n2026-01-21,0,0,0,0,0,0,0.0,0.00,\n"
	if code != 0 || out != want {
		t.Errorf("series USA CAN --by day --format csv: exit %d\n%s\nwant\n%s", code, out, want)
	}
	if code, _, errOut := run(t, "", "series", "CAN", "--db", db); code != 2 || !strings.Contains(errOut, "two actors") {
		t.Errorf("series with one actor: exit %d, %q", code, errOut)
	}
	if code, _, errOut := run(t, "", "series", "CAN", "CHN", "--by", "year", "--db", db); code != 2 || !strings.Contains(errOut, "day, week or month") {
		t.Errorf("series --by year: exit %d, %q", code, errOut)
	}
	if code, out, _ := run(t, "", "top", "--db", db, "--dyads"); code != 0 || !strings.Contains(out, "CAN → CHN") || !strings.Contains(out, "USA → CAN") {
		t.Errorf("top --dyads: exit %d\n%s", code, out)
	}
	if code, out, _ := run(t, "", "search", "--db", db, "canola", "tariffs"); code != 0 || !strings.Contains(out, "2 articles") {
		t.Errorf("search canola tariffs: exit %d\n%s", code, out)
	}
	if code, out, _ := run(t, "", "recluster", "--db", db); code != 0 || out != "2 merged events\n" {
		t.Errorf("recluster: exit %d, %q", code, out)
	}
}

func TestExportCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "news.db")
	if code, _, errOut := run(t, "", "ingest", "--db", db, "testdata/meetings.jsonl"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	dir := t.TempDir()
	tests := []struct {
		format, table string
		lines         int // -1: binary
		fields        int
	}{
		{"gdelt-events", "", 2, 61},
		{"gdelt-mentions", "", 9, 16}, // "Li Qiang held talks with Mark Carney" is reported both ways
		{"csv", "events", 3, 0},
		{"csv", "mentions", 10, 0},
		{"jsonl", "events", 2, 0},
		{"parquet", "mentions", -1, 0},
	}
	for _, tt := range tests {
		out := filepath.Join(dir, tt.format+"-"+tt.table)
		args := []string{"export", "--db", db, "--format", tt.format, "--out", out}
		if tt.table != "" {
			args = append(args, "--table", tt.table)
		}
		code, _, errOut := run(t, "", args...)
		body := readFile(t, out)
		if code != 0 || !strings.Contains(errOut, "wrote ") {
			t.Errorf("%v: exit %d, %s", args, code, errOut)
			continue
		}
		if tt.lines < 0 {
			if !strings.HasPrefix(body, "PAR1") {
				t.Errorf("%v: not a parquet file", args)
			}
			continue
		}
		lines := strings.Split(strings.TrimSuffix(body, "\n"), "\n")
		if len(lines) != tt.lines {
			t.Errorf("%v: %d lines, want %d", args, len(lines), tt.lines)
		}
		for _, l := range lines {
			if n := len(strings.Split(l, "\t")); tt.fields > 0 && n != tt.fields {
				t.Errorf("%v: %d fields, want %d: %q", args, n, tt.fields, l)
			}
		}
	}
	if code, _, errOut := run(t, "", "export", "--db", db, "--format", "xml"); code != 2 || !strings.Contains(errOut, "gdelt-events") {
		t.Errorf("export --format xml: exit %d, %q", code, errOut)
	}
	if code, _, errOut := run(t, "", "export", "--db", db, "--format", "csv", "--out", filepath.Join(dir, "no", "such", "dir", "x.csv")); code != 1 || !strings.Contains(errOut, "x.csv") {
		t.Errorf("export to a missing directory: exit %d, %q", code, errOut)
	}
}
