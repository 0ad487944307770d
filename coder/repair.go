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

// unovernight repairs "overnight" read as a noun with the name before it
// as its compound ("shelled the city of Chernihiv overnight, killing…",
// with Chernihiv a modifier of "overnight"): the name takes the noun's
// place in the clause and "overnight" is an adverb of the clause's verb.
func (t *tree) unovernight() {
	for n := 1; n < len(t.toks); n++ {
		p := n - 1
		if !strings.EqualFold(t.form(n), "overnight") || t.toks[n].UPOS != "NOUN" || t.head[n] < 0 ||
			t.head[p] != n || t.rel(p) != "compound" || t.toks[p].UPOS != "PROPN" {
			continue
		}
		v := t.clauseVerb(n)
		if v < 0 {
			continue
		}
		t.relink(p, t.head[n], t.rel(n))
		for _, k := range slices.Clone(t.kids[n]) {
			t.relink(k, p, t.rel(k))
		}
		t.relink(n, v, "advmod")
	}
}

// headlineCommaSubjects repairs the comma that stands for "and" between
// two names before a headline's verb ("Saudi Arabia, Iran agree to restore
// ties", "Trump, Putin meet in Alaska"), read as two subjects of the verb
// or the first as a vocative: the second name is a conjunct of the first,
// which is the subject.
func (t *tree) headlineCommaSubjects() {
	for v := range t.toks {
		if t.toks[v].UPOS != "VERB" {
			continue
		}
		n, m := -1, -1
		for _, k := range t.kids[v] {
			switch r := t.rel(k); {
			case k > v || t.toks[k].UPOS != "PROPN":
			case n < 0 && (r == "vocative" || r == "nsubj"):
				n = k
			case n >= 0 && m < 0 && r == "nsubj":
				m = k
			}
		}
		if m < 0 || n+1 >= m || t.form(n+1) != "," || !t.onlyKidsBetween(n+2, m) {
			continue
		}
		t.relink(n, v, "nsubj")
		t.relink(m, n, "conj")
		t.relink(n+1, m, "punct")
	}
}

// onlyKidsBetween reports whether every token from a up to m is a child of m.
func (t *tree) onlyKidsBetween(a, m int) bool {
	for k := a; k < m; k++ {
		if t.head[k] != m {
			return false
		}
	}
	return true
}

// secondObject repairs "called China a 'decisive enabler'" read with the
// quoted noun as an apposition of the object: a verb of naming takes a
// second object, and an apposition set off by no comma, right after the
// object and introduced by "a" or "an", is that object.
func (t *tree) secondObject() {
	for v := range t.toks {
		if !namingVerbs[t.lemma(v)] {
			continue
		}
		o := t.kid(v, "obj")
		if o < 0 {
			continue
		}
		for _, y := range t.kids[o] {
			d := t.kid(y, "det")
			if t.rel(y) != "appos" || y < o || d < 0 || !indefinite[strings.ToLower(t.form(d))] || t.commaBetween(o, y) {
				continue
			}
			t.relink(y, v, "obj")
			break
		}
	}
}

// namingVerbs name or label their object with a second one.
var namingVerbs = set("call brand label dub")

// indefinite are the indefinite articles.
var indefinite = set("a an")

// commaBetween reports whether a comma stands between tokens a and b.
func (t *tree) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if t.form(k) == "," {
			return true
		}
	}
	return false
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
			if v > n && t.activeParticiple(v) {
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
			if v == n+1 && t.activeParticiple(v) {
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

// activeParticiple reports a verb the parser hung as a participle on a
// noun (acl) although it has a direct object and no auxiliary, subject or
// marker of its own: a passive participle takes no object, so it is the
// finite verb of a clause whose subject is that noun.
func (t *tree) activeParticiple(v int) bool {
	return t.rel(v) == "acl" && t.toks[v].UPOS == "VERB" && t.kid(v, "obj") >= 0 &&
		t.kid(v, "aux", "aux:pass", "nsubj", "mark") < 0 && !passiveObjectVerbs[t.lemma(v)]
}

// passiveObjectVerbs keep a direct object in the passive: "given a medal",
// "denied bail", "handed a jail term".
var passiveObjectVerbs = set("give grant award offer hand deny show promise allow teach tell pay send lend assign sentence charge fine order ask")

// pluralAfterTo repairs a plural noun the tagger took for an infinitive
// after the preposition "to" ("conceded to demands from the rebels",
// "responded to calls for talks", with "demands" a verb marked by "to"):
// an infinitive is a base form, and no English base form ends in a single
// "s" after a letter other than s, u, i or a ("discuss", "focus", "bias"
// are verbs). The word becomes a noun with its singular lemma, "to" its
// preposition, and the phrase a complement of the nearest verb above it.
// The tokens are copied before the change.
func (t *tree) pluralAfterTo() {
	copied := false
	for v := 1; v < len(t.toks); v++ {
		to := v - 1
		if t.toks[v].UPOS != "VERB" || t.rel(to) != "mark" || t.head[to] != v || t.lemma(to) != "to" || !pluralForm(t.form(v)) {
			continue
		}
		if t.kid(v, "obj", "nsubj", "aux") >= 0 {
			continue
		}
		if !copied {
			t.toks, copied = slices.Clone(t.toks), true
		}
		t.toks[v].UPOS, t.toks[v].XPOS = "NOUN", "NNS"
		t.lemmas[v] = strings.TrimSuffix(strings.ToLower(t.form(v)), "s")
		t.rels[to] = "case"
		h := t.head[v]
		for d := 0; d < 4 && h >= 0 && t.toks[h].UPOS != "VERB"; d++ {
			h = t.head[h]
		}
		if h >= 0 && t.toks[h].UPOS == "VERB" {
			t.relink(v, h, "obl")
		} else {
			t.rels[v] = "nmod"
		}
	}
}

// pluralForm reports a word that ends like a plural noun and like no
// English base-form verb: a final "s" after a letter other than s, u, i
// and a ("demands", "talks", "sanctions"; not "discuss", "focus", "bias").
func pluralForm(f string) bool {
	f = strings.ToLower(f)
	n := len(f)
	if n < 4 || f[n-1] != 's' {
		return false
	}
	switch f[n-2] {
	case 's', 'u', 'i', 'a':
		return false
	}
	return true
}

// undaySubject repairs a bare day the parser made the subject of a later
// clause and hung the reporting verb's "that" clause on it ("Mubarak said
// here Wednesday [that the US must be ready to mediate…] as soon as the
// elections are finalized", with "Wednesday" the subject of "finalized"
// and the "that" clause its complement). A day says when, never who: it
// is the time of the verb just before it, and a clause hung on it is that
// verb's complement.
func (t *tree) undaySubject() {
	for d := 1; d < len(t.toks); d++ {
		if r := t.rel(d); !t.isTimeWord(d) || (r != "nsubj" && r != "nsubj:pass") || t.kid(d, "case", "det") >= 0 || t.head[d] < d {
			continue
		}
		w := d - 1
		for w > 0 && t.toks[w].UPOS == "ADV" {
			w--
		}
		c := t.kid(d, "ccomp")
		if t.toks[w].UPOS != "VERB" || c < 0 {
			continue
		}
		t.relink(d, w, "obl")
		t.relink(c, w, "ccomp")
	}
}

// uncompoundPhrase repairs a noun the parser made a compound of a noun
// that stands after a preposition ("paid [compensation] to 67 British
// nationals", with "compensation" a compound of "nationals"): the words of
// a compound stand side by side, and a preposition between them opens a
// phrase of its own. The first noun takes the second's place in the
// clause, and the second becomes the complement the preposition opens,
// of the verb when the first noun is its object ("paid compensation [to
// nationals]").
func (t *tree) uncompoundPhrase() {
	for c := range t.toks {
		h := t.head[c]
		if t.rel(c) != "compound" || h <= c+1 || t.toks[c].UPOS != "NOUN" {
			continue
		}
		p := c + 1 // "to", hung on "67" in "to 67 British nationals"
		if t.toks[p].UPOS != "ADP" || !t.onlyModifiersBetween(c, h) {
			continue
		}
		top, rel := t.head[h], t.rel(h)
		if top < 0 {
			continue
		}
		t.relink(c, top, rel)
		t.relink(p, h, "case")
		if t.toks[top].UPOS == "VERB" && rel == "obj" {
			t.relink(h, top, "obl")
		} else {
			t.relink(h, c, "nmod")
		}
	}
}

// onlyModifiersBetween reports that every token strictly between a and b
// is a modifier of b (numbers, adjectives, determiners and their adverbs):
// the preposition a opens b's own phrase.
func (t *tree) onlyModifiersBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if !t.dominates(b, i) {
			return false
		}
	}
	return true
}

// subjectFromApposition repairs a subject the parser hung as an apposition
// on the phrase before it ("In what has been described as a policy
// u-turn, President Levy Mwanawasa has reneged on…", with the president
// renaming "u-turn"): a finite verb with no subject of its own, right
// after an actor's name set off by a comma, has that actor as subject.
func (t *tree) subjectFromApposition() {
	for v := 1; v < len(t.toks); v++ {
		if t.toks[v].UPOS != "VERB" || t.kid(v, "nsubj", "nsubj:pass", "csubj", "expl") >= 0 || !t.finiteClause(v) {
			continue
		}
		e := v - 1
		for e > 0 && t.head[e] == v && (t.toks[e].UPOS == "AUX" || t.toks[e].UPOS == "ADV") {
			e--
		}
		m := t.mention[e]
		if m < 0 {
			continue
		}
		toks := t.tokensOf(m)
		first, n := toks[0], t.mentionHead(m)
		if e != toks[len(toks)-1] || first == 0 || t.form(first-1) != "," || n < 0 || t.rel(n) != "appos" || t.head[n] > n {
			continue
		}
		t.relink(n, v, "nsubj")
	}
}

// finiteClause reports a verb with an auxiliary, or in a finite form.
func (t *tree) finiteClause(v int) bool {
	switch t.toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return t.kid(v, "aux") >= 0
}

// mentionHead returns the token of mention m whose head lies outside it,
// or -1.
func (t *tree) mentionHead(m int) int {
	for _, k := range t.tokensOf(m) {
		if h := t.head[k]; h < 0 || t.mention[h] != m {
			return k
		}
	}
	return -1
}

// agentAfterAside repairs a passive's "by" agent that the parser hung on
// a verb of an aside set off by commas before it ("Aristide has been
// accused of misusing public funds, much of it believed to have been
// embezzled, by current Haitian officials", with the officials embezzling):
// a "by" phrase right after the comma that closes an aside belongs to the
// passive verb the aside interrupts, when that verb has no agent.
func (t *tree) agentAfterAside() {
	for k := range t.toks {
		if t.rel(k) != "obl:agent" {
			continue
		}
		if !t.afterComma(k) {
			continue
		}
		a := t.head[k] // climb to the aside's head: a parenthetical clause of the passive verb
		for d := 0; d < 4 && a >= 0 && t.rel(a) != "parataxis"; d++ {
			a = t.head[a]
		}
		if a < 0 || t.rel(a) != "parataxis" {
			continue
		}
		v := t.head[a]
		if v < 0 || v > a || !t.afterComma(a) || !t.isPassive(v) || t.kid(v, "obl:agent") >= 0 {
			continue
		}
		t.relink(k, v, "obl:agent")
	}
}

// afterComma reports a phrase that opens with a comma, or right after one
// (the parser may hang the comma on the phrase or before it).
func (t *tree) afterComma(k int) bool {
	f := t.firstToken(k)
	return t.form(f) == "," || f > 0 && t.form(f-1) == ","
}
