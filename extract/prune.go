package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropped are the elements go-trafilatura deletes, with all they hold,
// before it looks for the main text, and that neither its metadata reader
// nor ours reads. JSON-LD scripts are kept (see prune).
var dropped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Select: true, atom.Textarea: true,
}

// prune removes from doc the comments and the dropped elements, so that
// go-trafilatura, which copies the page three times and walks it once per
// tag it cleans, has less to copy and walk. The main text it finds is the
// same: it would delete these nodes itself.
func prune(doc *html.Node) {
	var dead []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if droppable(c) || blank(c) {
				dead = append(dead, c)
				continue
			}
			walk(c)
		}
	}
	walk(doc)
	for _, n := range dead {
		n.Parent.RemoveChild(n)
	}
}

// droppable reports a comment or a dropped element, but not a JSON-LD
// script (metadata and publication dates live there).
func droppable(n *html.Node) bool {
	switch n.Type {
	case html.CommentNode:
		return true
	case html.ElementNode:
		if n.DataAtom == atom.Script {
			return !strings.Contains(attr(n, "type"), "ld+json")
		}
		return dropped[n.DataAtom]
	}
	return false
}

// blank reports a text node of white space only between two elements that
// are not inline (or the edge of its parent), comments and dropped
// elements aside: indentation, which separates nothing that the elements
// do not already separate.
func blank(n *html.Node) bool {
	if n.Type != html.TextNode || strings.TrimSpace(n.Data) != "" {
		return false
	}
	if p := n.Parent; p == nil || p.DataAtom == atom.Pre || p.DataAtom == atom.Textarea || inline[p.DataAtom] || p.DataAtom == 0 {
		return false
	}
	prev, next := n.PrevSibling, n.NextSibling
	for prev != nil && droppable(prev) {
		prev = prev.PrevSibling
	}
	for next != nil && droppable(next) {
		next = next.NextSibling
	}
	return !flows(prev) && !flows(next)
}

// flows reports a node whose text flows with its neighbours': text, inline
// and unknown elements.
func flows(n *html.Node) bool {
	if n == nil {
		return false
	}
	switch n.Type {
	case html.TextNode:
		return true
	case html.ElementNode:
		return inline[n.DataAtom] || n.DataAtom == 0 || n.DataAtom == atom.Img || n.DataAtom == atom.Br || n.DataAtom == atom.Label || n.DataAtom == atom.Button || n.DataAtom == atom.Input
	}
	return false
}
