package coder

import "slices"

// relinkTimePhrases repairs a parse error: a month or a day named in a
// prepositional phrase ("in late February", "on Monday") says when the
// clause happened and takes no complement and no conjunct of its own. A
// phrase the parser hung on it after it ("lift embargoes on sales in late
// February [to Iran]") belongs to the verb above it, and the names the
// parser coordinated with the day ("to Iran, Libya, North Korea" with
// Libya and North Korea as conjuncts of February) are conjuncts of that
// phrase.
func (t *tree) relinkTimePhrases() {
	for d := range t.toks {
		if !t.isTimePhrase(d) {
			continue
		}
		v := t.clauseVerb(d)
		if v < 0 {
			continue
		}
		moved := -1
		for _, k := range slices.Clone(t.kids[d]) {
			switch r := t.rel(k); {
			case moved < 0 && k > d && r == "nmod" && t.prep(k) != "" && !t.isTimeWord(k):
				t.relink(k, v, "obl")
				moved = k
			case moved >= 0 && k > moved && r == "conj" && !t.isTimeWord(k):
				t.relink(k, moved, "conj")
			}
		}
	}
}

// isTimeWord reports a noun naming a day or a month ("Monday", "February").
func (t *tree) isTimeWord(i int) bool {
	u := t.toks[i].UPOS
	return timeWords[t.form(i)] && (u == "PROPN" || u == "NOUN")
}

// isTimePhrase reports a day or month introduced by a preposition and
// attached as a modifier: "in late February", "on Monday".
func (t *tree) isTimePhrase(i int) bool {
	r := t.rel(i)
	return t.isTimeWord(i) && (r == "nmod" || r == "obl") && t.kid(i, "case") >= 0
}

// clauseVerb returns the verb whose clause holds nominal i, climbing
// through nominal and object relations, or -1.
func (t *tree) clauseVerb(i int) int {
	for h, d := t.head[i], 0; h >= 0 && d < 8; h, d = t.head[h], d+1 {
		if t.toks[h].UPOS == "VERB" {
			return h
		}
		switch t.rel(h) {
		case "nmod", "obj", "obl", "nsubj:pass", "iobj":
		default:
			return -1
		}
	}
	return -1
}

// relink moves token k under head h with relation rel, keeping the
// children lists in token order.
func (t *tree) relink(k, h int, rel string) {
	old := t.head[k]
	if old >= 0 {
		t.kids[old] = slices.DeleteFunc(t.kids[old], func(x int) bool { return x == k })
	}
	t.head[k] = h
	t.rels[k] = rel
	i, _ := slices.BinarySearch(t.kids[h], k)
	t.kids[h] = slices.Insert(t.kids[h], i, k)
}
