package source_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
	"dyad/source"
)

type got struct {
	Input, Text, URL, Title, Published, Err string
}

func readAll(t *testing.T, inputs []string, stdin string) []got {
	t.Helper()
	r := source.NewReader(inputs, strings.NewReader(stdin))
	defer r.Close()
	var out []got
	for r.Scan() {
		it := r.Item()
		g := got{Input: it.Input, Text: it.Article.Text, URL: it.Article.URL, Title: it.Article.Title,
			Published: dyad.FormatDate(it.Article.Published)}
		if it.Err != nil {
			g.Err, g.Text = it.Err.Error(), ""
		}
		out = append(out, g)
	}
	return out
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReader(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "Xi met Carney.")
	write(t, dir, "sub/b.jsonl", `{"url":"https://x.org/1","title":"T","text":"One.","published":"2026-01-16"}

{"text":"Two.","published":"2026-01-16T23:30:00-05:00"}
not json
{"text":"","url":"u"}
{"text":"Three.","published":"Friday"}
{"html":"<p>x</p>"}
`)
	write(t, dir, ".hidden/c.txt", "skipped")
	write(t, dir, "empty.txt", "  \n")
	write(t, dir, "bin.dat", "\x00\x01\x02binary")
	write(t, dir, "latin1.txt", "caf\xe9")
	want := []got{
		{Input: filepath.Join(dir, "a.txt"), Text: "Xi met Carney."},
		{Input: filepath.Join(dir, "bin.dat"), Err: "text looks binary (NUL or control bytes)"},
		{Input: filepath.Join(dir, "empty.txt"), Err: "text is empty"},
		{Input: filepath.Join(dir, "latin1.txt"), Err: "text is not valid UTF-8 at byte 3"},
		{Input: filepath.Join(dir, "sub/b.jsonl") + ":1", Text: "One.", URL: "https://x.org/1", Title: "T", Published: "2026-01-16"},
		{Input: filepath.Join(dir, "sub/b.jsonl") + ":3", Text: "Two.", Published: "2026-01-17"},
		{Input: filepath.Join(dir, "sub/b.jsonl") + ":4", Err: "not a JSON record: invalid character 'o' in literal null (expecting 'u')"},
		{Input: filepath.Join(dir, "sub/b.jsonl") + ":5", URL: "u", Err: "text is empty"},
		{Input: filepath.Join(dir, "sub/b.jsonl") + ":6", Err: `published "Friday": want YYYY-MM-DD or an RFC 3339 time`},
		{Input: filepath.Join(dir, "sub/b.jsonl") + ":7", Err: "extract: page main text: text is empty"},
		{Input: filepath.Join(dir, "missing.txt"), Err: "open: stat " + filepath.Join(dir, "missing.txt") + ": no such file or directory"},
		{Input: "-", Text: "From stdin."},
	}
	g := readAll(t, []string{dir, filepath.Join(dir, "missing.txt"), "-"}, "From stdin.")
	if diff := cmp.Diff(want, g); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}

func TestReaderStdinJSONL(t *testing.T) {
	g := readAll(t, []string{"-"}, "  {\"text\":\"A.\"}\n{\"text\":\"B.\"}")
	want := []got{{Input: "-:1", Text: "A."}, {Input: "-:2", Text: "B."}}
	if diff := cmp.Diff(want, g); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}

func TestReaderTooLarge(t *testing.T) {
	dir := t.TempDir()
	big := strings.Repeat("word ", dyad.MaxTextBytes/5+10)
	write(t, dir, "big.txt", big)
	write(t, dir, "big.jsonl", `{"text":"`+strings.Repeat("a", 3*dyad.MaxTextBytes+70<<10)+"\"}\n{\"text\":\"after.\"}\n")
	g := readAll(t, []string{filepath.Join(dir, "big.txt"), filepath.Join(dir, "big.jsonl")}, "")
	if len(g) != 3 || !strings.Contains(g[0].Err, "too large") || !strings.Contains(g[1].Err, "longer than") || g[2].Text != "after." {
		t.Errorf("items = %+v; want a too-large text, a too-long record, then the next record", g)
	}
}

func FuzzRecords(f *testing.F) {
	f.Add("{\"text\":\"A.\",\"published\":\"2026-01-16\"}\n\n{")
	f.Add("\x00{\"url\":1}")
	f.Fuzz(func(t *testing.T, in string) {
		r := source.NewReader([]string{"-"}, strings.NewReader("{"+in))
		for n := 0; r.Scan(); n++ {
			it := r.Item()
			if it.Err == nil && dyad.ValidateText(it.Article.Text) != nil {
				t.Fatalf("item %s has invalid text and no error", it.Input)
			}
			if n > len(in)+2 {
				t.Fatalf("more items than lines")
			}
		}
	})
}
