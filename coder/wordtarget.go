package coder

import "fmt"

// wordTargets returns the actors of a prepositional phrase of a word the
// pattern matched, a noun that carries the event: "advised against travel
// to Tunisia", "lifted a ban on imports from Iran".
func (t *tree) wordTargets(m *match) ([]int, string) {
	if len(m.evidence) < 2 {
		return nil, ""
	}
	for _, n := range m.evidence[1:] {
		for _, k := range t.kids[n] {
			if r := t.rel(k); r != "nmod" && r != "obl" {
				continue
			}
			if p := t.prep(k); targetPreps[p] && p != "from" {
				if as := t.actors(k); len(as) > 0 {
					return as, fmt.Sprintf("%q phrase of %q", p, t.form(n))
				}
			}
		}
	}
	return nil, ""
}

// givenTo reports whether an event coded at verb v of receiving, its
// target found in a "from" phrase of the verb or of its object, is a
// giving by that target to the subject: statements of intent (03),
// diplomatic support (05), material cooperation (06) and aid (07) go from
// the giver to the receiver.
func (t *tree) givenTo(v int, code, tgtRule string) bool {
	switch code[:2] {
	case "03", "05", "06", "07":
	default:
		return false
	}
	if !receiveVerbs[t.lemma(v)] {
		return false
	}
	if tgtRule == `"from" phrase` {
		return true
	}
	for _, o := range t.objects(v) {
		if tgtRule == "object" && t.givenFrom(v, o) {
			return true
		}
	}
	return false
}
