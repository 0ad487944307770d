package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQuotesGrouped ingests two outlets that print the same quotation, one
// with other punctuation and cut short, and lists it once with both
// sources; --copies lists each printing.
func TestQuotesGrouped(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.jsonl": `{"url":"https://a.example/1","text":"Carney met Xi on Friday.\n“Together, we can build the best of what this relationship has been in the past,” Carney told Xi.","published":"2026-01-16"}` + "\n",
		"b.jsonl": `{"url":"https://b.example/2","text":"Carney spoke in Beijing.\nCarney told Xi: \"Together we can build the best of what this relationship has been...\"","published":"2026-01-17"}` + "\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "news.db")
	for _, f := range []string{"a.jsonl", "b.jsonl"} { // one after the other: the order of sources is fixed
		if code, _, errOut := run(t, "", "ingest", "--db", db, filepath.Join(dir, f)); code != 0 {
			t.Fatalf("ingest %s: exit %d: %s", f, code, errOut)
		}
	}
	code, out, errOut := run(t, "", "quotes", "--db", db, "--speaker", "Mark Carney")
	if code != 0 || !strings.Contains(out, "https://a.example/1 https://b.example/2") || !strings.Contains(out, "1 quotes") {
		t.Errorf("quotes --speaker: exit %d, output %q %s; want one quotation with both sources", code, out, errOut)
	}
	code, out, _ = run(t, "", "quotes", "--db", db, "--speaker", "Carney", "--copies")
	if code != 0 || !strings.Contains(out, "2 quotes") {
		t.Errorf("quotes --copies: exit %d, output %q; want both printings", code, out)
	}
}
