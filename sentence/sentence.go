// Package sentence provides dyad's first sentence splitter, a rule-based
// stage for plain news text. It is a first version: a line break always ends
// a sentence (headlines, datelines and boilerplate lines stand alone), and
// inside a line a sentence ends at '.', '!' or '?' (with any closing quotes
// or brackets) followed by space and an upper-case letter, a digit or an
// opening quote, unless the word before the period is a known abbreviation
// or a single initial. Whole lines of page furniture ("ARTICLE AD BOX",
// "23 hours ago", language menus) are marked as boilerplate, and the later
// stages skip them. The NLP core replaces it with a trained tokenizer.
package sentence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// Splitter is the stage that fills Analysis.Sentences. Its zero value is
// ready to use.
type Splitter struct{}

var _ dyad.Stage = Splitter{}

// Name returns "sentences".
func (Splitter) Name() string { return "sentences" }

// Run replaces a.Sentences with the sentences of the article text, with
// whole lines of page furniture marked as boilerplate.
func (Splitter) Run(a *dyad.Analysis) error {
	a.Sentences = Split(a.Article.Text)
	markBoilerplate(a.Article.Text, a.Sentences)
	return nil
}

// Split returns the sentences of text, in order, each trimmed of
// surrounding white space. Empty lines yield no sentence.
func Split(text string) []dyad.Sentence {
	out := []dyad.Sentence{}
	start := 0
	for start < len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = splitLine(text, start, end, out)
		start = end + 1
	}
	return out
}

// splitLine appends the sentences of text[start:end] to out.
func splitLine(text string, start, end int, out []dyad.Sentence) []dyad.Sentence {
	s := start
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r == '.' || r == '!' || r == '?' {
			if stop := sentenceEnd(text, s, i, end); stop > 0 {
				out = appendTrimmed(text, s, stop, out)
				s, i = stop, stop
				continue
			}
		}
		i += n
	}
	return appendTrimmed(text, s, end, out)
}

// sentenceEnd returns the offset just past the sentence ending with the
// mark at i (with closing quotes and brackets), or 0 if it does not end one.
func sentenceEnd(text string, s, i, end int) int {
	j := i + 1
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if !strings.ContainsRune(".!?\"'”’)]", r) {
			break
		}
		j += n
	}
	if j >= end || !unicode.IsSpace(rune(text[j])) {
		return 0
	}
	k := j
	for k < end && unicode.IsSpace(rune(text[k])) {
		k++
	}
	if k >= end {
		return j
	}
	next, _ := utf8.DecodeRuneInString(text[k:end])
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune("\"'“‘(", next) {
		return 0
	}
	if text[i] == '.' && isAbbreviation(lastWord(text[s:i])) {
		return 0
	}
	return j
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' })
	return s[i+1:]
}

// abbreviations are words that end with a period without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "rep": true, "sen": true, "gov": true, "st": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sept": true, "sep": true,
	"oct": true, "nov": true, "dec": true, "no": true, "vs": true, "etc": true, "inc": true,
	"corp": true, "co": true, "ltd": true, "jr": true, "sr": true, "u.s": true, "u.k": true,
	"u.n": true, "e.g": true, "i.e": true, "a.m": true, "p.m": true, "approx": true, "dept": true,
}

// isAbbreviation reports whether w (without its final period) is a known
// abbreviation, a single letter initial, or a dotted acronym ("U.S").
func isAbbreviation(w string) bool {
	lw := strings.ToLower(w)
	if abbreviations[lw] {
		return true
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return strings.Count(w, ".") >= 1 && len(w) <= 6 && !strings.ContainsFunc(w, unicode.IsLower)
}

// appendTrimmed appends text[s:e] without surrounding space, if anything
// is left.
func appendTrimmed(text string, s, e int, out []dyad.Sentence) []dyad.Sentence {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	if e > s {
		out = append(out, dyad.Sentence{Span: dyad.Span{Start: s, End: e}})
	}
	return out
}
