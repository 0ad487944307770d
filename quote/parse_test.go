package quote_test

import (
	"strconv"
	"strings"
	"testing"

	"dyad"
)

// parse gives the one sentence of a's text the tokens of spec: one token a
// field, "form/head/deprel", found in order in the text.
func parse(t *testing.T, a *dyad.Analysis, spec string) {
	t.Helper()
	text := a.Article.Text
	a.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(text)}}}
	at := 0
	for _, f := range strings.Fields(spec) {
		parts := strings.Split(f, "/")
		if len(parts) != 3 {
			t.Fatalf("token spec %q: want form/head/deprel", f)
		}
		i := strings.Index(text[at:], parts[0])
		if i < 0 {
			t.Fatalf("token %q not found after byte %d", parts[0], at)
		}
		head, err := strconv.Atoi(parts[1])
		if err != nil {
			t.Fatal(err)
		}
		s := dyad.Span{Start: at + i, End: at + i + len(parts[0])}
		a.Sentences[0].Tokens = append(a.Sentences[0].Tokens, dyad.Token{Span: s, Head: head, Deprel: parts[2]})
		at = s.End
	}
	for i := range a.Mentions {
		a.Mentions[i].Sentence = 0
	}
}

func TestParse(t *testing.T) {
	cast := loadCast(t)
	for _, c := range []struct {
		name, text, spec string
		surface, parsed  string // the quote as the surface patterns and as the parse attribute it
	}{
		{
			name:    "the surface order wins over a parse that names someone else",
			text:    "“We are ready,” Xi told Carney.",
			spec:    "“/5/punct We/3/nsubj are/3/cop ready/0/root ,/3/punct ”/3/punct Xi/8/obj told/3/parataxis Carney/8/nsubj ./3/punct",
			surface: "D We are ready | Xi Jinping @Xi > Mark Carney",
			parsed:  "D We are ready | Xi Jinping @Xi > Mark Carney",
		},
		{
			name:    "a person after “of” modifies the subject; the apposition names the speaker",
			text:    "“We are ready,” the envoy of Xi, Wang Yi, told Carney.",
			spec:    "“/4/punct We/4/nsubj are/4/cop ready/0/root ,/4/punct ”/4/punct the/8/det envoy/15/nsubj of/10/case Xi/8/nmod ,/12/punct Wang/8/appos Yi/12/flat ,/12/punct told/4/parataxis Carney/15/obj ./4/punct",
			surface: "D We are ready | Wang Yi @Wang Yi > Mark Carney",
			parsed:  "D We are ready | Wang Yi @Wang Yi > Mark Carney",
		},
		{
			name:    "participle takes the subject of its head verb",
			text:    "Xi thanked Carney, adding: “We are friends.”",
			spec:    "Xi/2/nsubj thanked/0/root Carney/2/obj ,/5/punct adding/2/advcl :/5/punct “/8/punct We/10/nsubj are/10/cop friends/5/ccomp ./10/punct ”/10/punct",
			surface: "D We are friends. | Xi Jinping @Xi",
			parsed:  "D We are friends. | Xi Jinping @Xi",
		},
		{
			name:    "a malformed parse with a cycle falls back safely",
			text:    "“We are ready,” Xi said.",
			spec:    "“/2/punct We/3/nsubj are/2/cop ready/0/root ,/4/punct ”/4/punct Xi/6/nsubj said/7/parataxis ./4/punct",
			surface: "D We are ready | Xi Jinping @Xi",
			parsed:  "D We are ready | Xi Jinping @Xi",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := analysis(t, cast, c.text)
			if got := describe(c.text, run(t, a)[0]); got != c.surface {
				t.Errorf("surface: got %q, want %q", got, c.surface)
			}
			a = analysis(t, cast, c.text)
			parse(t, a, c.spec)
			q := run(t, a)[0]
			if got := describe(c.text, q); got != c.parsed {
				t.Errorf("parsed: got %q, want %q (rule %q)", got, c.parsed, q.Speaker.Rule)
			}
		})
	}
}
