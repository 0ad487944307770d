package actor

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad"
)

// testSentences splits text at ". ", "? ", "! " (and after a closing
// quote) before a capital or an opening quote, and at newlines: enough for
// test cases, which do not exercise the sentence splitter.
func testSentences(text string) []dyad.Sentence {
	var out []dyad.Sentence
	start := 0
	emit := func(end int) {
		s := strings.TrimSpace(text[start:end])
		if s != "" {
			off := start + strings.Index(text[start:end], s)
			out = append(out, dyad.Sentence{Span: dyad.Span{Start: off, End: off + len(s)}})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '\n':
			emit(i + 1)
		case (text[i] == '.' || text[i] == '?' || text[i] == '!') && i+2 < len(text) && text[i+1] == ' ' &&
			(text[i+2] >= 'A' && text[i+2] <= 'Z' || strings.HasPrefix(text[i+2:], "“")) && !abbreviationBefore(text, i):
			emit(i + 1)
		}
	}
	emit(len(text))
	return out
}

// abbreviationBefore reports whether the dot at i ends "Mr", "Dr" or the
// like, which do not end a sentence.
func abbreviationBefore(text string, i int) bool {
	for _, a := range []string{"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sgt", "Capt", "U.S", "U.K", "U.N"} {
		if strings.HasSuffix(text[:i], a) && (i == len(a) || text[i-len(a)-1] == ' ') {
			return true
		}
	}
	return false
}

// testResolver is the built-in resolver, shared by the tests.
var testResolver = sync.OnceValues(func() (*Resolver, error) { return New(Options{}) })

func analyse(t testing.TB, text string, day time.Time) *dyad.Analysis {
	t.Helper()
	r, err := testResolver()
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	a := dyad.NewAnalysis(dyad.Article{Text: text, Published: day, PublishedSource: dyad.PublishedCaller})
	a.Sentences = testSentences(text)
	if err := r.Run(a); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if err := a.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	return a
}

// resolutionCase is one line of testdata/cases.tsv.
type resolutionCase struct {
	line                            int
	day                             time.Time
	text, mention, code, rule, name string
}

func readCases(t *testing.T) []resolutionCase {
	b, err := os.ReadFile("testdata/cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var out []resolutionCase
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 6 {
			f = append(f, "")
		}
		day, err := time.Parse("2006-01-02", f[0])
		if err != nil {
			t.Fatalf("cases.tsv:%d: %v", i+1, err)
		}
		out = append(out, resolutionCase{line: i + 1, day: day, text: f[1], mention: f[2], code: f[3], rule: f[4], name: f[5]})
	}
	return out
}

// TestResolutionCases runs testdata/cases.tsv: each line is a text, its
// article date, a mention text and the code it must resolve to ("-": no
// mention may have that text), with optionally the rule and the name.
func TestResolutionCases(t *testing.T) {
	cases := readCases(t)
	if len(cases) < 300 {
		t.Errorf("cases.tsv has %d cases, want at least 300", len(cases))
	}
	t.Logf("%d resolution cases", len(cases))
	for _, c := range cases {
		t.Run(fmt.Sprintf("line%d", c.line), func(t *testing.T) {
			a := analyse(t, c.text, c.day)
			m := findMention(a, c.mention)
			if c.code == "-" {
				if m != nil {
					t.Errorf("%q on %s: %q resolved to %s by %q, want no mention", c.text, c.day.Format("2006-01-02"), c.mention, m.Actor.Code, m.Rule)
				}
				return
			}
			if m == nil {
				t.Fatalf("%q on %s: no mention %q; got %s", c.text, c.day.Format("2006-01-02"), c.mention, listMentions(a))
			}
			if m.Actor.Code != c.code || c.rule != "" && !strings.HasPrefix(m.Rule, c.rule) || c.name != "" && m.Actor.Name != c.name {
				t.Errorf("%q on %s: %q = %s %q by %q, want %s %q by %q", c.text, c.day.Format("2006-01-02"), c.mention,
					m.Actor.Code, m.Actor.Name, m.Rule, c.code, c.name, c.rule)
			}
		})
	}
}

func findMention(a *dyad.Analysis, text string) *dyad.Mention {
	for i := range a.Mentions {
		if a.Mentions[i].Text == text {
			return &a.Mentions[i]
		}
	}
	return nil
}

func listMentions(a *dyad.Analysis) string {
	var parts []string
	for _, m := range a.Mentions {
		parts = append(parts, fmt.Sprintf("%q=%s(%s)", m.Text, m.Actor.Code, m.Rule))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// FuzzRun checks that resolution never panics and keeps every span inside
// the text, whatever the text.
func FuzzRun(f *testing.F) {
	for _, s := range []string{"Chinese President Xi Jinping met Mr Carney. He said Beijing's", "the the former ex- -",
		"Thai Foreign Minister A B C D E F", "in in Beijing and and Ottawa seeks", "U.S. 's ’s he she him",
		"Canadian Prime Minister", "Mr", "President", "former President Donald J. Trump", "“Together,” Carney told Xi.",
		"Afganistan said it would. President Francois Mitterand of France", "Darfur rebels in south Darfur State",
		"the former government of Sindh province", "Bosnian Serbs and al-Qaeda in Congo", "President obama iSrael",
		"students throughout the", "troops from", "Israel's militia ally in", "a rally in Lagos's", "ethnic Turks to",
		"domestic opposition in Texas"} {
		f.Add(s)
	}
	r, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := dyad.NewAnalysis(dyad.Article{Text: text, Published: time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC), PublishedSource: "caller"})
		a.Sentences = testSentences(text)
		if err := r.Run(a); err != nil && err != ErrNoSentences {
			t.Fatalf("Run(%q): %v", text, err)
		}
		if err := a.Validate(); err != nil {
			t.Fatalf("Run(%q): %v", text, err)
		}
		for i, m := range a.Mentions {
			if i > 0 && m.Span.Start < a.Mentions[i-1].Span.End {
				t.Fatalf("Run(%q): mentions overlap: %v", text, listMentions(a))
			}
			if m.Actor.Country == "" || m.Actor.Code != m.Actor.Country+m.Actor.Sector || m.Rule == "" {
				t.Fatalf("Run(%q): mention %+v lacks a country, a consistent code or a rule", text, m)
			}
		}
	})
}
