package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headlineForms returns the forms the tagger and the lemmatizer see for a
// sentence written as a headline, or forms itself for any other sentence.
// In a headline in capitals ("PUTIN, ERDOGAN HOLD TALKS IN SOCHI") or in
// title case ("Biden, Xi Meet in California") a capital says nothing of a
// name, and the tagger, trained on running text, reads every capitalised
// verb as a proper noun. So a common word there (one the tag dictionary
// knows, never as a proper noun) is given in lower case, and a word in
// capitals that is no common word is given in title case ("PUTIN" as
// "Putin"), but for short ones that may be acronyms ("EU", "US"). The
// token spans, and so everything read from the text, are unchanged.
func headlineForms(forms []string, dict map[string]string) []string {
	caps, title := headlineCase(forms)
	if !caps && !title {
		return forms
	}
	out := make([]string, len(forms))
	for i, f := range forms {
		out[i] = f
		lower := strings.ToLower(f)
		switch {
		case caps && allUpper(f):
			switch {
			case commonWord(lower, dict) && i == 0:
				out[i] = titled(lower)
			case commonWord(lower, dict):
				out[i] = lower
			case letters(f) > 3:
				out[i] = titled(lower)
			}
		case title && i > 0 && titled(lower) == f && commonWord(lower, dict):
			out[i] = lower
		}
	}
	return out
}

// headlineCase reports whether a sentence is a headline in capitals (at
// least three words of two letters or more, none with a small letter) or
// in title case (no full stop at its end, and at least two of its words
// of four letters or more after the first, three in four of them
// capitalised).
func headlineCase(forms []string) (caps, title bool) {
	words, upper, long, capital := 0, 0, 0, 0
	for i, f := range forms {
		n := letters(f)
		if n >= 2 {
			words++
			if allUpper(f) {
				upper++
			}
		}
		if n >= 4 && i > 0 {
			long++
			if r, _ := utf8.DecodeRuneInString(f); unicode.IsUpper(r) {
				capital++
			}
		}
	}
	if words >= 3 && upper == words {
		return true, false
	}
	if len(forms) == 0 || forms[len(forms)-1] == "." {
		return false, false
	}
	return false, long >= 2 && 4*capital >= 3*long
}

// commonWord reports whether the tag dictionary knows lower, or the stem
// of its -s, -es, -ed or -ing, as a word that is never a proper noun.
func commonWord(lower string, dict map[string]string) bool {
	known := func(w string) bool {
		c, ok := dict[w]
		return ok && !strings.Contains(c, "NNP")
	}
	if known(lower) {
		return true
	}
	if _, ok := dict[lower]; ok {
		return false
	}
	for _, suf := range []string{"s", "es", "ed", "d", "ing"} {
		if stem, ok := strings.CutSuffix(lower, suf); ok && len(stem) >= 3 && known(stem) {
			return true
		}
	}
	return false
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// allUpper reports whether s has a letter and no small letter.
func allUpper(s string) bool {
	return letters(s) > 0 && strings.ToUpper(s) == s
}

// titled returns lower with its first letter capitalised.
func titled(lower string) string {
	r, n := utf8.DecodeRuneInString(lower)
	return string(unicode.ToUpper(r)) + lower[n:]
}
