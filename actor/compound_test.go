package actor

import (
	"strings"
	"testing"

	"dyad"
)

// TestParsedCompound checks that nouns by the parse between a nationality
// or organisation and an agent noun belong to the agent's phrase, and
// that without a parse, or with a verb there, they do not; and that a
// capitalised function word before a surname is not a given name.
func TestParsedCompound(t *testing.T) {
	tests := []struct {
		text, upos    string // words separated by single spaces; one UPOS a word (UPOS/deprel), "" for no parse
		mention, code string
	}{
		{"Angry French paper workers blocked the bridge .", "ADJ ADJ NOUN NOUN VERB DET NOUN PUNCT", "French paper workers", "FRALAB"},
		{"He was indicted by the U.N. war crimes court .", "PRON AUX VERB ADP DET PROPN NOUN NOUN NOUN PUNCT", "the U.N. war crimes court", "UNOJUD"},
		{"Angry French paper workers blocked the bridge .", "", "French", "-"},
		{"Should the United States undertake military action ?", "AUX DET PROPN PROPN VERB ADJ NOUN PUNCT", "the United States", "USA"},
		{"Israeli air strike victims were buried .", "ADJ NOUN NOUN NOUN AUX VERB PUNCT", "Israeli", "ISRMIL"},
		// A capitalised word before a surname is a given name unless the parse makes it a function word.
		{"However Blair met Chirac .", "ADV PROPN VERB PROPN PUNCT", "Blair", "GBRGOV"},
		{"Amrullah Saleh spoke .", "PROPN PROPN VERB PUNCT", "Saleh", "-"},
		// An agent word the parse makes an adjective of a noun is no actor.
		{"Britain issued a general license .", "PROPN VERB DET ADJ/amod NOUN PUNCT", "general", "-"},
	}
	r, err := testResolver()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		a := dyad.NewAnalysis(dyad.Article{Text: tc.text, Published: day("2000-01-01"), PublishedSource: dyad.PublishedCaller})
		sent := dyad.Sentence{Span: dyad.Span{Start: 0, End: len(tc.text)}}
		if tc.upos != "" {
			tags, at := strings.Fields(tc.upos), 0
			for i, w := range strings.Fields(tc.text) {
				upos, rel, ok := strings.Cut(tags[i], "/")
				if !ok {
					rel = "dep"
				}
				sent.Tokens = append(sent.Tokens, dyad.Token{Span: dyad.Span{Start: at, End: at + len(w)}, UPOS: upos, Deprel: rel})
				at += len(w) + 1
			}
		}
		a.Sentences = []dyad.Sentence{sent}
		if err := r.Run(a); err != nil {
			t.Fatal(err)
		}
		got := "-"
		for _, m := range a.Mentions {
			if m.Text == tc.mention {
				got = m.Actor.Code
			}
		}
		if got != tc.code {
			t.Errorf("%q (parsed %v): %q = %s, want %s; mentions %s", tc.text, tc.upos != "", tc.mention, got, tc.code, listMentions(a))
		}
	}
}
