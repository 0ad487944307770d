package actor

import (
	"unicode"
	"unicode/utf8"

	"dyad"
)

// Words splits s into word and punctuation tokens, as byte spans into s,
// for sentences that have no tokens from the NLP stage. A word is a run of
// letters and digits with inner hyphens and apostrophes ("Kosiniak-Kamysz",
// "Sa'ar"); initials keep their dots ("U.S."); a possessive "'s" or "’s" is
// a token of its own; every other non-space character is one token.
func Words(s string) []dyad.Span { return appendWords(nil, s) }

// appendWords appends the words of s to out.
func appendWords(out []dyad.Span, s string) []dyad.Span {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			end := wordEnd(s, i)
			out = append(out, dyad.Span{Start: i, End: end})
			i = end
		default:
			if end := possessiveEnd(s, i); end > i {
				out = append(out, dyad.Span{Start: i, End: end})
				i = end
				continue
			}
			out = append(out, dyad.Span{Start: i, End: i + n})
			i += n
		}
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// wordEnd returns the end of the word starting at i.
func wordEnd(s string, i int) int {
	start := i
	runLetters := 0 // letters since the last dot, for initials
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			runLetters++
			i += n
		case r == '.' && runLetters == 1 && i+n < len(s) && initialFollows(s, i+n):
			i += n
			runLetters = 0
		case r == '.' && runLetters == 1 && (isInitialRun(s, i) || isCapitalInitial(s, start, i)):
			return i + n // the last dot of "U.S." or the dot of "J."
		case (r == '-' || isApostrophe(r)) && i+n < len(s):
			if possessiveEnd(s, i) > i {
				return i
			}
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if !isWordRune(next) {
				return i
			}
			i += n
			runLetters = 0
		default:
			return i
		}
	}
	return i
}

// initialFollows reports whether s[i:] starts with one letter and a dot.
func initialFollows(s string, i int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) && i+n < len(s) && s[i+n] == '.'
}

// isInitialRun reports whether the dot at i ends a run like "U.S": a single
// letter before it that is itself preceded by a dot.
func isInitialRun(s string, i int) bool {
	_, n := utf8.DecodeLastRuneInString(s[:i])
	j := i - n
	return j > 0 && s[j-1] == '.'
}

// isCapitalInitial reports whether s[start:i] is one capital letter ("J"
// in "Donald J. Trump").
func isCapitalInitial(s string, start, i int) bool {
	r, n := utf8.DecodeRuneInString(s[start:])
	return start+n == i && unicode.IsUpper(r)
}

// possessiveEnd returns the end of a possessive "'s" at i, or i if there is
// none.
func possessiveEnd(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	if !isApostrophe(r) || i == 0 || i+n >= len(s) || (s[i+n] != 's' && s[i+n] != 'S') {
		return i
	}
	end := i + n + 1
	if end < len(s) {
		next, _ := utf8.DecodeRuneInString(s[end:])
		if isWordRune(next) {
			return i
		}
	}
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	if !isWordRune(prev) {
		return i
	}
	return end
}
