package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dyad"
)

// Tokenize returns the tokens of text[start:end] as spans into text, in the
// Penn/UD English style: punctuation split from words, clitics split off
// ("do" "n't", "John" "'s"), hyphens between letters split, abbreviations,
// numbers, URLs, e-mail addresses, hashtags and mentions kept whole.
func Tokenize(text string, start, end int) []dyad.Span {
	var out []dyad.Span
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if isSpace(r) {
			i += n
			continue
		}
		j := i
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:end])
			if isSpace(r) {
				break
			}
			j += n
		}
		out = splitLong(text, i, j, out)
		i = j
	}
	return out
}

// maxChunk bounds the white-space-free run splitChunk sees at once, which
// keeps tokenizing linear on pathological input.
const maxChunk = 256

// splitLong cuts a white-space-free run longer than maxChunk into pieces
// (at character boundaries) before splitting each.
func splitLong(text string, s, e int, out []dyad.Span) []dyad.Span {
	for e-s > maxChunk {
		cut := s + maxChunk
		for cut > s && !utf8.RuneStart(text[cut]) {
			cut--
		}
		out = splitChunk(text, s, cut, out)
		s = cut
	}
	return splitChunk(text, s, e, out)
}

// isSpace reports white space, control characters and format characters
// (zero-width spaces, byte order marks), which never belong to a token.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError ||
		unicode.Is(unicode.Cf, r)
}

// splitChunk appends the tokens of the white-space-free chunk text[s:e].
func splitChunk(text string, s, e int, out []dyad.Span) []dyad.Span {
	if s >= e {
		return out
	}
	c := text[s:e]
	if isWhole(c) {
		return append(out, dyad.Span{Start: s, End: e})
	}
	// Leading punctuation, one mark at a time.
	if r, n := utf8.DecodeRuneInString(c); isOpening(r) || (r == '-' && !startsNumber(c[n:])) || isSymbol(r) {
		switch {
		case strings.HasPrefix(c, "--"):
			n = len(c) - len(strings.TrimLeft(c, "-"))
		case strings.HasPrefix(c, "``"):
			n = 2 // a Penn opening quote
		}
		out = append(out, dyad.Span{Start: s, End: s + n})
		return splitChunk(text, s+n, e, out)
	}
	// Trailing punctuation, from the right.
	if k := trailing(c); k > 0 {
		out = splitChunk(text, s, e-k, out)
		return append(out, dyad.Span{Start: e - k, End: e})
	}
	if k := clitic(c); k > 0 && k < len(c) {
		out = splitChunk(text, s, e-k, out)
		return append(out, dyad.Span{Start: e - k, End: e})
	}
	if a, b, ok := inner(c); ok {
		out = splitChunk(text, s, s+a, out)
		out = append(out, dyad.Span{Start: s + a, End: s + b})
		return splitChunk(text, s+b, e, out)
	}
	return append(out, dyad.Span{Start: s, End: e})
}

// isWhole reports a chunk kept as one token: URLs, e-mail addresses,
// hashtags, mentions, numbers and known abbreviations.
func isWhole(c string) bool {
	lc := strings.ToLower(c)
	switch {
	case strings.HasPrefix(lc, "http://") || strings.HasPrefix(lc, "https://") || strings.HasPrefix(lc, "www."):
		return !strings.ContainsAny(c[len(c)-1:], ".,;:!?)]\"'”’")
	case (c[0] == '#' || c[0] == '@') && len(c) > 1 && isWordy(c[1:]):
		return true
	case isEmail(c):
		return true
	case isNumber(c):
		return true
	}
	return isAbbrev(c) || markedName(c) || isEmoticon(c)
}

// isEmoticon reports an emoticon written with marks (":)", ";-)", ":P",
// "^_^"), which EWT keeps as one token and web text often puts at the end
// of a sentence in place of a period (EWT train and dev: 74 of 90 end
// one). Only a chunk between spaces is one: "8)" numbers a list item and
// "<3" stands for a verb.
func isEmoticon(c string) bool {
	switch c {
	case ":)", ":-)", ":(", ":-(", ";)", ";-)", "=)", "=(", "(:", ":D", ":-D", "=D", ":P", ":-P",
		":p", ":-p", ";P", ";p", ":O", ":o", ":/", ":-/", ":|", ":'(", ":*", "^_^", "^^", "-_-":
		return true
	}
	return false
}

func isWordy(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			return false
		}
	}
	return true
}

func isEmail(c string) bool {
	at := strings.IndexByte(c, '@')
	return at > 0 && strings.Contains(c[at:], ".") && isWordy(strings.NewReplacer(".", "", "-", "", "_", "").Replace(c[:at])) &&
		!strings.ContainsAny(c[len(c)-1:], ".,;:!?)]\"'”’")
}

// isNumber reports digits with inner separators: 1,000.50 10:30 9/11
// 713-853-3989 3.5.
func isNumber(c string) bool {
	if c == "" || !isDigit(c[0]) || !isDigit(c[len(c)-1]) {
		return false
	}
	for i := 0; i < len(c); i++ {
		if !isDigit(c[i]) && !strings.ContainsRune(".,:/-", rune(c[i])) {
			return false
		}
		if !isDigit(c[i]) && i+1 < len(c) && !isDigit(c[i+1]) {
			return false
		}
	}
	return true
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func startsNumber(s string) bool { return s != "" && isDigit(s[0]) }

func isOpening(r rune) bool {
	return strings.ContainsRune("([{\"'“‘«¿¡`<*", r)
}

// isSymbol reports a mark split off the front of a word: currency, dashes,
// emoji and other symbols.
func isSymbol(r rune) bool {
	return strings.ContainsRune("$£€¥—–…~^|+=&·•►▶", r) || unicode.Is(unicode.So, r) ||
		(unicode.IsPunct(r) && !strings.ContainsRune("#@'’.-_", r))
}

// trailing returns the byte length of the punctuation mark to split off the
// end of c, or 0.
func trailing(c string) int {
	r, n := utf8.DecodeLastRuneInString(c)
	if n == len(c) {
		return 0
	}
	switch {
	case strings.HasSuffix(c, ".."):
		k := len(c) - len(strings.TrimRight(c, "."))
		if k == len(c) {
			return 0
		}
		return k
	case r == '.':
		if isAbbrev(c) {
			return 0
		}
		return 1
	case r == '-':
		k := len(c) - len(strings.TrimRight(c, "-"))
		if k == len(c) {
			return 0
		}
		return k
	case r == '\'' || r == '’':
		if strings.HasSuffix(c, "''") && len(c) > 2 {
			return 2 // a Penn closing quote
		}
		if isAbbrev(c) {
			return 0
		}
		return n
	case r == '%' || r == '#':
		return n
	case strings.ContainsRune(",;:!?)]}\"”»>*/", r) || isSymbol(r) || unicode.IsPunct(r):
		return n
	}
	return 0
}

// clitic returns the byte length of a clitic at the end of c ("n't", "'s",
// "'ll", "na" of "gonna"), or 0.
func clitic(c string) int {
	lc := strings.ToLower(strings.ReplaceAll(c, "’", "'"))
	switch lc {
	case "cannot":
		return 3
	case "gonna", "wanna", "gotta":
		return 2
	}
	if strings.HasSuffix(lc, "n't") && len(lc) > 3 {
		return len("n't") + (len(c) - len(lc))
	}
	for _, cl := range []string{"'s", "'re", "'ve", "'ll", "'d", "'m"} {
		if strings.HasSuffix(lc, cl) && len(lc) > len(cl) {
			k := len(cl)
			if strings.HasSuffix(c, "’"+cl[1:]) {
				k += len("’") - 1
			}
			return k
		}
	}
	return 0
}

// inner finds a mark to split inside c (a hyphen between letters, a slash,
// a dash, a currency symbol before a number) and returns its byte range.
func inner(c string) (int, int, bool) {
	for i, r := range c {
		if i == 0 {
			continue
		}
		n := utf8.RuneLen(r)
		switch {
		case r == '—' || r == '–' || r == '…':
			return i, i + n, true
		case strings.HasPrefix(c[i:], "``"):
			return i, i + 2, true // a Penn opening quote: said:``We
		case strings.HasPrefix(c[i:], "--"):
			return i, i + len(c[i:]) - len(strings.TrimLeft(c[i:], "-")), true
		case r == '-' && splitHyphen(c[:i], c[i+1:]):
			return i, i + 1, true
		case r == '/' && i+1 < len(c) && !isNumber(c):
			return i, i + 1, true
		case (r == '(' || r == ')' || r == '"' || r == '“' || r == '”' || r == ',' || r == ';' || r == '!' || r == '?') && i+n < len(c):
			if r == ',' && isNumber(c) {
				continue
			}
			return i, i + n, true
		}
	}
	return 0, 0, false
}

// splitHyphen reports whether the hyphen between before and after separates
// two tokens: between letters, except after the prefixes EWT keeps whole.
func splitHyphen(before, after string) bool {
	if before == "" || after == "" {
		return false
	}
	lb, _ := utf8.DecodeLastRuneInString(before)
	fa, _ := utf8.DecodeRuneInString(after)
	if !unicode.IsLetter(lb) && !unicode.IsDigit(lb) || !unicode.IsLetter(fa) && !unicode.IsDigit(fa) {
		return false
	}
	if unicode.IsDigit(lb) && unicode.IsDigit(fa) {
		return false
	}
	word := strings.ToLower(before[strings.LastIndexAny(before, "-/")+1:])
	switch word {
	case "e", "co", "pre", "post", "non", "re", "anti", "mid", "multi", "ex", "semi", "x":
		return false
	}
	return true
}

// isAbbrev reports an abbreviation that keeps its final period: a known
// one ("Mr.", "Jan.", "Inc."), a single initial ("J."), or letters with
// inner periods ("U.S.", "a.m.").
func isAbbrev(c string) bool {
	if !strings.HasSuffix(c, ".") || len(c) < 2 {
		return false
	}
	base := c[:len(c)-1]
	if knownAbbrev(strings.ToLower(base)) || capitalAbbrev(base) {
		return true
	}
	if r, n := utf8.DecodeRuneInString(base); n == len(base) && unicode.IsLetter(r) {
		return true
	}
	if !strings.Contains(base, ".") {
		return false
	}
	for _, part := range strings.Split(base, ".") {
		if utf8.RuneCountInString(part) != 1 || !unicode.IsLetter([]rune(part)[0]) {
			return false
		}
	}
	return true
}

// markedName reports a name written with an exclamation mark, which EWT
// keeps as one token ("Yahoo!").
func markedName(c string) bool {
	switch c {
	case "Yahoo!", "Jeopardy!":
		return true
	}
	return false
}

// capitalAbbrev reports the capitalised abbreviations of weekdays and US
// states (AP style, as in datelines: "PONCHATOULA, La. --"), which in
// lower case are words.
func capitalAbbrev(s string) bool {
	switch s {
	case "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
		"La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
		"Tex", "Va", "Vt", "Wash", "Wis", "Wyo":
		return true
	}
	return false
}

// knownAbbrev reports the common English abbreviations written with a
// final period, given lower-cased and without it.
func knownAbbrev(s string) bool {
	switch s {
	case "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "sen", "rep", "gov", "col", "lt", "sgt",
		"capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"inc", "corp", "co", "ltd", "bros", "dept", "univ", "vs", "etc", "vol", "fig", "approx", "est",
		"mt", "ft", "ave", "blvd", "rd", "sq", "ph.d", "i.e", "e.g",
		"drs", "messrs", "reps", "ext", "attn", "esp", "ps", "eg", "pvt", "conf", "para":
		return true
	}
	return false
}
