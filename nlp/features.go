package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// scorer scores an instance given its feature keys: a perceptron.Trainer
// while training, a perceptron.Model at run time.
type scorer interface {
	Scores(feats []uint64, scores []float32)
}

// argmax returns the index of the highest score among the allowed ones
// (all if allowed is nil), or -1 if none is allowed.
func argmax(scores []float32, allowed func(int) bool) int {
	best := -1
	for c, s := range scores {
		if allowed != nil && !allowed(c) {
			continue
		}
		if best < 0 || s > scores[best] {
			best = c
		}
	}
	return best
}

// norm returns the form the features see: lower case, digits as 0, long
// numbers collapsed, URLs and e-mail addresses as one symbol.
func norm(form string) string {
	switch {
	case strings.Contains(form, "://") || strings.HasPrefix(form, "www."):
		return "<url>"
	case strings.Contains(form, "@") && strings.Contains(form, ".") && len(form) > 4:
		return "<email>"
	}
	hasUpper, hasDigit := false, false
	for _, r := range form {
		hasUpper = hasUpper || unicode.IsUpper(r)
		hasDigit = hasDigit || unicode.IsDigit(r)
	}
	if !hasUpper && !hasDigit {
		return form
	}
	var b strings.Builder
	b.Grow(len(form))
	for _, r := range form {
		switch {
		case unicode.IsDigit(r):
			b.WriteByte('0')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// shape returns the word's shape: X for upper, x for lower, d for digits,
// the character itself otherwise, runs of more than two collapsed.
func shape(form string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range form {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
		} else {
			run = 0
		}
		last = c
		if run < 2 {
			b.WriteRune(c)
		}
		if b.Len() > 12 {
			break
		}
	}
	return b.String()
}

// suffix returns the last n runes of s (all of s if shorter).
func suffix(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// prefix returns the first n runes of s (all of s if shorter).
func prefix(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
