package coder_test

import (
	"testing"

	"dyad"
	"dyad/actor"
	"dyad/coder"
	"dyad/temporal"
)

// TestPlaceTargetOnTheDay checks that a place taken as an event's target
// has the country it belonged to on the article's day: Juba is Sudan's in
// 2000 and South Sudan's since July 2011.
func TestPlaceTargetOnTheDay(t *testing.T) {
	const text = "Sudanese rebels shelled Juba ."
	toks := []dyad.Token{
		{Span: dyad.Span{Start: 0, End: 8}, UPOS: "ADJ", Lemma: "sudanese", Head: 2, Deprel: "amod"},
		{Span: dyad.Span{Start: 9, End: 15}, UPOS: "NOUN", Lemma: "rebel", Head: 3, Deprel: "nsubj"},
		{Span: dyad.Span{Start: 16, End: 23}, UPOS: "VERB", Lemma: "shell", Head: 0, Deprel: "root"},
		{Span: dyad.Span{Start: 24, End: 28}, UPOS: "PROPN", Lemma: "juba", Head: 3, Deprel: "obj"},
		{Span: dyad.Span{Start: 29, End: 30}, UPOS: "PUNCT", Lemma: ".", Head: 3, Deprel: "punct"},
	}
	actors, err := actor.New()
	if err != nil {
		t.Fatal(err)
	}
	events, err := coder.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ day, want string }{{"2000-01-01", "SDN"}, {"2020-01-01", "SSD"}} {
		art := dyad.Article{Text: text, PublishedSource: dyad.PublishedCaller}
		art.Published, _ = dyad.ParseDate(tc.day)
		a := dyad.NewAnalysis(art)
		a.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(text)}, Tokens: toks}}
		for _, st := range []dyad.Stage{temporal.Resolver{}, actors, events} {
			if err := st.Run(a); err != nil {
				t.Fatal(err)
			}
		}
		if len(a.Events) != 1 || a.Events[0].Target == nil || a.Events[0].Target.Country != tc.want {
			t.Errorf("%q on %s: events %+v, want one with target country %s", text, tc.day, a.Events, tc.want)
		}
	}
}
