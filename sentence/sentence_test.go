package sentence_test

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"dyad/sentence"
)

func texts(text string) []string {
	out := []string{}
	for _, s := range sentence.Split(text) {
		out = append(out, s.Span.In(text))
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", []string{}},
		{"blank lines", "\n \n\t\n", []string{}},
		{"two sentences", "Xi met Carney. They held talks.", []string{"Xi met Carney.", "They held talks."}},
		{"headline line", "ARTICLE AD BOX\nXi meets Carney in Beijing\nThe talks began.",
			[]string{"ARTICLE AD BOX", "Xi meets Carney in Beijing", "The talks began."}},
		{"abbreviation", "Mr. Xi met Dr. Li in the U.S. on Jan. 16. It rained.",
			[]string{"Mr. Xi met Dr. Li in the U.S. on Jan. 16.", "It rained."}},
		{"initial", "Donald J. Trump spoke. Then he left.", []string{"Donald J. Trump spoke.", "Then he left."}},
		{"closing quote", "“We agree,” he said. “Good.” She left.", []string{"“We agree,” he said.", "“Good.”", "She left."}},
		{"lower case after period", "The figure was 3.5 per cent. e.g. rates rose.", []string{"The figure was 3.5 per cent. e.g. rates rose."}},
		{"question and exclamation", "Why? Because! Done", []string{"Why?", "Because!", "Done"}},
		{"crlf", "One line\r\nTwo line\r\n", []string{"One line", "Two line"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, texts(tt.in)); diff != "" {
			t.Errorf("%s: Split(%q) (-want +got):\n%s", tt.name, tt.in, diff)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"", "A. B", "Mr. X.\n\n“Y.” Z?", "..!?\n", "é. É"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		prev := 0
		for _, s := range sentence.Split(text) {
			if s.Span.Start < prev || s.Span.End <= s.Span.Start || s.Span.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", s.Span, prev, text)
			}
			prev = s.Span.End
		}
	})
}

func TestIsBoilerplate(t *testing.T) {
	tests := map[string]bool{
		"ARTICLE AD BOX":                       true,
		"23 hours ago":                         true,
		"Updated 5 minutes ago":                true,
		"English (US) ·":                       true,
		"Home | World | Business":              true,
		"Advertisement":                        true,
		"1":                                    true,
		"STORY CONTINUES BELOW ADVERTISEMENT":  true,
		"NATO SUMMIT OPENS IN VILNIUS":         false,
		"Resetting ties after years of strain": false,
		"Xi said that meeting had paved the way for renewed engagement, officials said.": false,
		"The vote was 12 | 3 in favour of the motion, which passed after a long debate.": false,
		"": false,
	}
	for line, want := range tests {
		if got := sentence.IsBoilerplate(line); got != want {
			t.Errorf("IsBoilerplate(%q) = %v, want %v", line, got, want)
		}
	}
}
