package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// family groups quotation marks that pair with each other.
type family int

const (
	double family = iota + 1 // “ ” " „ « »
	single                   // ‘ ’ '
)

// direct is a stretch of text between quotation marks, as the scanner found
// it.
type direct struct {
	inner    dyad.Span // inner covers the quoted words without marks, outer space or a final comma.
	raw      dyad.Span // raw covers everything between the marks.
	open     dyad.Span // open is the opening mark.
	close    dyad.Span // close is the closing mark; empty if the quote is not closed.
	para     int       // para is the index of the paragraph where the quote opens.
	lastPara int       // lastPara is the index of the paragraph where it ends.
}

// opener is a quotation mark waiting for its closing mark.
type opener struct {
	fam      family
	straight bool // straight is true for " and '.
	curly    bool // curly is true for “ „ « (never nested in their own kind).
	at       dyad.Span
}

// paragraphs returns the spans of the non-blank lines of text, trimmed.
func paragraphs(text string) []dyad.Span {
	var out []dyad.Span
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if s := trim(text, dyad.Span{Start: start, End: end}); s.Len() > 0 {
			out = append(out, s)
		}
		start = end + 1
	}
	return out
}

// trim returns s without the white space at either end.
func trim(text string, s dyad.Span) dyad.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

// scanner finds the direct quotations of a text, paragraph by paragraph.
type scanner struct {
	text  string
	paras []dyad.Span
	stack []opener
	start int // start is the paragraph where the open quote began.
	out   []direct
}

// scanQuotes returns the top-level quotations of text in order. Marks
// nested inside a quotation belong to it; an opening mark with no closing
// mark runs to the end of its paragraph, or on into the next paragraph if
// that one opens with a mark of the same kind (the multi-paragraph
// convention).
func scanQuotes(text string, paras []dyad.Span) []direct {
	sc := &scanner{text: text, paras: paras}
	for i, p := range paras {
		pos := p.Start
		if len(sc.stack) > 0 {
			pos = sc.reopen(i, p)
		}
		sc.paragraph(i, pos, p.End)
	}
	return sc.out
}

// reopen handles a quotation left open at the end of the previous
// paragraph: it continues if paragraph i opens with a mark of its family,
// and ends with the previous paragraph otherwise. It returns where to go on
// scanning.
func (sc *scanner) reopen(i int, p dyad.Span) int {
	bottom := sc.stack[0]
	r, n := utf8.DecodeRuneInString(sc.text[p.Start:p.End])
	if fam, ok := openingFamily(r); ok && fam == bottom.fam {
		sc.stack = sc.stack[:1]
		return p.Start + n
	}
	sc.emit(bottom, dyad.Span{Start: sc.paras[i-1].End, End: sc.paras[i-1].End}, i-1)
	return p.Start
}

// openingFamily returns the family of a mark that can open a paragraph.
func openingFamily(r rune) (family, bool) {
	switch r {
	case '“', '„', '«', '"':
		return double, true
	case '‘', '\'':
		return single, true
	}
	return 0, false
}

// paragraph scans text[pos:end], the rest of paragraph i.
func (sc *scanner) paragraph(i, pos, end int) {
	for pos < end {
		r, n := utf8.DecodeRuneInString(sc.text[pos:end])
		at := dyad.Span{Start: pos, End: pos + n}
		if pair, ok := sc.doubled(i, r, at, end); ok {
			pos = pair.End
			continue
		}
		switch r {
		case '“', '„', '«':
			sc.openCurly(i, opener{fam: double, curly: true, at: at})
		case '‘':
			if !sc.digitAfter(at.End, end) {
				sc.push(i, opener{fam: single, at: at})
			}
		case '”', '»':
			sc.close(double, at, i)
		case '’':
			if !sc.letterAround(at, end) {
				sc.close(single, at, i)
			}
		case '"':
			sc.straight(i, double, at, end)
		case '\'':
			if !sc.letterAround(at, end) {
				sc.straight(i, single, at, end)
			}
		}
		pos += n
	}
	if len(sc.stack) > 0 && (i+1 >= len(sc.paras) || !sc.continues(i+1)) {
		sc.emit(sc.stack[0], dyad.Span{Start: end, End: end}, i)
	}
}

// doubled handles two single marks written for a double one, as some
// wires do (‘‘…’’, ”…”): a doubled closing mark closes an open double
// quotation, a doubled opening mark opens one, in paragraph i. It returns the pair's span
// and whether r began such a pair.
func (sc *scanner) doubled(i int, r rune, at dyad.Span, end int) (dyad.Span, bool) {
	if r != '’' && r != '‘' && r != '\'' || at.End >= end {
		return dyad.Span{}, false
	}
	if r2, n := utf8.DecodeRuneInString(sc.text[at.End:end]); r2 != r || sc.letterAround(dyad.Span{Start: at.Start, End: at.End + n}, end) {
		return dyad.Span{}, false
	}
	pair := dyad.Span{Start: at.Start, End: at.End + at.Len()}
	if r != '‘' && len(sc.stack) > 0 && sc.stack[0].fam == double && sc.close(double, pair, i) {
		return pair, true
	}
	if r != '’' && sc.spaceBefore(at.Start) && !sc.spaceAfter(pair.End, end) {
		sc.push(i, opener{fam: double, curly: r == '‘', at: pair})
		return pair, true
	}
	return dyad.Span{}, false
}

// continues reports whether paragraph i opens with a mark that continues
// the open quotation.
func (sc *scanner) continues(i int) bool {
	p := sc.paras[i]
	r, _ := utf8.DecodeRuneInString(sc.text[p.Start:p.End])
	fam, ok := openingFamily(r)
	return ok && fam == sc.stack[0].fam
}

// openCurly opens a quotation with “. A “ inside an open “ means the first
// was never closed: it ends before the new mark.
func (sc *scanner) openCurly(i int, o opener) {
	if len(sc.stack) > 0 && sc.stack[len(sc.stack)-1].curly {
		sc.emit(sc.stack[0], dyad.Span{Start: o.at.Start, End: o.at.Start}, i)
	}
	sc.push(i, o)
}

// push opens a quotation, or a nested one.
func (sc *scanner) push(i int, o opener) {
	if len(sc.stack) == 0 {
		sc.start = i
	}
	sc.stack = append(sc.stack, o)
}

// close closes the innermost open quotation of family fam, if any; a
// closing mark with no opener is a stray mark and is ignored.
func (sc *scanner) close(fam family, at dyad.Span, i int) bool {
	for k := len(sc.stack) - 1; k >= 0; k-- {
		if sc.stack[k].fam != fam {
			continue
		}
		if k == 0 {
			sc.emit(sc.stack[0], at, i)
		} else {
			sc.stack = sc.stack[:k]
		}
		return true
	}
	return false
}

// straight handles a straight mark, which may open or close: it closes an
// open quotation of its family when it follows a word, and opens one when
// it precedes a word.
func (sc *scanner) straight(i int, fam family, at dyad.Span, end int) {
	before, after := sc.spaceBefore(at.Start), sc.spaceAfter(at.End, end)
	if !(before && !after) && sc.close(fam, at, i) {
		return
	}
	if before && after && len(sc.stack) == 0 && sc.wordAfterSpace(at.End, end) {
		after = false // a stray space after an opening mark: he said. " You guys …"
	}
	if !after && (before || sc.openPunctBefore(at.Start)) {
		if fam == single && sc.digitAfter(at.End, end) {
			return // '90s
		}
		sc.push(i, opener{fam: fam, straight: true, at: at})
	}
}

// emit records the quotation opened by o and closed by the mark at close
// (empty if unclosed), ending in paragraph i, and clears the stack.
func (sc *scanner) emit(o opener, close dyad.Span, i int) {
	sc.stack = sc.stack[:0]
	raw := trim(sc.text, dyad.Span{Start: o.at.End, End: close.Start})
	inner := trimTrailingComma(sc.text, raw)
	if inner.Len() == 0 {
		return
	}
	sc.out = append(sc.out, direct{inner: inner, raw: raw, open: o.at, close: close, para: sc.start, lastPara: i})
}

// trimTrailingComma drops the comma that ends a quotation before its
// attribution ("Together," he said): the writer's punctuation, not the
// speaker's.
func trimTrailingComma(text string, s dyad.Span) dyad.Span {
	for s.Len() > 0 && strings.ContainsRune(",;", rune(text[s.End-1])) {
		s = trim(text, dyad.Span{Start: s.Start, End: s.End - 1})
	}
	return s
}

func (sc *scanner) spaceBefore(pos int) bool {
	if pos == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(sc.text[:pos])
	return unicode.IsSpace(r)
}

func (sc *scanner) spaceAfter(pos, end int) bool {
	if pos >= end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(sc.text[pos:end])
	return unicode.IsSpace(r) || strings.ContainsRune(",.;:!?)]—–-", r)
}

// wordAfterSpace reports whether one space and then a capital letter
// follow pos.
func (sc *scanner) wordAfterSpace(pos, end int) bool {
	if pos+1 >= end || sc.text[pos] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sc.text[pos+1 : end])
	return unicode.IsUpper(r)
}

func (sc *scanner) openPunctBefore(pos int) bool {
	r, _ := utf8.DecodeLastRuneInString(sc.text[:pos])
	return strings.ContainsRune("([{—–-/“‘\"'", r)
}

func (sc *scanner) digitAfter(pos, end int) bool {
	r, _ := utf8.DecodeRuneInString(sc.text[pos:end])
	return unicode.IsDigit(r)
}

// letterAround reports whether the mark at is between two letters or
// digits: an apostrophe ("that's", "Beijing’s").
func (sc *scanner) letterAround(at dyad.Span, end int) bool {
	if at.Start == 0 || at.End >= end {
		return false
	}
	b, _ := utf8.DecodeLastRuneInString(sc.text[:at.Start])
	a, _ := utf8.DecodeRuneInString(sc.text[at.End:end])
	return isWordRune(b) && isWordRune(a)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
