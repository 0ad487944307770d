package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// tok is a word or a punctuation mark of the text.
type tok struct {
	span  dyad.Span
	text  string // text is the token as written.
	lower string // lower is text in lower case.
	word  bool   // word is true for letters and digits, false for punctuation.
}

// tokenize returns the tokens of text[s.Start:s.End]: runs of letters and
// digits (with inner apostrophes, hyphens and dots, as in "Beijing’s",
// "Asia-Pacific", "U.S") and single punctuation marks.
func tokenize(text string, s dyad.Span) []tok {
	out := make([]tok, 0, s.Len()/5+1)
	for i := s.Start; i < s.End; {
		r, n := utf8.DecodeRuneInString(text[i:s.End])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(text, i, s.End)
			out = append(out, newTok(text, i, j, true))
			i = j
		default:
			out = append(out, newTok(text, i, i+n, false))
			i += n
		}
	}
	return out
}

func newTok(text string, i, j int, word bool) tok {
	return tok{span: dyad.Span{Start: i, End: j}, text: text[i:j], lower: strings.ToLower(text[i:j]), word: word}
}

// wordEnd returns the end of the word starting at i.
func wordEnd(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if isWordRune(r) {
			i += n
			continue
		}
		if strings.ContainsRune("'’-.", r) && i+n < end {
			if r2, _ := utf8.DecodeRuneInString(text[i+n : end]); isWordRune(r2) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// isMark reports whether s is the opening or closing mark of a quotation.
func (d *doc) isMark(s dyad.Span) bool { return d.marks[s] }

// tokens returns the tokens of the article that lie inside s, from the
// token list made once for the whole text; a word that s cuts is left out.
// The slice is shared: callers must not modify it.
func (d *doc) tokens(s dyad.Span) []tok {
	i := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].span.Start >= s.Start })
	j := sort.Search(len(d.toks), func(j int) bool { return d.toks[j].span.End > s.End })
	if j < i {
		return nil
	}
	return d.toks[i:j:j]
}

// plain returns the tokens inside s that are neither quotation marks nor
// inside a direct quotation, from the list made once for the text. The
// slice is shared: callers must not modify it.
func (d *doc) plain(s dyad.Span) []tok {
	i := sort.Search(len(d.plainToks), func(i int) bool { return d.plainToks[i].span.Start >= s.Start })
	j := sort.Search(len(d.plainToks), func(j int) bool { return d.plainToks[j].span.End > s.End })
	if j < i {
		return nil
	}
	return d.plainToks[i:j:j]
}

// capitalised reports whether t is a word starting with an upper-case letter.
func (t tok) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return t.word && unicode.IsUpper(r)
}

// is reports whether t is the punctuation mark or lower-case word w.
func (t tok) is(ws ...string) bool {
	for _, w := range ws {
		if t.lower == w {
			return true
		}
	}
	return false
}

// reach is how many bytes before or after a quotation the finder reads
// for its attribution: far more than any attribution takes, and a bound
// that keeps the work linear on a text that is one huge paragraph.
const reach = 600

// back returns the later of from and to-reach, on a rune boundary.
func back(text string, from, to int) int {
	if to-reach <= from {
		return from
	}
	i := to - reach
	for i < to && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// ahead returns the earlier of to and from+reach, on a rune boundary.
func ahead(text string, from, to int) int {
	if from+reach >= to {
		return to
	}
	i := from + reach
	for i > from && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// abbreviations end with a period without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "rep": true, "sen": true, "gov": true, "st": true,
	"jr": true, "sr": true, "u.s": true, "u.k": true, "u.n": true, "vs": true,
	"maj": true, "adm": true, "rev": true, "pres": true, "amb": true, "inc": true, "co": true,
	"cmdr": true, "cdr": true, "supt": true, "det": true, "insp": true, "atty": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "a.m": true, "p.m": true,
}
