package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// splitUnits cuts every paragraph into units: a unit ends after '.', '!'
// or '?' (or a quotation ending with one) followed by space and a capital,
// a digit or an opening mark. Quotations are opaque: a unit never ends
// inside one.
func (d *doc) splitUnits() []unit {
	var out []unit
	q := 0
	for pi, p := range d.paras {
		start := p.Start
		for pos := p.Start; pos < p.End; {
			for q < len(d.quotes) && d.quotes[q].open.Start < pos {
				q++
			}
			end, terminal := d.step(pos, p.End, q)
			if terminal && d.breakAfter(end, p.End) {
				out = append(out, unit{span: trim(d.text, dyad.Span{Start: start, End: end}), para: pi})
				start = end
			}
			pos = end
		}
		if s := trim(d.text, dyad.Span{Start: start, End: p.End}); s.Len() > 0 {
			out = append(out, unit{span: s, para: pi})
		}
	}
	return out
}

// step moves past the rune or quotation at pos and reports whether what it
// passed ends with a sentence-final mark.
func (d *doc) step(pos, end, q int) (int, bool) {
	if q < len(d.quotes) && d.quotes[q].open.Start == pos {
		qt := d.quotes[q]
		next := min(max(qt.close.End, qt.raw.End, pos+qt.open.Len()), end)
		return next, qt.close.Len() > 0 && endsSentence(d.text, qt.raw) && !d.attributionFollows(qt)
	}
	r, n := utf8.DecodeRuneInString(d.text[pos:end])
	switch r {
	case '!', '?':
		return pos + n, true
	case '.':
		return pos + n, !isAbbreviation(lastWord(d.text[:pos]))
	}
	return pos + n, false
}

// attributionFollows reports whether a speech verb follows the closing
// mark of q within maxSubject words, ending its clause without a colon: the
// quotation's final mark does not end the sentence (“Why?” Carney asked).
func (d *doc) attributionFollows(q *found) bool {
	ts := d.tokens(dyad.Span{Start: q.close.End, End: ahead(d.text, q.close.End, d.paras[q.lastPara].End)})
	verb := false
	for i, words := 0, 0; i < len(ts) && words <= maxSubject; i++ {
		t := ts[i]
		if !t.word {
			if verb || t.is(".", "!", "?", ":", ";") || d.isOpening(t) {
				return verb && !t.is(":")
			}
			continue
		}
		words++
		if v, ok := d.lex.lookup(t.text); ok && t.text == t.lower && !v.Call && !v.Participle {
			verb = true
		}
	}
	return verb
}

// isOpening reports whether t is an opening quotation mark.
func (d *doc) isOpening(t tok) bool {
	_, ok := openingFamily([]rune(t.text)[0])
	return ok
}

// endsSentence reports whether the text at s ends with '.', '!', '?' or '…'.
func endsSentence(text string, s dyad.Span) bool {
	r, _ := utf8.DecodeLastRuneInString(s.In(text))
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// breakAfter reports whether a unit ends at pos: space follows, then a
// capital, a digit or an opening mark.
func (d *doc) breakAfter(pos, end int) bool {
	k := pos
	for k < end {
		r, n := utf8.DecodeRuneInString(d.text[k:end])
		if !unicode.IsSpace(r) {
			if k == pos {
				return strings.ContainsRune(")]", r) && d.breakAfter(k+n, end)
			}
			return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("“‘\"'«(", r)
		}
		k += n
	}
	return false
}

// lastWord returns the letters just before the end of s.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !isWordRune(r) && r != '.' })
	return s[i+1:]
}

// isAbbreviation reports whether w, before a period, is a known
// abbreviation or a single capital initial.
func isAbbreviation(w string) bool {
	if abbreviations[strings.ToLower(w)] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// unitAt returns the index of the unit holding offset, or the last unit
// starting before it.
func (d *doc) unitAt(offset int) int {
	i := sort.Search(len(d.units), func(i int) bool { return d.units[i].span.Start > offset })
	return max(i-1, 0)
}

// isFragment reports whether q is a quoted phrase inside the writer's own
// sentence ("he was “glad” to see") rather than the speaker's sentence.
func (d *doc) isFragment(q *found) bool {
	prev, _ := d.runeBefore(q.open.Start, d.paras[q.para].Start)
	first, _ := utf8.DecodeRuneInString(q.inner.In(d.text))
	terminal := endsSentence(d.text, q.raw) || strings.ContainsRune(",—–-…:", lastRune(d.text, q.raw))
	switch {
	case prev == 0 || strings.ContainsRune(":.!?([—–”’\"'»", prev):
		return !terminal && d.phraseFollows(q)
	case prev == ',':
		return unicode.IsLower(first) && !d.verbBefore(q, 3) && !d.splitQuote(q)
	}
	if !unicode.IsUpper(first) {
		return true
	}
	return !d.verbBefore(q, 3) && !(endsSentence(d.text, q.raw) && d.words(q.inner) >= 4)
}

// splitQuote reports whether q continues the quotation before it in its
// unit, the two split by a short attribution: “…,” comments Johnston in a
// statement, “as it's …”.
func (d *doc) splitQuote(q *found) bool {
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].open.Start >= q.open.Start })
	if i == 0 {
		return false
	}
	prev := d.quotes[i-1]
	if prev.unit != q.unit || prev.close.Len() == 0 {
		return false
	}
	between := dyad.Span{Start: prev.close.End, End: q.open.Start}
	return lastRune(d.text, prev.raw) == ',' || strings.HasPrefix(strings.TrimSpace(between.In(d.text)), ",") &&
		d.words(between) <= maxSubject
}

// phraseFollows reports whether the writer's sentence goes on after the
// closing mark of q with a lower-case word that is neither a pronoun nor a
// speech verb: "‘Historic gains’ in a divided world".
func (d *doc) phraseFollows(q *found) bool {
	if q.close.Len() == 0 || q.lastPara != q.para {
		return false
	}
	ts := d.tokens(dyad.Span{Start: q.close.End, End: ahead(d.text, q.close.End, d.paras[q.para].End)})
	if len(ts) == 0 || !ts[0].word || ts[0].capitalised() {
		return false
	}
	_, speech := d.lex.lookup(ts[0].lower)
	return !speech && !isPronoun(ts[0].lower) && !ts[0].is("according")
}

// verbBefore reports whether a speech verb stands within n words before
// the opening mark of q, in its paragraph.
func (d *doc) verbBefore(q *found, n int) bool {
	ts := d.tokens(dyad.Span{Start: back(d.text, d.paras[q.para].Start, q.open.Start), End: q.open.Start})
	for i, seen := len(ts)-1, 0; i >= 0 && seen <= n; i-- {
		if !ts[i].word {
			continue
		}
		if _, ok := d.lex.lookup(ts[i].text); ok && ts[i].text == ts[i].lower {
			return true
		}
		seen++
	}
	return false
}

// runeBefore returns the last non-space rune before pos and after from, or 0.
func (d *doc) runeBefore(pos, from int) (rune, int) {
	s := trim(d.text, dyad.Span{Start: from, End: pos})
	if s.Len() == 0 {
		return 0, from
	}
	r, n := utf8.DecodeLastRuneInString(s.In(d.text))
	return r, s.End - n
}

// lastRune returns the last rune of the text at s, or 0.
func lastRune(text string, s dyad.Span) rune {
	if s.Len() == 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s.In(text))
	return r
}
