package nlp

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// newsTexts are the gold news texts whose sentences the splitter must
// keep: PLOVER/CAMEO and PETRARCH validation records (under ../shared).
var newsTexts = []string{
	"testdata/plover-gsr-cameo/plover-gsr-cameo.jsonl",
	"testdata/petrarch-validation/petr2-gsr-english.jsonl",
	"testdata/petrarch-validation/petrarch2-unittest.jsonl",
	"testdata/petrarch-validation/ud-petrarch-validate-2_02.jsonl",
}

// TestSegmentNewsGolden segments the text of every record of newsTexts
// and compares the sentence spans (byte offsets only, no text) with
// testdata/news_sentences.golden; refresh with -update and read the diff:
// every change must be an improvement.
func TestSegmentNewsGolden(t *testing.T) {
	var b strings.Builder
	for _, path := range newsTexts {
		f, err := os.Open(shared(t, path))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var rec struct{ ID, Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			fmt.Fprintf(&b, "%s %s", filepath.Base(path), rec.ID)
			for _, s := range Segment(rec.Text) {
				fmt.Fprintf(&b, " %d-%d", s.Span.Start, s.Span.End)
			}
			b.WriteByte('\n')
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
	}
	got := b.String()
	if *update {
		if err := os.WriteFile("testdata/news_sentences.golden", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/news_sentences.golden")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(strings.Split(string(want), "\n"), strings.Split(got, "\n")); diff != "" {
		t.Errorf("sentences of the news texts changed (-want +got):\n%s", diff)
	}
}
