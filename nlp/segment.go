package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// Segment splits text into sentences of tokens (spans only, no tags). It
// needs no tagging model. A line break ends a sentence (headlines,
// datelines and boilerplate lines stand alone) unless the next line
// continues it in lower case; inside a line a sentence ends at '.', '!',
// '?', '…' (with closing quotes and brackets) or an emoticon (":)") before
// a word that can start a sentence, and where the small embedded boundary
// classifier sees an end that the rules miss (see boundaryClassifier).
// Any UTF-8 text gives spans; invalid bytes are treated as space.
func Segment(text string) []dyad.Sentence {
	var extra splitter
	if c := loadBoundary(); c != nil {
		extra = c.split
	}
	return segment(text, extra)
}

// splitter reports whether a sentence ends after token i of the line toks
// where the rules see no end; n is the number of tokens of the sentence so
// far and g the kind of the gap (see gapKind).
type splitter func(text string, toks []dyad.Span, i, n int, g gap) bool

// segment is Segment with an extra splitter (nil for the rules alone).
func segment(text string, extra splitter) []dyad.Sentence {
	out := []dyad.Sentence{}
	var cur []dyad.Token
	flush := func() {
		if len(cur) > 0 {
			out = append(out, dyad.Sentence{Span: dyad.Span{Start: cur[0].Span.Start, End: cur[len(cur)-1].Span.End}, Tokens: cur})
			cur = nil
		}
	}
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		toks := Tokenize(text, start, end)
		dateline := -1
		if len(cur) == 0 {
			dateline = datelineEnd(text, toks)
		}
		for i, sp := range toks {
			cur = append(cur, dyad.Token{Span: sp})
			if i == dateline || endsSentence(text, toks, i) || len(cur) >= maxSentenceTokens ||
				extra != nil && i > dateline && splitsAt(text, toks, i, len(cur), extra) {
				flush()
			}
		}
		if !continues(text, end) {
			flush()
		}
		start = end + 1
	}
	flush()
	return out
}

// datelineEnd returns the index of the dash that ends a dateline at the
// start of a line ("BEIJING, Jan. 16 (Xinhua) --", "LONDON (Reuters) -"),
// or -1. A dateline starts with a place in capitals, holds no word in
// lower case before the dash outside brackets ("(dyad example)" names a
// source), and a sentence starts after it.
func datelineEnd(text string, toks []dyad.Span) int {
	if len(toks) < 3 || !isCapsWord(toks[0].In(text)) {
		return -1
	}
	inBrackets := false
	for i := 1; i < len(toks) && i <= 12; i++ {
		tok := toks[i].In(text)
		switch {
		case tok == "(":
			inBrackets = true
		case tok == ")":
			inBrackets = false
		case tok == "--" || tok == "—" || tok == "–" || tok == "-":
			if i+1 < len(toks) && startsSentence(toks[i+1].In(text)) {
				return i
			}
			return -1
		case startsLower(tok) && !inBrackets:
			return -1
		}
	}
	return -1
}

func isCapsWord(tok string) bool {
	letters := 0
	for _, r := range tok {
		if !unicode.IsUpper(r) && r != '.' && r != '-' {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// maxSentenceTokens bounds a sentence: a longer run without a sentence
// mark (a list, a table, a dump) is cut, which keeps parsing linear.
const maxSentenceTokens = 400

// continues reports whether the line ending at the newline at end runs on
// into the next line: the line is long, does not end in a sentence mark,
// and the next line starts with a lower-case letter.
func continues(text string, end int) bool {
	if end >= len(text) {
		return false
	}
	lineStart := strings.LastIndexByte(text[:end], '\n') + 1
	line := strings.TrimSpace(text[lineStart:end])
	if len(line) < 40 || strings.ContainsAny(line[len(line)-1:], ".!?:\"”") {
		return false
	}
	next := strings.TrimLeft(text[end+1:], " \t\r")
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

// splitsAt reports whether the extra splitter ends a sentence after token
// i of the line, the n-th of its sentence, at a gap where it may.
func splitsAt(text string, toks []dyad.Span, i, n int, extra splitter) bool {
	g := gapKind(text, toks, i)
	return g != gapNever && extra(text, toks, i, n, g)
}

// gap is the kind of a gap between two tokens of a line, for the boundary
// classifier.
type gap uint8

const (
	// gapNever is a gap where the classifier is not asked.
	gapNever gap = iota
	// gapOpen is a gap after a mark or symbol, where the classifier
	// splits at its ordinary margin.
	gapOpen
	// gapGuarded is a gap between a word and a word that is seldom part
	// of a name, where the classifier splits only when it is very sure.
	gapGuarded
)

// gapKind tells where the extra splitter may end a sentence after token i
// of the line: not at its end, which the rules decide; not between two
// words in lower case, where a sentence seldom ends (and skipping them
// keeps Segment fast); nor between a word, a number or a closing bracket
// and a capitalised word, which in news is most often a name ("Canadian
// PM Mark Carney", "(PLO) Chairman Yasser Arafat", "1,000 Palestinian
// refugees"), except after a clock time. Some of those gaps are guarded
// rather than closed (see guarded).
func gapKind(text string, toks []dyad.Span, i int) gap {
	if i+1 >= len(toks) {
		return gapNever
	}
	cur, next := toks[i].In(text), toks[i+1].In(text)
	r, _ := utf8.DecodeRuneInString(cur)
	word := unicode.IsLetter(r) || unicode.IsDigit(r) || cur == ")" || cur == "]"
	switch {
	case isOpeningMark(cur) || isClosing(next) && toks[i].End == toks[i+1].Start:
		return gapNever // quotes and brackets stay with what they enclose
	case cur == "." && listNumber(text, toks, i-1):
		return gapNever // "1. The pricing…"
	case !word || !startsLower(next) && !startsUpper(next) || afterClock(text, toks, i):
		return gapOpen
	case guarded(text, toks, i):
		return gapGuarded
	}
	return gapNever
}

// isOpeningMark reports an opening quote or bracket that cannot close
// one ("“", "“", "(", not the straight '"').
func isOpeningMark(tok string) bool {
	switch tok {
	case "“", "‘", "``", "`", "(", "[", "{", "«":
		return true
	}
	return false
}

// guarded reports a gap after a word where a sentence may end although no
// mark says so: after a web or e-mail address or a file name, before a web
// address, or between a word in lower case and a capitalised word that is
// not followed by another (a name runs on: "met Mark Carney").
func guarded(text string, toks []dyad.Span, i int) bool {
	cur, next := toks[i].In(text), toks[i+1].In(text)
	if isAddress(cur) || isAddress(next) {
		return true
	}
	if !startsLower(cur) || !startsUpper(next) {
		return false
	}
	return i+2 >= len(toks) || !startsUpper(toks[i+2].In(text))
}

// addressList reports whether the address at token i is an item of a list
// of addresses ("a.pdf - b.pdf", "http://a.org/1 http://a.org/2"), which
// web text writes one a line and the treebank as one sentence each.
func addressList(text string, toks []dyad.Span, i int) bool {
	next := toks[i+1].In(text)
	if next == "-" && i+2 < len(toks) {
		next = toks[i+2].In(text)
	}
	return isAddress(next)
}

// isAddress reports a web or e-mail address or a file name.
func isAddress(tok string) bool {
	if strings.Contains(tok, "://") || strings.HasPrefix(tok, "www.") {
		return true
	}
	if at := strings.IndexByte(tok, '@'); at > 0 && strings.Contains(tok[at:], ".") {
		return true
	}
	dot := strings.LastIndexByte(tok, '.')
	switch strings.ToLower(tok[dot+1:]) {
	case "pdf", "doc", "xls", "html", "htm", "jpg", "txt", "ppt", "com", "org", "net":
		return dot > 0
	}
	return false
}

// afterClock reports whether token i is "AM" or "PM" after a time of day,
// which ends the header line of a forwarded e-mail ("08/16/2000 12:05 PM").
func afterClock(text string, toks []dyad.Span, i int) bool {
	tok := toks[i].In(text)
	if i == 0 || (tok != "AM" && tok != "PM") {
		return false
	}
	prev := toks[i-1].In(text)
	return strings.Contains(prev, ":") && strings.ContainsAny(prev[:1], "0123456789")
}

func startsUpper(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r)
}

// endsSentence reports whether the sentence ends after token i of the line.
func endsSentence(text string, toks []dyad.Span, i int) bool {
	tok := toks[i].In(text)
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].In(text)
	}
	if isClosing(tok) && i > 0 && toks[i-1].End == toks[i].Start {
		// A closing quote or bracket ends the sentence its mark ended.
		prev := toks[i-1].In(text)
		if !isFinal(prev) && !(isAbbrev(prev) && strings.Count(prev, ".") > 1) {
			return false
		}
		return next == "" || startsSentence(next)
	}
	if isClosing(next) && toks[i].End == toks[i+1].Start && (isFinal(tok) || tok == ".") {
		return false // the closing mark comes first
	}
	switch {
	case tok == "." && listNumber(text, toks, i-1):
		return false
	case isFinal(tok) || isEmoticon(tok):
		return next == "" || startsSentence(next)
	case isAddress(tok) && next != "":
		return addressList(text, toks, i)
	case isAbbrev(tok) && strings.Count(tok, ".") > 1 && len(tok) > 2 && !isPostscript(tok), markedName(tok):
		return next != "" && commonStarter(next)
	}
	return false
}

// listNumber reports whether token k, followed by a period, numbers an
// item of a list ("1. The pricing…", "*2. The second…"): a number of one
// or two digits that starts the line or follows a sentence mark or a
// bullet.
func listNumber(text string, toks []dyad.Span, k int) bool {
	if k < 0 || toks[k].Len() > 2 || !isNumber(toks[k].In(text)) {
		return false
	}
	if k == 0 {
		return true
	}
	prev := toks[k-1].In(text)
	return isFinal(prev) || prev == "*" || prev == "•" || prev == ":"
}

// isPostscript reports "P.S." and "P.P.S.", which start a sentence.
func isPostscript(tok string) bool {
	lower := strings.ToLower(tok)
	return lower == "p.s." || lower == "p.p.s."
}

func isFinal(tok string) bool {
	switch tok {
	case ".", "!", "?", "…", "?!", "!?":
		return true
	}
	return strings.HasPrefix(tok, "..") || strings.Trim(tok, "!?") == "" && tok != ""
}

func isClosing(tok string) bool {
	switch tok {
	case "\"", "”", "’", "'", "''", ")", "]", "}", "»":
		return true
	}
	return false
}

// startsSentence reports whether tok can begin a sentence: an upper-case
// letter, a digit, an opening quote or bracket, or a symbol.
func startsSentence(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpening(r) || r == '-' || r == '—' ||
		unicode.Is(unicode.So, r) || unicode.Is(unicode.Lo, r)
}

// commonStarter reports a word that usually begins a sentence, so that an
// abbreviation like "U.S." before it ends one.
func commonStarter(tok string) bool {
	switch tok {
	case "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A", "An", "This", "That",
		"There", "Its", "His", "Her", "Their", "Our", "On", "At", "As", "If", "When", "While", "After", "For":
		return true
	}
	return false
}

// startsLower reports a word in lower case: web text often starts its
// sentences so.
func startsLower(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsLower(r)
}
