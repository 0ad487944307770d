package coder

import "strings"

// victimAccusation returns, for a verb of saying whose reported clause
// says that the speaker itself was attacked ("Israel said a mortar bomb
// was fired at it from the Gaza Strip", "Kenya said it was attacked by
// Somali militants"), an accusation (112) aimed at the attacker: the act's
// subject or "by" agent, else the actor of its "from" phrase. The speaker
// stands in the clause as a pronoun ("at it", "it was attacked"), as a
// pronoun subject of a reported clause does; a third party's report
// ("state media said rebels attacked the city") accuses nobody. nil if v
// reports no such act.
func (c *Coder) victimAccusation(t *tree, v int) *match {
	if !statingVerbs[t.lemma(v)] {
		return nil
	}
	x := t.kid(v, "ccomp")
	if x < 0 || !t.speakerStruck(x) {
		return nil
	}
	xm := c.best(t, x, c.candidates(t, x), nil)
	if xm == nil || !violentRoot(xm.p.Code) {
		return nil
	}
	k := t.attacker(x)
	o, ok := c.codes.Lookup("112")
	if k < 0 || !ok {
		return nil
	}
	p := &Pattern{Code: o.Code, Name: o.Name, Verb: t.lemma(v), File: victimFile, Line: 0, ontology: o}
	return &match{p: p, evidence: []int{v}, targets: []int{k}}
}

// victimFile names the built-in rule of victimAccusation where a pattern
// names its file.
const victimFile = "victim's-accusation rule"

// speakerStruck reports whether clause x acts on a pronoun that stands
// for the speaker: its object or "at"/"against"/"on" phrase ("fired at
// it", "had attacked them"), or its passive subject ("it was attacked").
func (t *tree) speakerStruck(x int) bool {
	for _, k := range t.kids[x] {
		if t.toks[k].UPOS != "PRON" || !victimPronouns[strings.ToLower(t.form(k))] {
			continue
		}
		switch t.rel(k) {
		case "obj", "nsubj:pass":
			return true
		case "obl":
			if p := t.prep(k); p == "at" || p == "against" || p == "on" {
				return true
			}
		}
	}
	return false
}

// victimPronouns may stand for the speaker as the one acted upon.
var victimPronouns = set("it them us itself themselves ourselves")

// attacker returns the token that names who did act x: its subject or
// "by" agent when they are actors, else its "from" phrase ("fired at it
// from the Gaza Strip"); -1 if none.
func (t *tree) attacker(x int) int {
	for _, k := range t.kids[x] {
		r := t.rel(k)
		agent := r == "nsubj" || (r == "obl:agent" || r == "obl") && t.prep(k) == "by"
		if agent && t.toks[k].UPOS != "PRON" && len(t.actors(k)) > 0 {
			return k
		}
	}
	for _, k := range t.kids[x] {
		if t.rel(k) == "obl" && t.prep(k) == "from" && len(t.actors(k)) > 0 {
			return k
		}
	}
	return -1
}
