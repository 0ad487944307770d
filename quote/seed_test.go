package quote_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
	"dyad/internal/shareddata"
	"dyad/quote"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// seedText returns the seed page from ../shared (or $DYAD_SHARED, for a
// worktree that is not beside it), skipping the test if it is absent.
func seedText(tb testing.TB) string {
	tb.Helper()
	dir := shareddata.Dir()
	b, err := os.ReadFile(filepath.Join(dir, "seeds", "000_5c88e681c271383d.txt"))
	if err != nil {
		tb.Skipf("../shared not found (%v); set DYAD_SHARED to the shared directory", err)
	}
	return string(b)
}

// TestSeed checks the quotes of the seed page against the brief, then
// against the golden file testdata/seed.golden (refreshed with -update),
// which records spans and speakers only, not the page's text.
func TestSeed(t *testing.T) {
	text := seedText(t)
	a := analysis(t, loadCast(t), text)
	var got, brief []string
	for _, q := range run(t, a) {
		got = append(got, describeSpans(text, q))
		brief = append(brief, firstWords(describe(text, q)))
	}
	// The quotes the brief names, by their first words and speaker.
	for _, want := range []string{
		"D Together, we can … | Mark Carney @Carney > Xi Jinping",
		"D Agriculture, energy, finance, … | Mark Carney @He",
		"D It can be … | Xi Jinping @Xi",
		"D The healthy and … | Xi Jinping @he",
		"D It is important … | Mark Carney @he > Xi Jinping",
		"D That is where … | Mark Carney @he",
		"F new strategic partnership | Mark Carney @Carney",
		"F glad | Xi Jinping @he",
		"F historic gains | Mark Carney @he",
	} {
		if !contains(brief, want) {
			t.Errorf("seed: missing quote\n  %s\ngot:\n  %s", want, strings.Join(brief, "\n  "))
		}
	}
	golden := filepath.Join("testdata", "seed.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	want := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("seed quotes (-%s +got):\n%s", golden, diff)
	}
}

// describeSpans renders a quote by its spans: kind, quote span, speaker
// name and mention span, addressee name.
func describeSpans(text string, q dyad.Quote) string {
	line := describe(text, q)
	kind, rest, _ := strings.Cut(line, " ")
	_, who, _ := strings.Cut(rest, " | ")
	if q.Speaker != nil {
		who = strings.Replace(who, "@"+q.Speaker.Span.In(text), "@"+q.Speaker.Span.String(), 1)
	}
	return kind + " " + q.Span.String() + " | " + who
}

// firstWords shortens the quote text of a case line to its first three
// words and "…", if it has more than three.
func firstWords(line string) string {
	kind, rest, _ := strings.Cut(line, " ")
	quoted, who, _ := strings.Cut(rest, " | ")
	if w := strings.Fields(quoted); len(w) > 3 {
		quoted = strings.Join(w[:3], " ") + " …"
	}
	return kind + " " + quoted + " | " + who
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// BenchmarkSeed measures the stage on the seed page, per article.
func BenchmarkSeed(b *testing.B) {
	text := seedText(b)
	cast := loadCast(b)
	a := analysis(b, cast, text)
	mentions := a.Mentions
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		a.Mentions = mentions
		if err := (quote.Finder{}).Run(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLong measures the stage on a long text of many quotations (the
// seed page repeated 200 times), to catch work that grows faster than the
// text.
func BenchmarkLong(b *testing.B) {
	text := strings.Repeat(seedText(b)+"\n", 200)
	a := analysis(b, loadCast(b), text)
	mentions := a.Mentions
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		a.Mentions = mentions
		if err := (quote.Finder{}).Run(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHugeParagraph measures the stage on one paragraph of 300 KB
// with a quotation, a pronoun and a speech verb every few words and no
// sentence end: the work must stay linear in the text.
func BenchmarkHugeParagraph(b *testing.B) {
	text := strings.Repeat(`he said “we will” and Xi told Carney that it was “fine”, adding `, 5000)
	a := analysis(b, loadCast(b), text)
	mentions := a.Mentions
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		a.Mentions = mentions
		if err := (quote.Finder{}).Run(a); err != nil {
			b.Fatal(err)
		}
	}
}
