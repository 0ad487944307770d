package coder_test

import (
	"strings"
	"testing"

	"dyad"
	"dyad/actor"
	"dyad/cameo"
	"dyad/coder"
	"dyad/temporal"
)

// parsed returns an analysis of words joined by spaces as one sentence
// whose token i has head heads[i] and relation rels[i], with actors and
// dates found by the real stages.
func parsed(t testing.TB, words []string, upos []string, heads []int, rels []string) *dyad.Analysis {
	t.Helper()
	var b strings.Builder
	toks := make([]dyad.Token, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(w)
		toks[i] = dyad.Token{Span: dyad.Span{Start: start, End: b.Len()}, UPOS: upos[i], Lemma: strings.ToLower(w), Head: heads[i], Deprel: rels[i]}
	}
	art := dyad.Article{Text: b.String(), PublishedSource: dyad.PublishedCaller}
	art.Published, _ = dyad.ParseDate("2026-01-16")
	a := dyad.NewAnalysis(art)
	a.Sentences = []dyad.Sentence{{Span: dyad.Span{End: b.Len()}, Tokens: toks}}
	actors, err := actor.New(actor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []dyad.Stage{temporal.Resolver{}, actors} {
		if err := s.Run(a); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// runOn builds a run-on sentence of n words: "Xi met Carney and Trump
// criticised Canada and ...", each clause a conjunct of the first verb, or,
// with shape "flat" every token on the root, or with "chain" each token
// headed by the one before.
func runOn(n int, shape string) ([]string, []string, []int, []string) {
	clause := []string{"Xi", "met", "Carney", "and", "Trump", "criticised", "Canada", "and"}
	var words, upos, rels []string
	var heads []int
	for i := 0; i < n; i++ {
		w := clause[i%len(clause)]
		words = append(words, w)
		base := i - i%4 // each 4 words: subject verb object "and"
		switch shape {
		case "flat":
			heads, rels, upos = append(heads, 0), append(rels, "root"), append(upos, "VERB")
			continue
		case "chain":
			heads, rels, upos = append(heads, i), append(rels, "conj"), append(upos, "VERB")
			continue
		}
		switch i % 4 {
		case 0:
			heads, rels, upos = append(heads, base+2), append(rels, "nsubj"), append(upos, "PROPN")
		case 1:
			if base == 0 {
				heads, rels = append(heads, 0), append(rels, "root")
			} else {
				heads, rels = append(heads, 2), append(rels, "conj")
			}
			upos = append(upos, "VERB")
		case 2:
			heads, rels, upos = append(heads, base+2), append(rels, "obj"), append(upos, "PROPN")
		case 3:
			heads, rels, upos = append(heads, base+6), append(rels, "cc"), append(upos, "CCONJ")
		}
	}
	for i := range heads {
		if heads[i] > n {
			heads[i] = 0
		}
	}
	return words, upos, heads, rels
}

func TestRunOnSentenceIsBounded(t *testing.T) {
	c, err := coder.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, shape := range []string{"clauses", "flat", "chain"} {
		w, u, h, r := runOn(300, shape)
		a := parsed(t, w, u, h, r)
		tr := c.Explain(a, 0)
		if tr.Work > 300*50 {
			t.Errorf("%s: %d steps for a 300-word sentence, want at most %d", shape, tr.Work, 300*50)
		}
		if len(tr.Events) > 300 {
			t.Errorf("%s: %d events from 300 words", shape, len(tr.Events))
		}
		t.Logf("%s: %d steps, %d events", shape, tr.Work, len(tr.Events))
	}
}

func FuzzPatterns(f *testing.F) {
	f.Add("040\tmeet\twith:TARGET sym\n&s\ta|b\n163\timpose\t&s on:TARGET\n")
	f.Add("---\tsay\t-\n040\tnoun:talks\tverbal_attack|x to:*\n")
	f.Fuzz(func(t *testing.T, text string) {
		ps := coder.NewPatterns()
		if err := ps.Add("fuzz.tsv", text, 2, cameo.Builtin()); err == nil && ps.Len() < 0 {
			t.Fatal("negative length")
		}
	})
}

func FuzzSyntax(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0})
	words := []string{"Xi", "did", "not", "meet", "Carney", "and", "Russia", "will", "attack", "Ukraine", "on", "Friday", "tariffs", "by", "who"}
	uposes := []string{"PROPN", "VERB", "NOUN", "AUX", "PART", "ADP", "PRON", "CCONJ"}
	relset := []string{"nsubj", "obj", "root", "conj", "xcomp", "acl", "acl:relcl", "nsubj:pass", "obl", "nmod", "case", "aux", "advmod", "compound", "nmod:poss", "obl:agent", "cc", "det", "mark", "advcl", "ccomp"}
	c, err := coder.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n := min(len(data)/3, len(words))
		if n == 0 {
			return
		}
		var ws, up, rels []string
		var heads []int
		for i := 0; i < n; i++ {
			ws = append(ws, words[i])
			up = append(up, uposes[int(data[3*i])%len(uposes)])
			heads = append(heads, int(data[3*i+1])%(n+2)-1) // some heads out of range
			rels = append(rels, relset[int(data[3*i+2])%len(relset)])
		}
		a := parsed(t, ws, up, heads, rels)
		if err := c.Run(a); err != nil {
			t.Fatal(err)
		}
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
		for _, e := range a.Events {
			if e.Target == nil || e.Source.Code == "" || e.Mood.Validate() != nil || e.Rule == "" {
				t.Fatalf("bad event %+v", e)
			}
		}
	})
}
