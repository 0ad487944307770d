package coder

import (
	"slices"
	"strings"
)

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
	if h < 0 {
		return
	}
	i, _ := slices.BinarySearch(t.kids[h], k)
	t.kids[h] = slices.Insert(t.kids[h], i, k)
}

// clauseStrandedAdjectives repairs a finite verb the parser took for an
// adjective of the noun after it ("Serbia eased emergency measures", with
// "eased" a modifier of "measures"; "The UN on Tuesday reduced food
// supplies"): the verb heads the clause, the phrase before it is its
// subject and the noun its object. The verb must be stranded (see
// isStranded): a noun or name right before it, no gerund.
func (t *tree) clauseStrandedAdjectives() {
	for v := range t.toks {
		if t.rel(v) != "amod" || !t.isStranded(v) {
			continue
		}
		n := t.head[v]
		s := t.subjectBefore(v)
		if n <= v || s < 0 || (t.toks[n].UPOS != "NOUN" && t.toks[n].UPOS != "PROPN") || t.opensBefore(n, s) {
			continue
		}
		top := n
		if t.dominates(s, n) { // "A Russian official offered concessions" with "concessions" apposed to "official"
			top = s
		}
		t.relink(v, t.head[top], t.rel(top))
		t.relink(s, v, "nsubj")
		t.relink(n, v, "obj")
	}
}

// opensBefore reports a determiner or modifier of noun n standing before
// token s: the phrase of n begins before s, so the verb between them is a
// compound adjective inside it ("the Tajik dominated former Northern
// Alliance"), not a clause.
func (t *tree) opensBefore(n, s int) bool {
	for _, k := range t.kids[n] {
		switch t.rel(k) {
		case "det", "amod", "nmod:poss", "nummod":
			if k < s {
				return true
			}
		}
	}
	return false
}

// subjectBefore returns the head of the noun phrase that ends right before
// verb v (adverbs and v's own modifiers such as "today" skipped): the
// phrase's last word climbed up while its head stands before v. Else -1.
func (t *tree) subjectBefore(v int) int {
	s := v - 1
	for s > 0 && (t.toks[s].UPOS == "ADV" || t.head[s] == v) {
		s--
	}
	if s < 0 {
		return -1
	}
	if u := t.toks[s].UPOS; u != "NOUN" && u != "PROPN" && u != "PRON" {
		return -1
	}
	for d := 0; d < 8 && t.head[s] >= 0 && t.head[s] < v; d++ {
		s = t.head[s]
	}
	return s
}

// unrelativeThat repairs a content clause the parser took for a relative
// clause: "an admission by Moscow [that NKVD forces murdered officers]"
// with "that" as the object of "murdered". A relative pronoun cannot be the
// object of a verb that has another object, so there "that" is the
// clause's conjunction and the clause is the noun's content ("acl").
func (t *tree) unrelativeThat() {
	for k := range t.toks {
		v := t.head[k]
		if v < 0 || t.lemma(k) != "that" || t.rel(k) != "obj" || t.rel(v) != "acl:relcl" || k > v {
			continue
		}
		for _, o := range t.kids[v] {
			if o != k && t.rel(o) == "obj" {
				t.rels[k] = "mark"
				t.rels[v] = "acl"
				break
			}
		}
	}
}

// nounAfterTo repairs a noun the tagger took for a verb after the
// preposition "to" ("provide food aid [to refugees] fleeing the war", with
// "to" an infinitive marker and "refugees" a verb): a word the actor stage
// resolved as a group of people, ending its mention, with no object of its
// own, is a noun, and "to" its preposition.
func (t *tree) nounAfterTo() {
	for v := 1; v < len(t.toks); v++ {
		m := t.mention[v]
		if t.toks[v].UPOS != "VERB" || m < 0 || (v+1 < len(t.toks) && t.mention[v+1] == m) || t.kid(v, "obj") >= 0 {
			continue
		}
		if r := t.rel(v); r != "acl" && r != "advcl" && r != "xcomp" {
			continue
		}
		to := t.kid(v, "mark")
		if to < 0 || t.lemma(to) != "to" || !strings.Contains(t.mentions[m].Rule, "agent") {
			continue
		}
		t.rels[to] = "case"
		if h := t.head[v]; h >= 0 && t.toks[h].UPOS == "VERB" {
			t.rels[v] = "obl"
		} else {
			t.rels[v] = "nmod"
		}
	}
}

// unvocative repairs a name the parser made a vocative at the end of a
// list ("to Iran, Libya, Sudan, and with strings attached, Cuba", with
// "Cuba" addressed): news text addresses no one, so an actor named as a
// vocative after a list of actors is the list's last conjunct.
func (t *tree) unvocative() {
	for k := range t.toks {
		if t.rel(k) != "vocative" || t.mention[k] < 0 {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if h := t.head[j]; t.rel(j) == "conj" && t.mention[j] >= 0 && h >= 0 && h < j && t.mention[h] >= 0 && !t.dominates(k, h) {
				t.relink(k, h, "conj")
				break
			}
		}
	}
}

// pastOnly are irregular simple past forms that are never participles,
// so never adjectives: "undertook", "gave", "withdrew".
var pastOnly = set("took gave went began drew fell flew forbade froze grew knew rose saw stole swore threw withdrew " +
	"broke chose did drove forgave hid overthrew undertook bore forgot mistook overcame overtook sank shook slew " +
	"sprang strove tore woke wore sang rang rode oversaw foresaw arose awoke became came")

// verbalisePastAdjectives repairs a simple past form the tagger took for
// an adjective ("Klibi undertook mediation mission between…" with
// "undertook" an adjective of "mission"): it is a finite verb, with the
// lemma of the irregular past, so the stranded verb repair can make a
// clause of it. The tokens are copied before the change.
func (t *tree) verbalisePastAdjectives() {
	copied := false
	for v := 1; v < len(t.toks); v++ {
		if t.toks[v].UPOS != "ADJ" || t.rel(v) != "amod" || !pastOnly[t.form(v)] {
			continue
		}
		if !copied {
			t.toks, copied = slices.Clone(t.toks), true
		}
		t.toks[v].UPOS, t.toks[v].XPOS = "VERB", "VBD"
		t.lemmas[v] = irregular[t.form(v)]
	}
}

// clauseRootParticiple repairs a headline-like clause the parser read as a
// noun phrase: a root noun described by a past participle that has a
// direct object ("Turkish forces shelled Kurdish positions in northern
// Syria", with "shelled" an acl of "forces"). A passive participle takes
// no direct object, so the participle is the clause's verb and the noun
// its subject. Verbs whose passive keeps an object ("Minister given a
// medal", "Activist denied bail") are left alone.
func (t *tree) clauseRootParticiple() {
	for n := range t.toks {
		if t.head[n] >= 0 || (t.toks[n].UPOS != "NOUN" && t.toks[n].UPOS != "PROPN") {
			continue
		}
		for _, v := range t.kids[n] {
			if v > n && t.rel(v) == "acl" && t.toks[v].UPOS == "VERB" && t.kid(v, "obj") >= 0 &&
				t.kid(v, "aux", "aux:pass", "nsubj", "mark") < 0 && !passiveObjectVerbs[t.lemma(v)] {
				t.relink(v, -1, "root")
				t.relink(n, v, "nsubj")
				return
			}
		}
	}
}

// clauseReportedParticiple repairs the same misreading in a reported
// clause before its speaker ("Russian artillery shelled residential areas
// of Kherson, the regional administration said", with "artillery" a second
// subject of "said" and "shelled" its acl): the participle is the reported
// clause's verb and the noun its subject.
func (t *tree) clauseReportedParticiple() {
	for n := range t.toks {
		h := t.head[n]
		if h < 0 || t.rel(n) != "nsubj" || !statingVerbs[t.lemma(h)] || !t.laterSubject(h, n) {
			continue
		}
		for _, v := range t.kids[n] {
			if v == n+1 && t.rel(v) == "acl" && t.toks[v].UPOS == "VERB" && t.kid(v, "obj") >= 0 &&
				t.kid(v, "aux", "aux:pass", "nsubj", "mark") < 0 && !passiveObjectVerbs[t.lemma(v)] {
				t.relink(v, h, "ccomp")
				t.relink(n, v, "nsubj")
				return
			}
		}
	}
}

// laterSubject reports whether verb h has a subject after token n: the
// speaker of "…, officials said".
func (t *tree) laterSubject(h, n int) bool {
	for _, k := range t.kids[h] {
		if k > n && t.rel(k) == "nsubj" {
			return true
		}
	}
	return false
}

// passiveObjectVerbs keep a direct object in the passive: "given a medal",
// "denied bail", "handed a jail term".
var passiveObjectVerbs = set("give grant award offer hand deny show promise allow teach tell pay send lend assign sentence charge fine order ask")
