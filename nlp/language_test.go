package nlp

import (
	"strings"
	"testing"

	"dyad"
)

func TestForeign(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Chinese President Xi Jinping and Canadian Prime Minister Mark Carney held talks in Beijing on Friday, signalling a renewed effort to reset bilateral relations.", ""},
		{"Xi meets Carney", ""}, // too short to tell: English
		{"Die Bundesregierung hat am Freitag neue Sanktionen gegen Russland beschlossen, wie ein Sprecher in Berlin mitteilte. Die Maßnahmen treten sofort in Kraft.", "German (de)"},
		{"El gobierno de Nicaragua anunció el viernes nuevas medidas contra la oposición, según informó la agencia oficial. Las medidas entran en vigor de inmediato.", "Spanish (es)"},
		{"", ""},
	} {
		got, ok := foreign(c.text)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("foreign(%.40q) = %q, %v; want %q", c.text, got, ok, c.want)
		}
	}
}

func TestFunctionWords(t *testing.T) {
	for _, c := range []struct {
		text            string
		words, function int
	}{
		{"", 0, 0},
		{"The talks in Beijing", 4, 2},
		{"Die Bundesregierung hat", 3, 0},
		{"THE President, of Canada's", 5, 2}, // "Canada's" is two ASCII words
		{"internationalisation of it", 3, 2}, // a word longer than the buffer counts, unmatched
	} {
		w, f := functionWords(c.text)
		if w != c.words || f != c.function {
			t.Errorf("functionWords(%q) = %d, %d; want %d, %d", c.text, w, f, c.words, c.function)
		}
	}
}

// TestStageSkipsForeignText checks that a German article gets no
// sentences and a clear error, and an English one is parsed.
func TestStageSkipsForeignText(t *testing.T) {
	de := dyad.NewAnalysis(dyad.Article{Text: "Die Bundesregierung hat am Freitag neue Sanktionen gegen Russland beschlossen, wie ein Sprecher in Berlin mitteilte. Die Maßnahmen treten sofort in Kraft."})
	err := Stage{}.Run(de)
	if err == nil || !strings.Contains(err.Error(), "German") || len(de.Sentences) != 0 {
		t.Errorf("German text: err %v, %d sentences; want an error naming German and no sentences", err, len(de.Sentences))
	}
	en := dyad.NewAnalysis(dyad.Article{Text: "Xi and Carney held talks in Beijing."})
	if err := (Stage{}).Run(en); err != nil || len(en.Sentences) != 1 {
		t.Errorf("English text: err %v, %d sentences", err, len(en.Sentences))
	}
}
