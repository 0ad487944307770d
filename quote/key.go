package quote

import (
	"strings"
	"unicode"
)

// minContained is how many bytes of key a truncated quotation must keep
// for Same to match it inside a longer one: about six words.
const minContained = 30

// Key returns the identity of a quotation's text across articles: its
// letters and digits in lower case, words separated by one space.
// Punctuation, quotation marks, apostrophes, ellipses and spacing do not
// count, so “We are ready,” and "We are ready..." have the same key.
func Key(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	space := false
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '‘' && !space:
			// an apostrophe joins its word: "that's" → "thats"
		default:
			space = true
		}
	}
	return b.String()
}

// Same reports whether two quotation texts are the same quotation as
// different outlets print it: equal keys, or one key inside the other at
// word boundaries when the shorter keeps at least six words or so
// (truncation: “We will build … together” against the full sentence).
func Same(a, b string) bool {
	ka, kb := Key(a), Key(b)
	if ka == kb {
		return ka != ""
	}
	if len(ka) > len(kb) {
		ka, kb = kb, ka
	}
	if len(ka) < minContained {
		return false
	}
	return strings.Contains(" "+kb+" ", " "+ka+" ")
}
