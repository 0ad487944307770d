package extract

import "bytes"

// stripScripts removes, in place, the text of the <script> elements (but
// JSON-LD ones) and <style> elements of a UTF-8 page, and returns the
// shortened page. The elements stay, empty. Half the bytes of a news page
// are scripts and styles, which the HTML parser would copy into the tree
// only for prune to drop them.
//
// It finds them the way golang.org/x/net/html's tokenizer does (comments,
// tags with quoted attributes, raw text and RCDATA elements, and the
// escaping rules of script text), so the parsed page differs only in those
// texts (FuzzStripScripts checks this against the parser). It stops, and
// keeps the rest as it is, at the first <svg> or <math> element (where
// <script> and <style> follow other rules), at <plaintext>, and at any
// element left open at the end of the page.
func stripScripts(page []byte) []byte {
	out := page[:0]
	last, i := 0, 0 // page[last:] is not copied yet; the scan is at i
	for i < len(page) {
		j := bytes.IndexByte(page[i:], '<')
		if j < 0 {
			break
		}
		i += j
		next, cut, stop := scanMarkup(page, i)
		if stop {
			break
		}
		if cut > 0 { // drop page[next:cut], the element's text
			out = append(out, page[last:next]...)
			last, next = cut, cut
		}
		i = next
	}
	return append(out, page[last:]...)
}

// rawElements are the elements whose text the tokenizer reads up to their
// end tag without looking for markup, and what to do with it.
var rawElements = map[string]rawRule{
	"script": {drop: true, script: true}, "style": {drop: true},
	"iframe": {}, "noembed": {}, "noframes": {}, "noscript": {}, "xmp": {},
	"textarea": {}, "title": {},
}

type rawRule struct {
	drop   bool // drop says the text is removed
	script bool // script says the text follows the script escaping rules
}

// scanMarkup reads the markup at page[i] == '<' and returns where scanning
// resumes. For a raw text element it returns the end of its start tag and
// cut, the start of its end tag, when its text is to be dropped. stop is
// true when the rest of the page must be kept as it is.
func scanMarkup(page []byte, i int) (next, cut int, stop bool) {
	if i+1 >= len(page) {
		return len(page), 0, false
	}
	switch c := page[i+1]; {
	case c == '!':
		if bytes.HasPrefix(page[i+2:], []byte("--")) {
			return commentEnd(page, i+4), 0, false
		}
		return closeAngle(page, i+2), 0, false
	case c == '?':
		return closeAngle(page, i+1), 0, false
	case c == '/':
		if i+2 >= len(page) {
			return len(page), 0, false
		}
		if c2 := page[i+2]; c2 == '>' {
			return i + 3, 0, false
		} else if !isLetter(c2) {
			return closeAngle(page, i+2), 0, false
		}
		_, end := tagEnd(page, i+2)
		return end, 0, false
	case isLetter(c):
		return startTag(page, i)
	}
	return i + 1, 0, false
}

// startTag reads the start tag at page[i] and, for a raw text element, its
// text.
func startTag(page []byte, i int) (next, cut int, stop bool) {
	name, end := tagEnd(page, i+1)
	lower := string(bytes.ToLower(name))
	switch lower {
	case "svg", "math", "plaintext":
		return 0, 0, true
	}
	rule, ok := rawElements[lower]
	if !ok {
		return end, 0, false
	}
	var close int
	if rule.script {
		close = scriptEnd(page, end)
	} else {
		close = rawEnd(page, end, lower)
	}
	switch {
	case close < 0 || end >= len(page):
		return 0, 0, true
	case rule.drop && !(rule.script && bytes.Contains(bytes.ToLower(page[i:end]), []byte("ld+json"))):
		return end, close, false
	}
	return close, 0, false
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// closeAngle returns the index after the first '>' at or after i.
func closeAngle(page []byte, i int) int {
	if j := bytes.IndexByte(page[i:], '>'); j >= 0 {
		return i + j + 1
	}
	return len(page)
}
