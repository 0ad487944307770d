package coder_test

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
	"dyad/actor"
	"dyad/coder"
	"dyad/temporal"
)

// codingCase is one case of testdata/cases.txt: a hand-written parse and
// the events it must give.
type codingCase struct {
	name string
	line int
	toks []caseToken
	more [][]caseToken // the sentences after the first, one "parse" line each
	want []string
}

// caseToken is "form/UPOS/head/deprel" or "form/lemma/UPOS/head/deprel";
// UPOS may carry the tagger's XPOS after a colon ("VERB:VBN").
type caseToken struct {
	form, lemma, upos, xpos, deprel string
	head                            int
}

// readCases reads testdata/cases.txt; a "vary" line adds one case per
// variant, with token N's form, lemma and the expected code replaced.
func readCases(t *testing.T) []codingCase {
	f, err := os.Open("testdata/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []codingCase
	var cur *codingCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		key, val, _ := strings.Cut(line, ":")
		val = strings.TrimSpace(val)
		switch {
		case line == "":
		case strings.HasPrefix(line, "#"):
			out = append(out, codingCase{name: strings.TrimSpace(line[1:]), line: n})
			cur = &out[len(out)-1]
		case cur == nil:
			t.Fatalf("cases.txt:%d: a case starts with a # name line", n)
		case key == "parse" && len(cur.toks) > 0: // a later sentence of the same text
			cur.more = append(cur.more, parseCaseTokens(t, n, val))
		case key == "parse":
			cur.toks = parseCaseTokens(t, n, val)
		case key == "want":
			if val != "none" {
				cur.want = append(cur.want, val)
			}
		case key == "vary":
			base := *cur
			out = append(out, variants(t, n, base, val)...)
			cur = &out[len(out)-1]
		default:
			t.Fatalf("cases.txt:%d: unknown line %q", n, line)
		}
	}
	cases := out[:0]
	for _, c := range out {
		if len(c.toks) > 0 { // a "#" line without a parse is a comment
			cases = append(cases, c)
		}
	}
	return cases
}

func parseCaseTokens(t *testing.T, n int, s string) []caseToken {
	var out []caseToken
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		if len(p) == 4 {
			p = []string{p[0], strings.ToLower(p[0]), p[1], p[2], p[3]}
		}
		if len(p) != 5 {
			t.Fatalf("cases.txt:%d: token %q: want form/UPOS/head/deprel or form/lemma/UPOS/head/deprel", n, f)
		}
		h, err := strconv.Atoi(p[3])
		if err != nil {
			t.Fatalf("cases.txt:%d: token %q: head %q", n, f, p[3])
		}
		upos, xpos, _ := strings.Cut(p[2], ":")
		out = append(out, caseToken{form: strings.ReplaceAll(p[0], "_", " "), lemma: p[1], upos: upos, xpos: xpos, head: h, deprel: p[4]})
	}
	return out
}

// variants reads "N form/lemma CODE | form/lemma CODE ...": token N
// replaced, and the codes of the case's events, in order; fewer codes than
// events drop the last ones.
func variants(t *testing.T, n int, base codingCase, s string) []codingCase {
	idx, rest, _ := strings.Cut(s, " ")
	k, err := strconv.Atoi(idx)
	if err != nil || k < 1 || k > len(base.toks) {
		t.Fatalf("cases.txt:%d: vary: token number %q", n, idx)
	}
	if len(base.want) == 0 {
		t.Fatalf("cases.txt:%d: vary: the case above has no events to vary", n)
	}
	orig := base.toks[k-1]
	var out []codingCase
	for _, v := range strings.Split(rest, "|") {
		f := strings.Fields(v)
		if len(f) != 2 {
			t.Fatalf("cases.txt:%d: vary: variant %q: want form/lemma CODE[,CODE...]", n, v)
		}
		form, lemma, _ := strings.Cut(f[0], "/")
		codes := strings.Split(f[1], ",")
		c := codingCase{name: base.name + " / " + form, line: n, toks: append([]caseToken(nil), base.toks...)}
		c.toks[k-1].form, c.toks[k-1].lemma = form, lemma
		first := strings.Fields(base.want[0])[1]
		for i, w := range base.want {
			old := strings.Fields(w)[1]
			code := first
			switch {
			case i < len(codes):
				code = codes[i]
			case len(codes) == 1 && old == first:
				code = codes[0] // the same code on every event ("A→B", "A→C")
			default:
				continue // the variant has fewer events
			}
			w = strings.Replace(w, " "+old+" ", " "+code+" ", 1)
			c.want = append(c.want, strings.Replace(w, "'"+orig.form, "'"+form, 1))
		}
		out = append(out, c)
	}
	return out
}

// analysis is the case's text and parse: each sentence's forms joined with
// no space before punctuation, the sentences by a space.
func (c codingCase) analysis() *dyad.Analysis {
	var b strings.Builder
	var sents []dyad.Sentence
	for _, ts := range append([][]caseToken{c.toks}, c.more...) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		first := b.Len()
		toks := make([]dyad.Token, len(ts))
		for i, tk := range ts {
			if i > 0 && tk.upos != "PUNCT" && tk.upos != "PART" || i > 0 && tk.form == "(" {
				b.WriteByte(' ')
			} else if i > 0 && tk.upos == "PART" && tk.form != "'s" && tk.form != "n't" {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(tk.form)
			toks[i] = dyad.Token{Span: dyad.Span{Start: start, End: b.Len()}, UPOS: tk.upos, XPOS: tk.xpos, Lemma: tk.lemma, Head: tk.head, Deprel: tk.deprel}
		}
		sents = append(sents, dyad.Sentence{Span: dyad.Span{Start: first, End: b.Len()}, Tokens: toks})
	}
	art := dyad.Article{Text: b.String(), PublishedSource: dyad.PublishedCaller}
	art.Published, _ = dyad.ParseDate("2026-01-16")
	a := dyad.NewAnalysis(art)
	a.Sentences = sents
	return a
}

func TestCases(t *testing.T) {
	cases := readCases(t)
	if len(cases) < 100 {
		t.Errorf("cases.txt has %d cases, want at least 100", len(cases))
	}
	t.Logf("%d cases", len(cases))
	actors, err := actor.New(actor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	events, err := coder.New()
	if err != nil {
		t.Fatal(err)
	}
	stages := []dyad.Stage{temporal.Resolver{}, actors, events}
	for _, c := range cases {
		a := c.analysis()
		for _, s := range stages {
			if err := s.Run(a); err != nil {
				t.Fatalf("%s: %s: %v", c.name, s.Name(), err)
			}
		}
		if err := a.Validate(); err != nil {
			t.Errorf("cases.txt:%d %s: %v", c.line, c.name, err)
		}
		var got []string
		for _, e := range a.Events {
			line := fmt.Sprintf("%s→%s %s %s %s '%s'", e.Source.Code, e.Target.Code, e.CAMEO, e.Mood, e.Date, e.Evidence.Text)
			if e.Location != nil {
				line += " @" + e.Location.Name
			}
			got = append(got, line)
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("cases.txt:%d %s: %q (-want +got):\n%s%s", c.line, c.name, a.Article.Text, diff, outcomes(events.Explain(a, 0)))
		}
	}
}

// outcomes lists, for a failed case, what the coder did at each verb.
func outcomes(tr *coder.Trace) string {
	var b strings.Builder
	for _, m := range tr.Mentions {
		fmt.Fprintf(&b, "\tactor %q = %s\n", m.Text, m.Actor.Code)
	}
	for _, v := range tr.Verbs {
		fmt.Fprintf(&b, "\tverb %q: %s; sources %v; targets %v: %s\n", v.Word, v.Chosen, v.Sources, v.Targets, v.Outcome)
	}
	return b.String()
}
