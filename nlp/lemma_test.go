package nlp

import "testing"

func TestLemmaUndoublesBritishSpellings(t *testing.T) {
	l := &lemmaTable{
		forms: map[string]string{"signal\tNN": "signal", "install\tVB": "install", "call\tVB": "call", "model\tNN": "model"},
		rules: map[string]string{"VBD\tled": "ed\t", "VBN\tled": "ed\t", "VBG\tling": "ing\t"},
	}
	tests := []struct{ form, xpos, want string }{
		{"signalled", "VBD", "signal"},
		{"Signalled", "VBN", "signal"},
		{"modelling", "VBG", "model"},
		{"installed", "VBN", "install"}, // "install" is a known lemma
		{"called", "VBD", "call"},
		{"fulfilled", "VBD", "fulfill"}, // neither "fulfill" nor "fulfil" is known: the rule's lemma stays
		{"signalled", "JJ", "signalled"},
	}
	for _, tt := range tests {
		if got := l.Lemma(tt.form, tt.xpos); got != tt.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tt.form, tt.xpos, got, tt.want)
		}
	}
}
