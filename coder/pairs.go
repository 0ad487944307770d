package coder

import (
	"dyad"
)

// pairNouns are the plural nouns that, after "the two" or "both", point
// back to two actors named before: "the two leaders", "both countries".
var pairNouns = set("leaders countries sides nations presidents governments ministers delegations neighbours neighbors")

// resolvePairs finds the noun phrases of sentence i that point back to two
// actors ("Kim Jong Un met Vladimir Putin. The two leaders discussed…")
// and records, for each, mentions of those two actors over its span. The
// actors are those of the nearest sentence before, up to two back, that
// names actors of exactly two countries or organisations; with three or
// more there, the phrase is left alone. In the phrase's own sentence only
// two coordinated actors before it count ("Canada and China signed an
// agreement, and the two sides…"): its subject is often one of the two
// otherwise ("Russia, Armenia's ally, called on both sides").
func (t *tree) resolvePairs(a *dyad.Analysis, i int) {
	for k := range t.toks {
		if t.mention[k] >= 0 || t.toks[k].UPOS != "NOUN" || !pairNouns[t.form(k)] {
			continue
		}
		if !t.kidLemma(k, "nummod", twoWords) && !t.kidLemma(k, "det", bothWords) {
			continue
		}
		pair := t.coordinatedBefore(k)
		if pair == nil {
			pair = pairBefore(a, i)
		}
		if len(pair) != 2 {
			continue
		}
		span := t.toks[k].Span
		for _, m := range pair {
			t.mentions = append(t.mentions, dyad.Mention{Text: span.In(t.text), Span: span, Actor: m.Actor,
				Sentence: i, Rule: "the two actors named before (" + m.Text + ")"})
			if t.pairRefs == nil {
				t.pairRefs = map[int][]int{}
			}
			t.pairRefs[k] = append(t.pairRefs[k], len(t.mentions)-1)
		}
	}
}

// coordinatedBefore returns the mentions of the last two coordinated
// actors of different countries before token k ("Canada and China"), or
// nil.
func (t *tree) coordinatedBefore(k int) []dyad.Mention {
	for x := k - 1; x >= 0; x-- {
		h := t.head[x]
		if t.rel(x) != "conj" || h < 0 || h >= k || t.mention[x] < 0 || t.mention[h] < 0 {
			continue
		}
		a, b := t.mentions[t.mention[h]], t.mentions[t.mention[x]]
		if a.Actor.Country != "" && b.Actor.Country != "" && a.Actor.Country != b.Actor.Country {
			return []dyad.Mention{a, b}
		}
	}
	return nil
}

var (
	twoWords  = set("two")
	bothWords = set("both")
)

// pairBefore returns the first mention of each country or organisation
// named in sentence i-1, else in sentence i-2 if i-1 names none or one;
// nil when that sentence names more than two.
func pairBefore(a *dyad.Analysis, i int) []dyad.Mention {
	for s := i - 1; s >= 0 && s >= i-2; s-- {
		var out []dyad.Mention
		seen := map[string]bool{}
		for _, m := range a.Mentions {
			if m.Sentence != s || m.Actor.Country == "" || seen[m.Actor.Country] {
				continue
			}
			seen[m.Actor.Country] = true
			out = append(out, m)
		}
		switch {
		case len(out) == 2:
			return out
		case len(out) > 2:
			return nil
		}
	}
	return nil
}
