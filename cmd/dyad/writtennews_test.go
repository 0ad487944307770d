package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

// writtenNewsFloors are the lowest CAMEO-root precision and F1 that dyad
// eval events may give on each file of news-like sentences written for
// dyad (testdata/written-news-*.jsonl): the figures measured when the
// floor was set, less a margin. coder/README.md says when each file's
// sentences and expected events were written and what dyad scored on them
// before any rule was changed for them.
var writtenNewsFloors = map[string]struct{ precision, f1 float64 }{
	"written-news-a.jsonl": {0.90, 0.76},
	"written-news-b.jsonl": {0.90, 0.68},
	"written-news-d.jsonl": {0.94, 0.66},
	"written-news-c.jsonl": {0.84, 0.58},
}

// TestWrittenNews scores dyad on the news-like sentences written for it:
// each record holds a sentence or two in the style of a news lede, its
// date, and the events a careful CAMEO coder gives it (none for the
// distractors: sport, business, history, plans and denials), written
// before dyad was run on it. It fails when a file scores below its floor,
// and when a file has no floor.
func TestWrittenNews(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "written-news-*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		floor, ok := writtenNewsFloors[filepath.Base(f)]
		if !ok {
			t.Errorf("%s has no floor in writtenNewsFloors", f)
			continue
		}
		code, out, errOut := run(t, "", "eval", "events", "--gold", f, "--format", "json")
		if code != 0 {
			t.Fatalf("eval events %s: exit %d: %s", f, code, errOut)
		}
		var r struct {
			Root struct {
				Gold, System, Match   int
				Precision, Recall, F1 float64
			} `json:"root"`
		}
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("eval events %s: %v", f, err)
		}
		t.Logf("%s: CAMEO root gold %d, dyad %d, match %d, precision %.3f, recall %.3f, F1 %.3f",
			filepath.Base(f), r.Root.Gold, r.Root.System, r.Root.Match, r.Root.Precision, r.Root.Recall, r.Root.F1)
		if r.Root.Precision < floor.precision || r.Root.F1 < floor.f1 {
			t.Errorf("%s: precision %.3f (floor %.2f), F1 %.3f (floor %.2f): run dyad eval events --gold %s --errors to see what changed",
				f, r.Root.Precision, floor.precision, r.Root.F1, floor.f1, f)
		}
	}
}
