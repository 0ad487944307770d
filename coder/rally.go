package coder

// rallied returns, for an appeal (02x) whose requested act is support for
// a third party or opposition against one, the rally CAMEO codes instead:
// "urged the EU to support the PLO" is rallying support on behalf of the
// PLO (053), "called on Arabs to mobilize against Sharon" rallying
// opposition against Sharon (113). Both are aimed at the third party, not
// at whom the appeal addresses. It returns the recoded match, the third
// party's mentions and how they were found; nil if v asks for neither.
func (c *Coder) rallied(t *tree, v int, m *match) (*match, []int, string) {
	if m.p.Code[:2] != "02" {
		return nil, nil, ""
	}
	for _, x := range t.kids[v] {
		if !t.isInfinitive(x) {
			continue
		}
		for _, y := range append([]int{x}, t.conjuncts(x)...) { // "to unite and mobilize against Sharon"
			if as := t.againstActors(y); len(as) > 0 {
				return c.recoded(m, "113", rallyFile), as, "the \"against\" phrase of the act it asks for"
			}
			ym := c.best(t, y, c.candidates(t, y), nil)
			if ym == nil || !supportCode(ym.p.Code) {
				continue
			}
			if as, why := t.targets(y, ym, 1); len(as) > 0 {
				return c.recoded(m, "053", rallyFile), as, why + " of the support it asks for"
			}
		}
	}
	return nil, nil, ""
}

// conjuncts returns the verbs coordinated with v.
func (t *tree) conjuncts(v int) []int {
	var out []int
	for _, k := range t.kids[v] {
		if t.rel(k) == "conj" {
			out = append(out, k)
		}
	}
	return out
}

// againstActors returns the actors of an "against" phrase of v.
func (t *tree) againstActors(v int) []int {
	for _, k := range t.kids[v] {
		if r := t.rel(k); (r == "obl" || r == "nmod") && t.prep(k) == "against" {
			if as := t.actors(k); len(as) > 0 {
				return as
			}
		}
	}
	return nil
}

// supportCode reports the codes of support: verbal support (051, 052)
// and support in general (05, as Phoenix codes "support"), and aid (07).
func supportCode(code string) bool {
	switch code[:2] {
	case "05", "07":
		return code != "055" && code != "056" && code != "057" // apologising, forgiving and signing agreements are no support of a third party
	}
	return false
}

// rallyFile names the rule of rallied where a pattern names its file.
const rallyFile = "rally rule"

// againstMention returns the first actor mention inside an "against"
// phrase of v ("against the alleged violations by the Israeli military"),
// or -1.
func (t *tree) againstMention(v int) int {
	for _, k := range t.kids[v] {
		if r := t.rel(k); (r == "obl" || r == "nmod") && t.prep(k) == "against" {
			if m := t.firstMentionIn(k, v); m >= 0 {
				return m
			}
		}
	}
	return -1
}

// onlyAsks reports a bare "ask" (Phoenix's ask [020], no pattern slot)
// that asks for no act: no "to" clause ("asked Australia to sanction
// China"), no "that" clause and no "for" phrase. Asking someone alone is a
// question ("Bush is reported to have asked a flustered Musharraf"), not
// an appeal.
func (t *tree) onlyAsks(v int, m *match) bool {
	if t.lemma(v) != "ask" || len(m.p.Slots) > 0 || m.p.Noun {
		return false
	}
	for _, k := range t.kids[v] {
		switch t.rel(k) {
		case "xcomp":
			return false
		case "advcl":
			if t.isInfinitive(k) {
				return false
			}
		case "ccomp":
			if t.kidLemma(k, "mark", thatWords) {
				return false
			}
		case "obl":
			if t.prep(k) == "for" {
				return false
			}
		}
	}
	return true
}
