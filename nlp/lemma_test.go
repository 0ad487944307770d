package nlp

import "testing"

func TestLemmaPrefersKnownVerbLemmas(t *testing.T) {
	l := &lemmaTable{
		forms: map[string]string{"signal\tNN": "signal", "install\tVB": "install", "call\tVB": "call", "model\tNN": "model",
			"decline\tVB": "decline", "stop\tVB": "stop", "carry\tVB": "carry", "hope\tVB": "hope",
			"held\tVBD": "hold", "took\tVBD": "take"},
		rules: map[string]string{"VBD\tled": "ed\t", "VBN\tled": "ed\t", "VBG\tling": "ing\t", "VBD\tned": "ed\t",
			"VBZ\tnes": "s\t", "VBD\tped": "ed\t", "VBN\tied": "ed\t", "VBG\tping": "ing\t", "VBD\td": "ed\t"},
	}
	tests := []struct{ form, xpos, want string }{
		{"signalled", "VBD", "signal"},
		{"Signalled", "VBN", "signal"},
		{"modelling", "VBG", "model"},
		{"installed", "VBN", "install"}, // "install" is a known lemma
		{"called", "VBD", "call"},
		{"fulfilled", "VBD", "fulfill"}, // neither "fulfill" nor "fulfil" is known: the rule's lemma stays
		{"signalled", "JJ", "signalled"},
		{"declined", "VBD", "decline"}, // the rule's "declin" is unknown, "decline" known
		{"declines", "VBZ", "decline"},
		{"stopped", "VBD", "stop"},
		{"carried", "VBN", "carry"},
		{"hoping", "VBG", "hope"},
		{"gazumped", "VBD", "gazump"},   // no candidate is known: the rule's lemma stays
		{"withheld", "VBD", "withhold"}, // a prefix and a known irregular form
		{"Undertook", "VBD", "undertake"},
		{"withheld", "VBN", "withheld"}, // "held" is known as VBD only here
		{"ed", "VBD", ""},               // a rule that strips the whole form (here "d" → strip "ed") must not panic
	}
	for _, tt := range tests {
		if got := l.Lemma(tt.form, tt.xpos); got != tt.want {
			t.Errorf("Lemma(%q, %s) = %q, want %q", tt.form, tt.xpos, got, tt.want)
		}
	}
}
