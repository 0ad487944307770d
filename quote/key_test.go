package quote_test

import (
	"testing"

	"dyad/quote"
)

func TestKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Together, we can build a new one,", "together we can build a new one"},
		{"“Together — we can build a new one…”", "together we can build a new one"},
		{"Agriculture, energy, finance, that's where", "agriculture energy finance thats where"},
		{"that’s  where\nwe", "thats where we"},
		{"China-Canada relations", "china canada relations"},
		{"Ça va, 2026!", "ça va 2026"},
		{"", ""},
		{"…", ""},
	} {
		if got := quote.Key(c.in); got != c.want {
			t.Errorf("Key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSame(t *testing.T) {
	full := "It can be said that our meeting last year opened a new chapter in turning China-Canada relations toward improvement"
	for _, c := range []struct {
		name string
		a, b string
		want bool
	}{
		{"identical", full, full, true},
		{"punctuation and case", full, "it can be said that our meeting last year opened a new chapter, in turning China–Canada relations toward improvement.", true},
		{"curly and straight apostrophes", "That’s where we can make progress", "That's where we can make progress", true},
		{"truncated end", full, "It can be said that our meeting last year opened a new chapter…", true},
		{"truncated start", full, "...opened a new chapter in turning China-Canada relations toward improvement", true},
		{"too short to match inside", full, "a new chapter", false},
		{"short but equal", "We are ready", "“We are ready,”", true},
		{"one word differs", full, "It can be said that our meeting last year opened a new era in turning China-Canada relations toward improvement", false},
		{"not at word boundary", "We are ready to talk to anyone at any time", "e are ready to talk to anyone at any tim", false},
		{"empty", "", "", false},
		{"different", "We want peace", "We want war", false},
	} {
		if got := quote.Same(c.a, c.b); got != c.want {
			t.Errorf("%s: Same(%q, %q) = %v, want %v", c.name, c.a, c.b, got, c.want)
		}
		if got := quote.Same(c.b, c.a); got != c.want {
			t.Errorf("%s: Same is not symmetric for %q, %q", c.name, c.a, c.b)
		}
	}
}
