package main

import (
	"bufio"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// judged reads a verdict file of testdata: verdicts keyed by page,
// evidence span, source, target and code.
func judged(t *testing.T, name string) map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 || f[6] != "correct" && f[6] != "wrong" {
			t.Fatalf("%s: bad line %q", name, line)
		}
		out[strings.Join(f[:6], "\t")] = f[6]
	}
	return out
}

// judgedPrecision ingests inputs into a new store, exports the asserted
// event reports and counts them by the verdicts of testdata/name
// ("correct", "wrong", "unjudged"), logging the wrong and unjudged ones.
func judgedPrecision(t *testing.T, name string, inputs ...string) (map[string]int, float64) {
	t.Helper()
	verdicts := judged(t, name)
	dir := t.TempDir()
	db, out := filepath.Join(dir, "bench.db"), filepath.Join(dir, "mentions.csv")
	if code, _, errOut := run(t, "", append([]string{"ingest", "--db", db}, inputs...)...); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	if code, _, errOut := run(t, "", "export", "--db", db, "--format", "csv", "--table", "mentions", "--out", out); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errOut)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) == 0 {
		t.Fatalf("read mentions: %v", err)
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	count := map[string]int{}
	for _, r := range rows[1:] {
		page := r[col["url"]]
		if page == "" {
			page = "article:" + r[col["article_id"]]
		}
		key := strings.Join([]string{page, r[col["evidence_start"]], r[col["evidence_end"]], r[col["source_code"]],
			r[col["target_code"]], r[col["cameo"]]}, "\t")
		v, ok := verdicts[key]
		if !ok {
			v = "unjudged"
			t.Logf("unjudged: %s %q", key, r[col["evidence"]])
		}
		if v == "wrong" {
			t.Logf("wrong: %s %q", key, r[col["evidence"]])
		}
		count[v]++
	}
	precision := float64(count["correct"]) / float64(max(1, count["correct"]+count["wrong"]))
	t.Logf("asserted events %d: judged correct %d, judged wrong %d, unjudged %d; precision over judged %.3f",
		len(rows)-1, count["correct"], count["wrong"], count["unjudged"], precision)
	return count, precision
}

// TestRealNewsPrecision ingests the 181 real pages of the extraction
// benchmark and scores dyad's asserted events against the hand verdicts of
// testdata/realnews-judged.tsv. It prints the precision over the judged
// events and lists the events nobody judged yet (a change in the coder or
// the extractor makes new ones: judge them and add them to the file).
func TestRealNewsPrecision(t *testing.T) {
	pages := sharedPath(t, filepath.Join("bench", "extraction", "html"))
	if testing.Short() {
		t.Skip("ingests 181 pages; skipped with -short")
	}
	count, precision := judgedPrecision(t, "realnews-judged.tsv", pages)
	if precision < 0.55 || count["correct"] < 20 || count["unjudged"] > 15 {
		t.Errorf("precision %.3f (want >= 0.55), %d judged-correct events found (want >= 20), %d unjudged (want <= 15): "+
			"judge the new events and add them to testdata/realnews-judged.tsv, or find what lost the correct ones",
			precision, count["correct"], count["unjudged"])
	}
}
