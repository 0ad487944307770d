package extract

// This file follows the tokenizer of golang.org/x/net/html byte for byte,
// to find where a tag, a comment or the text of a raw text element ends.

// tagEnd reads a tag whose name starts at page[j] and returns the name and
// the index after its '>' (len(page) if the page ends first). Attribute
// values in quotes may hold '>'.
func tagEnd(page []byte, j int) (name []byte, end int) {
	k := j + 1
	for k < len(page) && !isSpace(page[k]) && page[k] != '/' && page[k] != '>' {
		k++
	}
	name = page[j:min(k, len(page))]
	if k < len(page) && isSpace(page[k]) {
		k++
	}
	k = skipSpace(page, k)
	for k < len(page) {
		if page[k] == '>' {
			return name, k + 1
		}
		k = attrKeyEnd(page, k)
		k = attrValueEnd(page, k)
		k = skipSpace(page, k)
	}
	return name, len(page)
}

func skipSpace(page []byte, k int) int {
	for k < len(page) && isSpace(page[k]) {
		k++
	}
	return k
}

// attrKeyEnd returns the end of the attribute name at page[k]; an '=' that
// starts it is part of it.
func attrKeyEnd(page []byte, k int) int {
	start := k
	for ; k < len(page); k++ {
		switch c := page[k]; {
		case c == '=' && k == start:
		case c == '=' || isSpace(c) || c == '/' || c == '>':
			return k
		}
	}
	return k
}

// attrValueEnd returns the end of the "=value" at page[k], if there is one.
func attrValueEnd(page []byte, k int) int {
	k = skipSpace(page, k)
	if k >= len(page) {
		return k
	}
	switch page[k] {
	case '/':
		return k + 1
	case '=':
	default:
		return k
	}
	k = skipSpace(page, k+1)
	if k >= len(page) || page[k] == '>' {
		return k
	}
	if q := page[k]; q == '"' || q == '\'' {
		for k++; k < len(page); k++ {
			if page[k] == q {
				return k + 1
			}
		}
		return k
	}
	for ; k < len(page); k++ {
		if isSpace(page[k]) {
			return k + 1
		}
		if page[k] == '>' {
			return k
		}
	}
	return k
}

// commentEnd returns the index after the comment whose text starts at
// page[k] (after "<!--").
func commentEnd(page []byte, k int) int {
	dashes, beginning := 0, true
	for ; k < len(page); k++ {
		switch page[k] {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				return k + 1
			}
		case '!':
			if dashes >= 2 {
				if k++; k >= len(page) {
					return k
				}
				switch page[k] {
				case '>':
					return k + 1
				case '-':
					dashes, beginning = 1, false
					continue
				}
			}
		}
		dashes, beginning = 0, false
	}
	return k
}

// endTag matches the rest of an end tag "name" followed by a space, '/'
// or '>' at page[k] (after "</"), in any case. It returns where scanning
// resumes: after the tag when ok, else at the first byte that differs.
// eof is true when the page ends first.
func endTag(page []byte, k int, name string) (next int, ok, eof bool) {
	for i := 0; i < len(name); i++ {
		if k >= len(page) {
			return k, false, true
		}
		if page[k]|0x20 != name[i] {
			return k, false, false
		}
		k++
	}
	if k >= len(page) {
		return k, false, true
	}
	if c := page[k]; isSpace(c) || c == '/' || c == '>' {
		return k + 1, true, false
	}
	return k, false, false
}

// rawEnd returns the index of the end tag of the raw text element name
// whose text starts at page[k], or -1 if the page ends first.
func rawEnd(page []byte, k int, name string) int {
	for k < len(page) {
		if page[k] != '<' {
			k++
			continue
		}
		if k+1 >= len(page) {
			return -1
		}
		if page[k+1] != '/' {
			k++
			continue
		}
		next, ok, eof := endTag(page, k+2, name)
		switch {
		case ok:
			return k
		case eof:
			return -1
		}
		k = next
	}
	return -1
}

// States of script text, as the tokenizer names them.
const (
	scriptData         = iota
	scriptLess         // after '<'
	scriptEscapeStart  // after "<!"
	scriptEscapeDash   // after "<!-"
	scriptEscaped      // inside "<!--"
	scriptEscapedDash  // after '-'
	scriptEscapedDash2 // after "--"
	scriptEscapedLess  // after '<'
	scriptDouble       // inside "<!--<script>"
	scriptDoubleDash   // after '-'
	scriptDoubleDash2  // after "--"
	scriptDoubleLess   // after '<'
)

// scriptEnd returns the index of the </script> tag that ends the script
// text starting at page[k], or -1 if the page ends first. "<!--" and
// "<!--<script>" inside the text hide end tags, as HTML says.
func scriptEnd(page []byte, k int) int {
	state := scriptData
	for k < len(page) {
		c := page[k]
		k++
		switch state {
		case scriptData:
			if c == '<' {
				state = scriptLess
			}
		case scriptLess:
			switch c {
			case '/':
				next, ok, eof := endTag(page, k, "script")
				if ok || eof {
					return endOrEOF(k-2, ok)
				}
				k, state = next, scriptData
			case '!':
				state = scriptEscapeStart
			default:
				k, state = k-1, scriptData
			}
		case scriptEscapeStart, scriptEscapeDash:
			switch {
			case c == '-' && state == scriptEscapeStart:
				state = scriptEscapeDash
			case c == '-':
				state = scriptEscapedDash2
			default:
				k, state = k-1, scriptData
			}
		case scriptEscaped, scriptEscapedDash, scriptEscapedDash2:
			state = escapedNext(state, c)
		case scriptEscapedLess:
			switch {
			case c == '/':
				next, ok, eof := endTag(page, k, "script")
				if ok || eof {
					return endOrEOF(k-2, ok)
				}
				k, state = next, scriptEscaped
			case isLetter(c):
				next, ok, eof := endTag(page, k-1, "script")
				if eof {
					return -1
				}
				k, state = next, scriptEscaped
				if ok {
					state = scriptDouble
				}
			default:
				k, state = k-1, scriptData
			}
		case scriptDouble, scriptDoubleDash, scriptDoubleDash2:
			state = doubleNext(state, c)
		case scriptDoubleLess:
			if c != '/' {
				k, state = k-1, scriptDouble
				continue
			}
			next, ok, eof := endTag(page, k, "script")
			if eof {
				return -1
			}
			k, state = next, scriptDouble
			if ok {
				state = scriptEscaped
			}
		}
	}
	return -1
}

func endOrEOF(at int, ok bool) int {
	if ok {
		return at
	}
	return -1
}

// escapedNext is the state after c inside "<!--".
func escapedNext(state int, c byte) int {
	return dashNext(state, c, scriptEscaped, scriptEscapedDash, scriptEscapedDash2, scriptEscapedLess)
}

// doubleNext is the state after c inside "<!--<script>".
func doubleNext(state int, c byte) int {
	return dashNext(state, c, scriptDouble, scriptDoubleDash, scriptDoubleDash2, scriptDoubleLess)
}

// dashNext is the state after c in escaped or double escaped script text,
// whose states are plain, after one dash, after two, and after '<'.
func dashNext(state int, c byte, plain, dash, dash2, less int) int {
	switch c {
	case '-':
		if state == plain {
			return dash
		}
		return dash2
	case '<':
		return less
	case '>':
		if state == dash2 {
			return scriptData
		}
	}
	return plain
}
