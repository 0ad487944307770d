package quote_test

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"dyad"
	"dyad/quote"
)

// castEntry is one actor phrase of testdata/cast.tsv.
type castEntry struct {
	phrase string
	actor  dyad.Actor
}

// loadCast reads testdata/cast.tsv, longest phrase first.
func loadCast(tb testing.TB) []castEntry {
	tb.Helper()
	f, err := os.Open("testdata/cast.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []castEntry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 5 {
			tb.Fatalf("cast.tsv: want 5 columns, got %q", line)
		}
		out = append(out, castEntry{phrase: c[0], actor: dyad.NewActor(c[1], c[2], c[3], c[4])})
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].phrase) > len(out[j].phrase) })
	return out
}

// analysis builds the document the quote stage sees: text, sentences split
// at line breaks and at ". " before a capital or a quotation mark, and a
// mention at every occurrence of a cast phrase.
func analysis(tb testing.TB, cast []castEntry, text string) *dyad.Analysis {
	tb.Helper()
	a := dyad.NewAnalysis(dyad.Article{Text: text})
	a.Sentences = splitSentences(text)
	a.Mentions = placeMentions(a, cast)
	return a
}

// splitSentences is a deliberately plain splitter: the quote stage must not
// depend on a clever one.
func splitSentences(text string) []dyad.Sentence {
	var out []dyad.Sentence
	add := func(s, e int) {
		for s < e && (text[s] == ' ' || text[s] == '\n') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n') {
			e--
		}
		if e > s {
			out = append(out, dyad.Sentence{Span: dyad.Span{Start: s, End: e}})
		}
	}
	start := 0
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '\n':
			add(start, i)
			start = i + 1
		case (text[i] == '.' || text[i] == '?' || text[i] == '!') && i+2 < len(text) && text[i+1] == ' ':
			r, _ := utf8.DecodeRuneInString(text[i+2:])
			if unicode.IsUpper(r) || strings.ContainsRune("“‘\"", r) {
				add(start, i+1)
				start = i + 1
			}
		}
	}
	add(start, len(text))
	return out
}

// placeMentions marks every whole-word occurrence of a cast phrase, longest
// first, without overlaps.
func placeMentions(a *dyad.Analysis, cast []castEntry) []dyad.Mention {
	text := a.Article.Text
	taken := make([]bool, len(text))
	var out []dyad.Mention
	for _, c := range cast {
		for from := 0; ; {
			i := strings.Index(text[from:], c.phrase)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(c.phrase)
			from = e
			if !wordEdge(text, s, e) || anyTaken(taken[s:e]) {
				continue
			}
			for k := s; k < e; k++ {
				taken[k] = true
			}
			out = append(out, dyad.Mention{Text: text[s:e], Span: dyad.Span{Start: s, End: e},
				Sentence: a.SentenceAt(s), Actor: c.actor, Rule: "test cast"})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

func wordEdge(text string, s, e int) bool {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	if s > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:s]); isWord(r) {
			return false
		}
	}
	if e < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[e:]); isWord(r) {
			return false
		}
	}
	return true
}

func anyTaken(b []bool) bool {
	for _, t := range b {
		if t {
			return true
		}
	}
	return false
}

// run runs the stage on a and checks the document invariant.
func run(tb testing.TB, a *dyad.Analysis) []dyad.Quote {
	tb.Helper()
	if err := (quote.Finder{}).Run(a); err != nil {
		tb.Fatalf("Run: %v", err)
	}
	if err := a.Validate(); err != nil {
		tb.Fatalf("Validate after Run: %v", err)
	}
	return a.Quotes
}

// describe renders a quote as a case line: kind, text, speaker name with
// the speaker mention's text after '@', and the addressee after '>'.
// Kinds: D direct, F fragment, I indirect (reported).
func describe(text string, q dyad.Quote) string {
	kind := "I"
	switch {
	case q.Direct && q.Fragment:
		kind = "F"
	case q.Direct:
		kind = "D"
	}
	who := "-"
	if q.Speaker != nil {
		who = q.Speaker.Name + " @" + q.Speaker.Span.In(text)
	}
	if q.Addressee != nil {
		who += " > " + q.Addressee.Name
	}
	return fmt.Sprintf("%s %s | %s", kind, q.Text, who)
}
