package coder

import (
	"fmt"
	"strings"

	"dyad"
	"dyad/actor"
	"dyad/place"
)

// when dates e: by the resolved time expression that v governs, else one
// governing verbs above v govern ("said on Friday"), else the nearest in
// the sentence that no other verb governs, else the publication date. The
// rule says which.
func (c *Coder) when(a *dyad.Analysis, t *tree, v int, e *dyad.Event) {
	sent := a.Sentences[e.Sentence].Span
	best, bestRank, bestDist := -1, 9, 0
	for k, d := range a.Dates {
		if d.Value == "" || !sent.Contains(d.Span) {
			continue
		}
		r := t.dateRank(d.Span, v)
		if r > 2 {
			continue // another verb's date
		}
		dist := distance(d.Span, e.Evidence.Span)
		if r < bestRank || r == bestRank && dist < bestDist {
			best, bestRank, bestDist = k, r, dist
		}
	}
	if best >= 0 {
		d := a.Dates[best]
		e.Date, e.DatePrecision = d.Value, d.Precision
		how := [...]string{"governed by the verb", "governed by a verb above it", "nearest in the sentence"}[min(bestRank, 2)]
		e.Rule += fmt.Sprintf("; date from %q (%s)", d.Text, how)
		return
	}
	if !a.Article.Published.IsZero() {
		e.Date, e.DatePrecision = dyad.FormatDate(a.Article.Published), dyad.PrecisionDay
		e.Rule += "; date is the publication date (no time expression in the sentence)"
		return
	}
	e.DatePrecision = dyad.PrecisionUnknown
	e.Rule += "; no date"
}

// dateRank is 0 when the time expression at span hangs from v, 1 when it
// hangs from a verb that governs v, 3 when it hangs from another verb, 2
// otherwise.
func (t *tree) dateRank(span dyad.Span, v int) int {
	h := -1
	for i, tok := range t.toks {
		if span.Overlaps(tok.Span) && (t.head[i] < 0 || !span.Overlaps(t.toks[t.head[i]].Span)) {
			h = i
			break
		}
	}
	if h < 0 {
		return 2
	}
	g := t.head[h]
	for steps := 0; g >= 0 && t.toks[g].UPOS != "VERB" && t.toks[g].UPOS != "NOUN"; steps++ {
		if steps > len(t.toks) { // a cycle in a broken parse
			return 2
		}
		g = t.head[g]
	}
	if g == v || g >= 0 && t.head[g] == v && t.toks[g].UPOS == "NOUN" {
		return 0
	}
	for x, depth := t.head[v], 0; x >= 0 && depth < 6; x, depth = t.head[x], depth+1 {
		if x == g {
			return 1
		}
	}
	if g >= 0 && t.toks[g].UPOS == "VERB" {
		return 3
	}
	return 2
}

// where places e by an "in"/"at" phrase of v or of its objects naming a
// place in the gazetteer ("held talks in Beijing").
func (c *Coder) where(t *tree, v int, e *dyad.Event) {
	k, pl, ok := c.place(t, v)
	if !ok {
		return
	}
	e.Location = &dyad.Location{Name: pl.Name, Country: pl.Country, Lat: pl.Lat, Lon: pl.Lon}
	e.Rule += fmt.Sprintf("; place from %q (gazetteer)", t.prep(k)+" "+t.properName(k))
}

// place returns the node of v's "in"/"at" phrase that names a place, and
// the place.
func (c *Coder) place(t *tree, v int) (int, place.Place, bool) {
	for _, k := range t.complements(v) {
		if p := t.prep(k); p != "in" && p != "at" {
			continue
		}
		if n := t.placeNode(k); n >= 0 {
			if pl, ok := c.places.Best(t.properName(n)); ok {
				return n, pl, true
			}
		}
	}
	return -1, place.Place{}, false
}

// placeObject returns the object of v that names a place in the gazetteer
// ("shelled Juba"), and the place.
func (c *Coder) placeObject(t *tree, v int) (int, place.Place, bool) {
	for _, k := range t.objects(v) {
		if n := t.placeNode(k); n >= 0 && t.mention[n] < 0 {
			if pl, ok := c.places.Best(t.properName(n)); ok {
				return n, pl, true
			}
		}
	}
	return -1, place.Place{}, false
}

// placeNode returns the proper noun that names the place of nominal k: k
// itself, or the name a common noun introduces ("the city of Kirkuk", "the
// capital Juba"); -1 if none.
func (t *tree) placeNode(k int) int {
	if t.isProperNoun(k) {
		return k
	}
	for _, x := range t.kids[k] {
		if r := t.rel(x); t.isProperNoun(x) && (r == "appos" || r == "flat" || r == "nmod" && t.prep(x) == "of") {
			return x
		}
	}
	return -1
}

// isProperNoun reports a proper noun, or a capitalised noun inside the
// sentence that the tagger took for a common one ("the city of Algiers").
func (t *tree) isProperNoun(k int) bool {
	switch t.toks[k].UPOS {
	case "PROPN":
		return true
	case "NOUN":
		w := t.toks[k].Span.In(t.text)
		return k > 0 && w != "" && w[0] >= 'A' && w[0] <= 'Z'
	}
	return false
}

// placeTarget returns, for an event with no actor as target, a mention of
// the place it acts on or takes place in, and how it was found; -1 if none.
// The place is, in order: an "in"/"at" phrase of the verb or of its object
// that the actor stage resolved to a country or territory ("a curfew in
// Montenegro"), an object or "in"/"at" phrase naming a place in the
// gazetteer ("shelled Juba"), which is added as a mention of its country.
func (c *Coder) placeTarget(t *tree, v int) (int, string) {
	for _, k := range t.complements(v) {
		at := t.prep(k) == "in" || t.prep(k) == "at" || t.prep(k) == "inside"
		if !at && !nearPreps[t.prep(k)] {
			continue
		}
		for _, n := range append([]int{k}, t.kids[k]...) { // "at a jail in northern Israel", "on alert in the West Bank"
			if n == k && !at || n != k && (t.rel(n) != "nmod" || t.prep(n) != "in") {
				continue
			}
			if m := t.npMention(n); m >= 0 && t.mentions[m].Actor.Sector == "" && t.mentions[m].Actor.Name == "" {
				return m, fmt.Sprintf("the country of the place, %q", t.prep(n)+" "+t.mentions[m].Text)
			}
		}
	}
	k, pl, ok := c.place(t, v)
	if !ok {
		k, pl, ok = c.placeObject(t, v)
	}
	if !ok {
		k, pl, ok = c.compassPlace(t, v)
	}
	if !ok {
		return -1, ""
	}
	return t.placeMention(k, pl), "the country of the place where it took place"
}

// placeMention adds node k, naming place pl, as a mention of pl's country
// and returns the mention.
func (t *tree) placeMention(k int, pl place.Place) int {
	span := t.span(k, k)
	t.mentions = append(t.mentions, dyad.Mention{Text: span.In(t.text), Span: span,
		Actor: dyad.NewActor(actor.CountryOn(pl.Country, t.day), "", "", ""), Rule: "place of the event"})
	return len(t.mentions) - 1
}

// visitNouns are the objects of a light verb that make it a visit ("paid a
// visit to Kyiv").
var visitNouns = set("visit trip")

// visitPlace returns, for a visit with no actor as target, a mention of
// the country of the place its "to" phrase, or its object's, names ("flew
// to Moscow", "made a visit to Kyiv"), and how it was found; -1 if none.
func (c *Coder) visitPlace(t *tree, v int) (int, string) {
	if o := t.kid(v, "obj"); o >= 0 && !visitNouns[t.lemma(o)] { // "offered to fly the cat to Portland": a carriage, no visit
		return -1, ""
	}
	for _, k := range t.complements(v) {
		if t.prep(k) != "to" {
			continue
		}
		if n := t.placeNode(k); n >= 0 && t.mention[n] < 0 {
			if pl, ok := c.places.Best(t.properName(n)); ok {
				return t.placeMention(n, pl), fmt.Sprintf("the country of the place visited, %q", "to "+t.properName(n))
			}
		}
	}
	return -1, ""
}

// attackPrepositions introduce the place an attack is aimed at ("strikes on
// Kyiv", "an offensive against Avdiivka", "fired rockets into Sderot").
var attackPrepositions = set("on against into")

// attackCode reports the CAMEO roots of force aimed at a place: assaults
// (18), fighting (19) and mass violence (20).
func attackCode(code string) bool {
	switch code[:2] {
	case "18", "19", "20":
		return true
	}
	return false
}

// attackPlace returns, for an attack with no actor as target, a mention of
// the country of the place its "on", "against" or "into" phrase, or its
// object's, names ("launched missile strikes on Kyiv and Kharkiv"), and how
// it was found; -1 if none.
func (c *Coder) attackPlace(t *tree, v int) (int, string) {
	for _, k := range t.complements(v) {
		if !attackPrepositions[t.prep(k)] {
			continue
		}
		if n := t.placeNode(k); n >= 0 && t.mention[n] < 0 {
			if pl, ok := c.places.Best(t.properName(n)); ok {
				return t.placeMention(n, pl), fmt.Sprintf("the country of the place attacked, %q", t.prep(k)+" "+t.properName(n))
			}
		}
	}
	return -1, ""
}

// compassPlace returns the place that a compass word near v is reckoned
// from ("struck targets north of Baghdad", "an air strike against a target
// southwest of Baghdad"): a proper noun in the gazetteer in the "of"
// phrase of a compass word that is v's dependent or a dependent of one of
// v's complements.
func (c *Coder) compassPlace(t *tree, v int) (int, place.Place, bool) {
	nodes := append([]int{}, t.kids[v]...)
	for _, k := range t.complements(v) {
		nodes = append(nodes, t.kids[k]...)
	}
	for _, n := range nodes {
		if !compassWords[t.lemma(n)] {
			continue
		}
		for _, x := range t.kids[n] {
			if t.rel(x) == "nmod" && t.prep(x) == "of" && t.isProperNoun(x) {
				if pl, ok := c.places.Best(t.properName(x)); ok {
					return x, pl, true
				}
			}
		}
	}
	return -1, place.Place{}, false
}

// compassWords name a direction a place is reckoned from.
var compassWords = set("north south east west northeast northwest southeast southwest north-east north-west south-east south-west")

// nearPreps introduce a phrase whose own "in" phrase places the event:
// "on alert in the West Bank", "near the border in Kashmir".
var nearPreps = set("on near along across outside off")

// locatedAct reports the CAMEO codes whose target, when no actor is acted
// upon, is the country where they take place: visits (042), opening an embassy (054), easing
// restrictions (08), investigations (09), protests (14), force postures
// (15), repression (17), assaults (18), fighting (19) and mass violence
// (20).
func locatedAct(code string) bool {
	switch code[:2] {
	case "08", "09", "14", "15", "17", "18", "19", "20":
		return true
	}
	return code == "042" || code == "054" // "opened an embassy in Tehran"
}

// properName returns the proper name headed by k: its compound and flat
// parts and itself ("New Delhi"), also capitalised words the tagger took
// for common nouns ("Tel Aviv").
func (t *tree) properName(k int) string {
	lo, hi := k, k
	for _, x := range t.kids[k] {
		if r := t.rel(x); (r == "compound" || r == "flat") && t.isProperNoun(x) { // also "Tel Aviv" tagged as nouns
			lo, hi = min(lo, x), max(hi, x)
		}
	}
	return strings.TrimSpace(t.span(lo, hi).In(t.text))
}

func distance(a, b dyad.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}
