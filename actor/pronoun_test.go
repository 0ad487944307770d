package actor

import (
	"strings"
	"testing"

	"dyad"
)

// parsed builds an analysis of sentences whose words, separated by single
// spaces, are written word/UPOS/deprel; sentences are joined by a space.
func parsed(date string, sents ...string) *dyad.Analysis {
	var text strings.Builder
	var out []dyad.Sentence
	for i, s := range sents {
		if i > 0 {
			text.WriteString(" ")
		}
		sent := dyad.Sentence{Span: dyad.Span{Start: text.Len()}}
		for k, w := range strings.Fields(s) {
			if k > 0 {
				text.WriteString(" ")
			}
			f := strings.Split(w, "/")
			at := text.Len()
			text.WriteString(f[0])
			sent.Tokens = append(sent.Tokens, dyad.Token{Span: dyad.Span{Start: at, End: text.Len()}, UPOS: f[1], Deprel: f[2]})
		}
		sent.Span.End = text.Len()
		out = append(out, sent)
	}
	a := dyad.NewAnalysis(dyad.Article{Text: text.String(), Published: day(date), PublishedSource: dyad.PublishedCaller})
	a.Sentences = out
	return a
}

// TestPronounSkipsStrangers checks that "he" is not given to the last known
// person when someone the tables do not know is a subject in between.
func TestPronounSkipsStrangers(t *testing.T) {
	tests := []struct {
		sents []string
		want  string // the code of "he", "-" for none
	}{
		{[]string{"Putin/PROPN/nsubj spoke/VERB/root ./PUNCT/punct", "He/PRON/nsubj left/VERB/root ./PUNCT/punct"}, "RUSGOV"},
		{[]string{"Putin/PROPN/nsubj spoke/VERB/root ,/PUNCT/punct Robertson/PROPN/nsubj said/VERB/parataxis ./PUNCT/punct",
			"He/PRON/nsubj left/VERB/root ./PUNCT/punct"}, "-"},
		{[]string{"Putin/PROPN/nsubj spoke/VERB/root ./PUNCT/punct",
			"Robertson/PROPN/nsubj said/VERB/root he/PRON/nsubj left/VERB/ccomp ./PUNCT/punct"}, "-"},
		{[]string{"Robertson/PROPN/nsubj said/VERB/root Putin/PROPN/nsubj spoke/VERB/ccomp ./PUNCT/punct",
			"He/PRON/nsubj left/VERB/root ./PUNCT/punct"}, "RUSGOV"},
	}
	r, err := testResolver()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		a := parsed("2019-11-18", tc.sents...)
		if err := r.Run(a); err != nil {
			t.Fatal(err)
		}
		got := "-"
		for _, m := range a.Mentions {
			if strings.EqualFold(m.Text, "he") {
				got = m.Actor.Code
			}
		}
		if got != tc.want {
			t.Errorf("%q: he = %s, want %s; mentions %s", tc.sents, got, tc.want, listMentions(a))
		}
	}
}
