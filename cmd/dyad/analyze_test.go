package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"dyad"
)

const example = "../../examples/trade-talks.txt"

func TestAnalyzeExampleGolden(t *testing.T) {
	for _, format := range []string{"json", "text"} {
		code, out, errOut := run(t, "", "analyze", "--published", "2026-03-06", "--format", format, example)
		if code != 0 {
			t.Fatalf("analyze --format %s: exit %d: %s", format, code, errOut)
		}
		golden(t, "trade-talks."+format, out)
	}
}

// TestAnalyzeFlagsAfterFile runs analyze FILE --format text, flags after
// the file as users type them, and gets what flags before it give.
func TestAnalyzeFlagsAfterFile(t *testing.T) {
	_, before, _ := run(t, "", "analyze", "--published", "2026-03-06", "--format", "text", example)
	code, after, errOut := run(t, "", "analyze", example, "--published", "2026-03-06", "--format", "text")
	if code != 0 || after != before {
		t.Errorf("analyze FILE --format text: exit %d (%s), output differs from flags first:\n%s", code, errOut, after)
	}
	if code, _, _ := run(t, "", "analyze", "--", "--format"); code == 0 {
		t.Errorf("analyze -- --format: exit 0, want the file --format to be missing")
	}
}

// schema compiles docs/dyad-1.schema.json.
func schema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	sch, err := c.Compile("../../docs/dyad-1.schema.json")
	if err != nil {
		t.Fatalf("compile schema: %v", err)
	}
	return sch
}

// validate checks a document against the schema and the span invariants.
func validate(t *testing.T, sch *jsonschema.Schema, doc string) *dyad.Analysis {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("decode document: %v", err)
	}
	if err := sch.Validate(v); err != nil {
		t.Fatalf("document does not match docs/dyad-1.schema.json: %v", err)
	}
	var a dyad.Analysis
	if err := json.Unmarshal([]byte(doc), &a); err != nil {
		t.Fatalf("decode document: %v", err)
	}
	if err := a.Validate(); err != nil {
		t.Fatalf("document spans: %v", err)
	}
	return &a
}

func TestAnalyzeMatchesSchema(t *testing.T) {
	sch := schema(t)
	_, out, _ := run(t, "", "analyze", "--published", "2026-03-06", "--url", "https://example.org/x", "--title", "T", example)
	validate(t, sch, out)
	_, out, _ = run(t, "Xi met Carney on Friday.", "analyze", "-") // no publication date: nulls and unknowns
	a := validate(t, sch, out)
	if a.Article.PublishedSource != dyad.PublishedUnknown || a.Dates[0].Precision != dyad.PrecisionUnknown {
		t.Errorf("without --published: source %q, date %+v; want unknown", a.Article.PublishedSource, a.Dates[0])
	}
}

// TestAnalyzeSeed checks the acceptance criteria of the foundation on the
// page the project started from.
func TestAnalyzeSeed(t *testing.T) {
	seed := sharedPath(t, "seeds/000_5c88e681c271383d.txt")
	code, out, errOut := run(t, "", "analyze", "--published", "2026-01-16", seed)
	if code != 0 {
		t.Fatalf("analyze seed: exit %d: %s", code, errOut)
	}
	a := validate(t, schema(t), out)
	text := a.Article.Text
	found := false
	for _, e := range a.Events {
		pair := e.Source.Country + e.Target.Country
		if e.CAMEORoot == "04" && (pair == "CANCHN" || pair == "CHNCAN") && e.Date == "2026-01-16" &&
			strings.Contains(e.Evidence.Span.In(text), "held talks") {
			found = true
		}
	}
	if !found {
		t.Errorf("no CONSULT event between CAN and CHN on 2026-01-16 with evidence covering \"held talks\"; events: %+v", a.Events)
	}
	for _, line := range []string{"ARTICLE AD BOX", "23 hours ago", "English (US) ·"} {
		at := strings.Index(text, line)
		span := dyad.Span{Start: at, End: at + len(line)}
		for _, m := range a.Mentions {
			if m.Span.Overlaps(span) {
				t.Errorf("boilerplate %q has mention %q", line, m.Text)
			}
		}
		for _, e := range a.Events {
			if a.Sentences[e.Sentence].Span.Overlaps(span) {
				t.Errorf("boilerplate %q has event %+v", line, e)
			}
		}
		for _, q := range a.Quotes {
			if q.Span.Overlaps(span) {
				t.Errorf("boilerplate %q has quote %q", line, q.Text)
			}
		}
	}
}

func TestAnalyzeBadInput(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"empty.txt":  "",
		"binary.bin": "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
		"latin1.txt": "Montr\xe9al talks",
		"huge.txt":   strings.Repeat("All work and no play. ", 50<<20/22),
	}
	reasons := map[string]string{"empty.txt": "empty", "binary.bin": "binary", "latin1.txt": "UTF-8", "huge.txt": "too large"}
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := run(t, "", "analyze", path)
		lines := strings.Split(strings.TrimSpace(errOut), "\n")
		if code != 1 || out != "" || len(lines) != 1 || !strings.Contains(errOut, path) || !strings.Contains(errOut, reasons[name]) {
			t.Errorf("analyze %s: exit %d, stdout %d bytes, stderr %q; want exit 1 and one line naming the file and %q", name, code, len(out), errOut, reasons[name])
		}
	}
	if code, _, errOut := run(t, "", "analyze", filepath.Join(dir, "missing.txt")); code != 1 || !strings.Contains(errOut, "no such file") {
		t.Errorf("analyze missing file: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := run(t, "", "analyze", "--published", "Friday", example); code != 2 || !strings.Contains(errOut, "YYYY-MM-DD") {
		t.Errorf("analyze --published Friday: exit %d, stderr %q", code, errOut)
	}
}
