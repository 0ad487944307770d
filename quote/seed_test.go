package quote_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad/quote"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// seedText returns the seed page from ../shared (or $DYAD_SHARED, for a
// worktree that is not beside it), skipping the test if it is absent.
func seedText(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared")
	if env := os.Getenv("DYAD_SHARED"); env != "" {
		dir = env
	}
	b, err := os.ReadFile(filepath.Join(dir, "seeds", "000_5c88e681c271383d.txt"))
	if err != nil {
		tb.Skipf("../shared not found (%v); set DYAD_SHARED to the shared directory", err)
	}
	return string(b)
}

// TestSeed checks the quotes of the seed page against the brief, then
// against the golden file testdata/seed.golden (refreshed with -update).
func TestSeed(t *testing.T) {
	text := seedText(t)
	a := analysis(t, loadCast(t), text)
	var got []string
	for _, q := range run(t, a) {
		got = append(got, describe(text, q))
	}
	for _, want := range []string{
		"D Together, we can build the best of what this relationship has been in the past to create a new one | Mark Carney @Carney > Xi Jinping",
		"D Agriculture, energy, finance, that's where we can make the most immediate progress. | Mark Carney @He",
		"D It can be said that our meeting last year opened a new chapter in turning China-Canada relations toward improvement | Xi Jinping @Xi",
		"D The healthy and stable development of China-Canada relations serves the common interests of our two countries | Xi Jinping @he",
		"D It is important to start this new strategic partnership at a time of division | Mark Carney @he > Xi Jinping",
		"D That is where I believe we can make immediate and sustained progress | Mark Carney @he",
		"F new strategic partnership | Mark Carney @Carney",
		"F glad | Xi Jinping @he",
		"F historic gains | Mark Carney @he",
	} {
		if !contains(got, want) {
			t.Errorf("seed: missing quote\n  %s\ngot:\n  %s", want, strings.Join(got, "\n  "))
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
