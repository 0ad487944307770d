package nlp

import (
	"slices"
	"strings"
	"testing"
)

func TestHeadlineForms(t *testing.T) {
	dict := map[string]string{"hold": "NN|VB|VBP", "talks": "NNS|VBZ", "in": "IN", "meet": "VB|VBP",
		"us": "NNP|PRP", "state": "NN|NNP", "host": "NN|VB", "visit": "NN|VB", "the": "DT"}
	for _, c := range []struct{ in, want string }{
		{"PUTIN , ERDOGAN HOLD TALKS IN SOCHI", "Putin , Erdogan hold talks in Sochi"},
		{"US TO HOLD TALKS", "US TO hold talks"},                                     // "US" may be a name, "TO" is short and not in this dict
		{"Biden , Xi Meet in California", "Biden , Xi meet in California"},           // title case
		{"Erdogan Hosts Zelensky in Istanbul", "Erdogan hosts Zelensky in Istanbul"}, // the stem of -s
		{"Secretary of State Rubio Visits Panama", "Secretary of State Rubio visits Panama"},
		{"Putin and Xi Meet in Moscow .", "Putin and Xi Meet in Moscow ."},         // a full stop: a sentence
		{"Putin met Xi in Moscow on Tuesday", "Putin met Xi in Moscow on Tuesday"}, // running text
	} {
		got := strings.Join(headlineForms(strings.Fields(c.in), dict), " ")
		if got != c.want {
			t.Errorf("headlineForms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestHeadlineTags checks that the shipped model reads the verb of a
// headline in capitals or in title case as a verb.
func TestHeadlineTags(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, verb string }{
		{"Erdogan Hosts Zelensky in Istanbul", "Hosts"},
		{"ISRAEL STRIKES MILITARY TARGETS IN IRAN", "STRIKES"},
		{"Putin Lands in Pyongyang for Rare Visit", "Lands"},
	} {
		sents, err := m.Annotate(c.text)
		if err != nil {
			t.Fatal(err)
		}
		var tags []string
		for _, tok := range sents[0].Tokens {
			if c.text[tok.Span.Start:tok.Span.End] == c.verb {
				tags = append(tags, tok.UPOS)
			}
		}
		if !slices.Equal(tags, []string{"VERB"}) {
			t.Errorf("%q: %q tagged %v, want VERB", c.text, c.verb, tags)
		}
	}
}
