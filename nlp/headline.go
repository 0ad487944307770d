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
	caps, title := headlineCase(forms, dict)
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
		case title && i > 0 && titled(lower) == f && titleLowered(lower, dict):
			out[i] = lower
		}
	}
	return out
}

// titleLowered reports whether a capitalised word of a headline in title
// case is given in lower case: a common word that may be a verb, or a
// preposition, article or conjunction. Nouns and adjectives keep their
// capital, for a title-case line is as often a name or an address ("Brian
// Young", "High Wycombe", "Border Patrol") as a headline.
func titleLowered(lower string, dict map[string]string) bool {
	c := wordClass(lower, dict)
	if c == "" || strings.Contains(c, "NNP") {
		return false
	}
	if strings.Contains(c, "VB") {
		return true
	}
	switch c {
	case "IN", "DT", "CC", "TO", "IN|TO", "IN|RB|RP", "IN|RP":
		return true
	}
	return false
}

// headlineCase reports whether a sentence is a headline in capitals (at
// least three words of two letters or more, none with a small letter) or
// in title case (at most maxHeadline tokens, no full stop at its end, at
// least two of its words of four letters or more after the first, three in four of them
// capitalised, and a capitalised word that may be a verb).
func headlineCase(forms []string, dict map[string]string) (caps, title bool) {
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
	if len(forms) == 0 || len(forms) > maxHeadline || forms[len(forms)-1] == "." || long < 2 || 4*capital < 3*long {
		return false, false
	}
	return false, hasVerb(forms, dict)
}

// maxHeadline is the most tokens of a headline in title case: a longer
// capitalised line is a signature or an address.
const maxHeadline = 20

// hasVerb reports whether a capitalised word after the first may be a
// verb: a title-case line without one is a name, an address or a title.
func hasVerb(forms []string, dict map[string]string) bool {
	for _, f := range forms[1:] {
		lower := strings.ToLower(f)
		c := wordClass(lower, dict)
		if titled(lower) == f && strings.Contains(c, "VB") && !strings.Contains(c, "NNP") {
			return true
		}
	}
	return false
}

// commonWord reports whether the tag dictionary knows lower, or the stem
// of its -s, -es, -ed or -ing, as a word that is never a proper noun.
func commonWord(lower string, dict map[string]string) bool {
	c := wordClass(lower, dict)
	return c != "" && !strings.Contains(c, "NNP")
}

// wordClass returns the tags the dictionary gives lower, with those of
// the stem of its -s, -es, -ed or -ing if the stem is never a proper noun
// ("hosts" is a plural noun in the dictionary, and its stem a verb), or ""
// for a word the dictionary does not know.
func wordClass(lower string, dict map[string]string) string {
	c := dict[lower]
	for _, suf := range []string{"s", "es", "ed", "d", "ing"} {
		if stem, ok := strings.CutSuffix(lower, suf); ok && len(stem) >= 3 {
			if sc, ok := dict[stem]; ok && !strings.Contains(sc, "NNP") {
				return strings.TrimPrefix(c+"|"+sc, "|")
			}
		}
	}
	return c
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
