package quote

import (
	"strings"

	"dyad"
)

// withParse returns c with its subject and object taken from the
// dependency parse of the verb's sentence, when the sentence has one: the
// verb's nsubj (climbing from a participle or conjunct without its own
// subject to the verb it hangs from), and its iobj or obj for a verb that
// names its addressee. Without a parse, or without a nominal nsubj, c is
// returned as the surface patterns found it.
func (d *doc) withParse(c clause) clause {
	toks, v, ok := d.parsedToken(c.verb)
	if !ok {
		return c
	}
	head := v
	for hops := 0; ; hops++ {
		if s := child(toks, head, "nsubj", "nsubj:pass"); s >= 0 && nominal(toks[s]) && d.quoted(subtree(toks, s)) < 0 {
			c.subj, c.nearest, c.alts = core(toks, s), false, nil
			if a := child(toks, s, "appos"); a >= 0 {
				c.alts = append(c.alts, core(toks, a))
			}
			c.alts = append(c.alts, subtree(toks, s))
			c.rule = "parse: nsubj of " + d.text[c.verb.Start:c.verb.End]
			break
		}
		rel := strings.SplitN(toks[head].Deprel, ":", 2)[0]
		if hops == 3 || toks[head].Head <= 0 || (rel != "advcl" && rel != "xcomp" && rel != "conj") {
			return c
		}
		head = toks[head].Head - 1
	}
	if c.v.Addressee {
		c.to = dyad.Span{}
		if o := child(toks, v, "iobj", "obj"); o >= 0 {
			c.to = subtree(toks, o)
		}
	}
	return c
}

// quoted returns the index of the direct quotation that s overlaps, or -1.
// A parse that runs over a quotation's marks may take the quotation's
// first words for the subject of the verb that attributes it ("Forty-five
// years of practice," he said, "…"), which can never be its speaker.
func (d *doc) quoted(s dyad.Span) int {
	for i, q := range d.quotes {
		if q.open.Start >= s.End {
			break
		}
		if s.Start < q.raw.End && q.open.Start < s.End {
			return i
		}
	}
	return -1
}

// nominal reports whether t can name a speaker. A parse that makes a verb
// the subject of a speech verb is wrong, and the surface patterns are
// trusted instead.
func nominal(t dyad.Token) bool {
	switch t.UPOS {
	case "NOUN", "PROPN", "PRON", "NUM", "X", "":
		return true
	}
	return false
}

// parsedToken returns the tokens of the sentence holding s and the index
// of the token where s starts, if that sentence carries a dependency parse.
func (d *doc) parsedToken(s dyad.Span) ([]dyad.Token, int, bool) {
	si := d.a.SentenceAt(s.Start)
	if si < 0 {
		return nil, 0, false
	}
	toks := d.a.Sentences[si].Tokens
	parsed := false
	for _, t := range toks {
		if t.Deprel != "" {
			parsed = true
			break
		}
	}
	if !parsed {
		return nil, 0, false
	}
	for i, t := range toks {
		if t.Span.Start <= s.Start && s.Start < t.Span.End {
			return toks, i, t.Head >= 0 && t.Head <= len(toks)
		}
	}
	return nil, 0, false
}

// child returns the index of the first token whose head is token i and
// whose relation is one of rels (in the order given), or -1.
func child(toks []dyad.Token, i int, rels ...string) int {
	for _, rel := range rels {
		for j, t := range toks {
			if t.Head == i+1 && t.Deprel == rel {
				return j
			}
		}
	}
	return -1
}

// coreRels attach the words that belong to a noun's name: "the Israeli
// military", "Xi Jinping", "Prime Minister Mark Carney".
var coreRels = map[string]bool{
	"compound": true, "flat": true, "flat:name": true, "flat:foreign": true, "amod": true,
	"det": true, "nummod": true,
}

// core returns the span of token i with the tokens that name it with it
// (coreRels, transitively): the subject without its modifiers and
// appositions ("the envoy" of "the envoy of Xi, Wang Yi").
func core(toks []dyad.Token, i int) dyad.Span {
	s := toks[i].Span
	for j := range toks {
		k, ok := j, false
		for steps := 0; steps <= len(toks) && k != i; steps++ {
			h := toks[k].Head
			if h <= 0 || h > len(toks) || !coreRels[toks[k].Deprel] {
				break
			}
			k = h - 1
			ok = k == i
		}
		if ok {
			s.Start, s.End = min(s.Start, toks[j].Span.Start), max(s.End, toks[j].Span.End)
		}
	}
	return s
}

// subtree returns the span from the first to the last token that token i
// dominates, itself included.
func subtree(toks []dyad.Token, i int) dyad.Span {
	s := toks[i].Span
	for j := range toks {
		if dominates(toks, i, j) {
			s.Start, s.End = min(s.Start, toks[j].Span.Start), max(s.End, toks[j].Span.End)
		}
	}
	return s
}

// dominates reports whether token i is j or an ancestor of j; a malformed
// parse with a cycle dominates nothing past len(toks) steps.
func dominates(toks []dyad.Token, i, j int) bool {
	for steps := 0; steps <= len(toks); steps++ {
		if j == i {
			return true
		}
		h := toks[j].Head
		if h <= 0 || h > len(toks) {
			return false
		}
		j = h - 1
	}
	return false
}
