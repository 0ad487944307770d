package extract

import (
	"strings"
	"unicode"

	"dyad/pubdate"
	"dyad/textclean"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks are the elements that start a new paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true,
	atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Section: true, atom.Article: true,
	atom.Figure: true, atom.Figcaption: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Header: true, atom.Footer: true, atom.Main: true, atom.Aside: true, atom.Hr: true,
	atom.Head: true, atom.Body: true,
}

// inline are the elements that join their text to their neighbours';
// every other element separates words.
var inline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true,
	atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.S: true, atom.Samp: true, atom.Small: true,
	atom.Span: true, atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true,
	atom.Var: true, atom.Wbr: true, atom.Del: true, atom.Ins: true, atom.Strike: true, atom.Tt: true,
}

// para is one paragraph of extracted text and the element that held it.
type para struct {
	text    string
	heading bool // heading is true for h1-h6
}

// paragraphs renders n as paragraphs of text with whitespace collapsed; a
// <br> becomes a line break inside its paragraph.
func paragraphs(n *html.Node) []para {
	var out []para
	var cur strings.Builder
	heading := false
	flush := func() {
		if s := collapse(cur.String()); s != "" {
			out = append(out, para{text: s, heading: heading})
		}
		cur.Reset()
		heading = false
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			switch {
			case n.DataAtom == atom.Br:
				cur.WriteString("\n")
				return
			case n.DataAtom == atom.Script || n.DataAtom == atom.Style:
				return
			case blocks[n.DataAtom]:
				flush()
				defer flush()
				heading = isHeading(n.DataAtom)
			case !inline[n.DataAtom]:
				cur.WriteString(" ")
				defer cur.WriteString(" ")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	flush()
	return out
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// collapse folds runs of spaces into one space and keeps single line
// breaks; it drops U+00AD soft hyphens and trims each line.
func collapse(s string) string {
	s = strings.ReplaceAll(s, "\u00ad", "")
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.Join(strings.FieldsFunc(l, unicode.IsSpace), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// trimHead drops what go-trafilatura keeps by mistake before the body
// proper: the headline, the standfirst (the page's description), and short
// notices ("Order Reprints", a bare URL, a byline stub). It stops at the
// first paragraph that is none of these.
//
// Boilerplate paragraphs anywhere (textclean.Classify) are dropped too; the
// relative stamps among them ("23 hours ago") are returned for dating.
func trimHead(ps []para, title, description string) (text []string, stamps []string) {
	i := 0
	for ; i < len(ps) && i < 8; i++ {
		p := ps[i]
		if !(sameText(p.text, title) || (p.heading && sameText(p.text, description)) || headNoise(p)) {
			break
		}
	}
	out := make([]string, 0, len(ps)-i)
	for _, p := range ps[i:] {
		if boilerplate(p.text) {
			if pubdate.IsRelativeStamp(p.text) {
				stamps = append(stamps, p.text)
			}
			continue
		}
		out = append(out, p.text)
	}
	return out, stamps
}

// boilerplate reports a paragraph to drop: a short one textclean
// classifies as boilerplate, or a footer notice (textclean.ReasonFooter
// applies to lines under 400 bytes, so longer ones are not classified).
func boilerplate(text string) bool {
	if len(text) >= 400 {
		return false
	}
	r := textclean.Classify(text)
	return r != "" && (len(text) < 120 || r == textclean.ReasonFooter)
}

// headNoise reports a leading paragraph that is not body text.
func headNoise(p para) bool {
	t := p.text
	switch {
	case strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://"):
		return !strings.ContainsAny(t, " ")
	case strings.HasPrefix(t, "This copy is for your personal, non-commercial use"):
		return true
	}
	return len(t) < 20 && !strings.ContainsAny(t, ".!?:,\"“")
}

// sameText reports whether a and b are the same text up to case,
// punctuation and spacing.
func sameText(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return strings.Join(tokens(strings.ToLower(a)), " ") == strings.Join(tokens(strings.ToLower(b)), " ")
}
