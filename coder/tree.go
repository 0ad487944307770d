package coder

import (
	"slices"
	"strings"
	"time"

	"dyad"
)

// tree is one parsed sentence with its actor mentions placed on tokens.
// Token indexes are 0-based; head -1 is the root.
type tree struct {
	text     string
	toks     []dyad.Token
	head     []int
	kids     [][]int
	mention  []int // mention index covering each token, or -1
	mentions []dyad.Mention
	work     *int // steps taken, bounded per sentence
	rels     []string
	lemmas   []string
	forms    []string
	objs     []*[]int      // objects of each token, once computed
	comps    []*[]int      // complements of each token, once computed
	day      time.Time     // the article's publication day
	pairRefs map[int][]int // "the two leaders": the mentions of the two actors named before
}

// maxWork bounds the steps the coder takes on one sentence, whatever its
// length: a 300-word run-on sentence is coded in bounded time.
const maxWork = 200000

func newTree(text string, toks []dyad.Token, ms []dyad.Mention) *tree {
	n := len(toks)
	t := &tree{text: text, toks: toks, head: make([]int, n), kids: make([][]int, n), mention: make([]int, n), mentions: ms, work: new(int),
		rels: make([]string, n), lemmas: make([]string, n), forms: make([]string, n), objs: make([]*[]int, n), comps: make([]*[]int, n)}
	for i, tok := range toks {
		t.rels[i] = universalRel(tok.Deprel)
		t.forms[i] = strings.ToLower(tok.Span.In(text))
		t.lemmas[i] = strings.ToLower(tok.Lemma)
		if t.lemmas[i] == "" || t.lemmas[i] == "_" {
			t.lemmas[i] = t.forms[i]
		}
		h := tok.Head - 1
		if h < -1 || h >= n || h == i {
			h = -1 // a broken head is the root
		}
		t.head[i] = h
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
		t.mention[i] = -1
	}
	k := 0
	for i, tok := range toks {
		for k < len(ms) && ms[k].Span.End <= tok.Span.Start {
			k++
		}
		if k < len(ms) && ms[k].Span.Overlaps(tok.Span) {
			t.mention[i] = k
		}
	}
	return t
}

// step counts work and reports whether the budget is spent.
func (t *tree) step() bool {
	*t.work++
	return *t.work > maxWork
}

func (t *tree) lemma(i int) string { return t.lemmas[i] }

func (t *tree) form(i int) string { return t.forms[i] }

// rel returns the universal part of token i's relation ("obl" for "obl:tmod").
func (t *tree) rel(i int) string { return t.rels[i] }

// universalRel keeps the subtypes the coder reads ("nsubj:pass") and drops
// the others ("obl" for "obl:tmod"); it maps UD v1 names to v2.
func universalRel(r string) string {
	if j := strings.IndexByte(r, ':'); j >= 0 && r != "nsubj:pass" && r != "obl:agent" && r != "acl:relcl" && r != "aux:pass" && r != "nmod:poss" && r != "compound:prt" {
		r = r[:j]
	}
	switch r { // UD v1 names, as in older parses
	case "dobj":
		return "obj"
	case "nsubjpass":
		return "nsubj:pass"
	case "auxpass":
		return "aux:pass"
	case "neg":
		return "advmod"
	case "relcl":
		return "acl:relcl"
	}
	return r
}

// kid returns the first child of i with relation rel, or -1.
func (t *tree) kid(i int, rels ...string) int {
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.rel(k) == r {
				return k
			}
		}
	}
	return -1
}

// dominates reports whether x lies in the subtree of h (within 20 steps up).
func (t *tree) dominates(h, x int) bool {
	for d := 0; x >= 0 && d < 20; x, d = t.head[x], d+1 {
		if x == h {
			return true
		}
	}
	return false
}

// prepKid returns the first nominal child of i introduced by the
// preposition prep, or -1.
func (t *tree) prepKid(i int, prep string) int {
	for _, k := range t.kids[i] {
		if r := t.rel(k); (r == "obl" || r == "nmod") && t.prep(k) == prep {
			return k
		}
	}
	return -1
}

// prep returns the preposition of a nominal: its "case" child, lower-cased.
func (t *tree) prep(i int) string {
	for _, k := range t.kids[i] {
		if t.rel(k) == "case" {
			p := t.lemma(k)
			if k+1 < len(t.toks) && t.head[k+1] == i && t.rel(k+1) == "case" { // "out of"
				p += " " + t.lemma(k+1)
			}
			return p
		}
	}
	if t.rel(i) == "obl:agent" {
		return "by"
	}
	if t.nounAsInfinitive(i) {
		return "to"
	}
	return t.innerPrep(i)
}

// nounAsInfinitive reports an actor's noun that the tagger took for a verb
// after "to", making "to" its infinitive marker: in "food aid to refugees"
// parsed as "aid [to refugees]" with "refugees" a verb, the actor stage's
// mention shows it is a noun, and "to" its preposition.
func (t *tree) nounAsInfinitive(i int) bool {
	return t.toks[i].UPOS == "VERB" && t.mention[i] >= 0 && i > 0 && t.head[i-1] == i &&
		t.rel(i-1) == "mark" && t.lemma(i-1) == "to"
}

// innerPrep returns the preposition that the parser hung on a word inside
// name i rather than on its head: in "talks with President Michel
// Suleiman" parsed with "with" on "Michel", "with" is Suleiman's. The
// preposition must open i's phrase, and both words must be proper nouns.
func (t *tree) innerPrep(i int) string {
	f := t.firstToken(i)
	if f == i || t.rel(f) != "case" || t.toks[i].UPOS != "PROPN" {
		return ""
	}
	h := t.head[f]
	if h < 0 || h == i || t.head[h] != i || t.toks[h].UPOS != "PROPN" {
		return ""
	}
	return t.lemma(f)
}

// isPassive reports a passive verb: a passive subject or auxiliary.
func (t *tree) isPassive(v int) bool {
	return t.kid(v, "nsubj:pass", "aux:pass", "csubj:pass") >= 0 && !t.falsePassive(v)
}

// falsePassive reports a verb whose passive subject is its actor: an
// active verb the parser gave a passive subject ("Obama fired missiles at
// Russia" with "Obama" as nsubj:pass, but no passive auxiliary and a direct
// object), or a stative passive that names what its subject takes part in
// ("Canada and China have been engaged in talks").
func (t *tree) falsePassive(v int) bool {
	if t.kid(v, "nsubj:pass") < 0 {
		return false
	}
	if t.kid(v, "aux:pass") < 0 && t.kid(v, "obj") >= 0 {
		return true
	}
	return stativePassives[t.lemma(v)] && t.prepKid(v, "in") >= 0 && t.prepKid(v, "by") < 0
}

// stativePassives are the verbs whose passive with an "in" phrase says
// what the subject does rather than what was done to it: "engaged in
// talks", "involved in the fighting", "embroiled in a dispute", "locked in
// negotiations", "mired in a conflict".
var stativePassives = map[string]bool{"engage": true, "involve": true, "embroil": true, "lock": true,
	"mire": true, "entangle": true}

// npRels are the relations inside a noun phrase searched for its actor.
var npRels = map[string]bool{"compound": true, "amod": true, "nmod": true, "nmod:poss": true, "appos": true,
	"flat": true, "name": true, "det": true, "nummod": true, "case": false}

// actors returns the mentions a nominal refers to: the mention on its head,
// else the nearest in its noun phrase (not in clauses), and those of its
// conjuncts ("Xi and Carney", "Hungarian and Romanian officials").
func (t *tree) actors(h int) []int {
	var out []int
	seen := map[int]bool{}
	var add func(h, depth int)
	add = func(h, depth int) {
		if depth > 4 || t.step() {
			return
		}
		m := t.npMention(h)
		if m < 0 {
			m = t.pronounMention(h)
		}
		if m < 0 {
			for _, r := range t.pairRefs[h] { // "the two leaders"
				if !seen[r] {
					seen[r] = true
					out = append(out, r)
				}
			}
		}
		if m >= 0 && !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
		if !t.commaOnly(h) { // "the UN refugee agency, UNHCR, out of the country": one actor named twice
			for _, k := range t.kids[h] {
				if t.rel(k) == "conj" {
					add(k, depth+1)
				}
			}
		}
		if m >= 0 { // "Hungarian and Romanian officials": conjuncts of the modifier
			for _, i := range t.tokensOf(m) {
				if g := t.head[i]; t.rel(i) == "conj" && g >= 0 && t.mention[g] >= 0 && t.mention[g] != m && !seen[t.mention[g]] {
					seen[t.mention[g]] = true // "US and British activists", with "British" a conjunct of "US"
					out = append(out, t.mention[g])
				}
				if t.head[i] >= 0 && t.mention[t.head[i]] == m {
					continue
				}
				for _, k := range t.kids[i] {
					if mk := t.npMention(k); t.rel(k) == "conj" && k != h && mk >= 0 && !seen[mk] {
						seen[mk] = true
						out = append(out, mk)
					}
				}
			}
		}
	}
	add(h, 0)
	for _, m := range out { // "French and Egyptian warships": "French" shares the noun of "Egyptian warships"
		if s := t.sharedAgent(m); s >= 0 && !seen[s] {
			seen[s] = true
			out = append([]int{s}, out...)
			break
		}
	}
	// "Xi Jinping and Canadian Prime Minister Mark Carney", whatever the
	// parser made of the "and": the next mention, after "and", inside h.
	for i := 0; i < len(out) && len(out) < 8; i++ {
		next := out[i] + 1
		if next >= len(t.mentions) || seen[next] || !t.andBetween(out[i], next) || !t.inside(next, h) || !t.inList(out[i], next) {
			continue
		}
		seen[next] = true
		out = append(out, next)
	}
	return out
}

// commaOnly reports conjuncts of h joined by commas alone, with no
// "and", "or" or other conjunction on h or on any of them: the parser's
// coordination for an apposition ("the UN refugee agency, UNHCR,").
func (t *tree) commaOnly(h int) bool {
	conj := false
	for _, k := range t.kids[h] {
		switch t.rel(k) {
		case "cc":
			return false
		case "conj":
			conj = true
			if t.kid(k, "cc") >= 0 {
				return false
			}
		}
	}
	return conj
}

// inList reports whether mentions a and b, separated by a comma, are
// items of a list that ends with "and" ("Canada, Mexico and China"), and
// not a place and the speaker after it ("troops arrived in Bosnia, Defense
// Secretary William Perry said"). Mentions joined by "and" always are.
func (t *tree) inList(a, b int) bool {
	for x := b; x < len(t.mentions) && x < b+8; x++ {
		if t.mentions[x-1].Span.End > t.mentions[x].Span.Start { // overlapping, or a mention the coder added (a place)
			return false
		}
		gap := strings.TrimSpace(t.text[t.mentions[x-1].Span.End:t.mentions[x].Span.Start])
		if gap != "," && !strings.HasSuffix(gap, "and") && gap != "&" {
			return false
		}
		if gap != "," {
			return true
		}
	}
	return false
}

// andBetween reports whether only "and" (or a comma) separates mentions a
// and b in the text.
func (t *tree) andBetween(a, b int) bool {
	if t.mentions[a].Span.End > t.mentions[b].Span.Start { // a place mention added out of order
		return false
	}
	gap := strings.TrimSpace(t.text[t.mentions[a].Span.End:t.mentions[b].Span.Start])
	if rest, ok := strings.CutSuffix(gap, " and"); ok && isName(rest) { // "Libyan leader Muammar Gaddafi and …": the name the actor stage left out
		return true
	}
	return gap == "and" || gap == "," || gap == ", and" || gap == "&"
}

// isName reports one to four capitalised words, as in a person's name.
func isName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if r := w[0]; r < 'A' || r > 'Z' {
			return false
		}
		if strings.ContainsAny(w, ",;:()") {
			return false
		}
	}
	return true
}

// inside reports whether a token of mention m hangs, within six steps,
// from node h.
func (t *tree) inside(m, h int) bool {
	for _, i := range t.tokensOf(m) {
		for x, d := t.head[i], 0; x >= 0 && d < 6; x, d = t.head[x], d+1 {
			if x == h {
				return true
			}
		}
	}
	return false
}

// npMention returns the mention on h, else the first one found breadth
// first in h's noun phrase within two levels, or -1.
func (t *tree) npMention(h int) int {
	if m := t.mention[h]; m >= 0 {
		if t.mentions[m].Rule != contextAgentRule {
			return m
		}
		if n := t.npModifierMention(h, m); n >= 0 { // "the U.N. war crimes court": the UN, not a court of the country in context
			return n
		}
		return m
	}
	level := []int{h}
	for depth := 0; depth < 2 && len(level) > 0; depth++ {
		var next []int
		for _, x := range level {
			for _, k := range t.kids[x] {
				if t.step() {
					return -1
				}
				r := t.rel(k)
				if !npRels[r] {
					continue
				}
				if r == "nmod" && !ofLike(t.prep(k)) {
					continue // "talks with China" is not China
				}
				if t.mention[k] >= 0 {
					return t.mention[k]
				}
				next = append(next, k)
			}
		}
		level = next
	}
	return -1
}

// contextAgentRule is the actor stage's rule for an agent whose country
// it guessed from the context (actor.RuleContextAgent).
const contextAgentRule = "agent, country from context"

// sharedAgentRule is the actor stage's rule for a nationality that shares
// the noun of the actor after it ("French" in "French and Egyptian
// warships"; actor.RuleSharedAgent).
const sharedAgentRule = "nationality and shared agent"

// sharedAgent returns the mention of a nationality whose token modifies
// a token of mention m and that shares m's noun, or -1.
func (t *tree) sharedAgent(m int) int {
	toks := t.tokensOf(m)
	for s := range t.mentions {
		if s == m || t.mentions[s].Rule != sharedAgentRule {
			continue
		}
		for _, i := range t.tokensOf(s) {
			if h := t.head[i]; h >= 0 && slices.Contains(toks, h) && i < toks[0] {
				return s
			}
		}
	}
	return -1
}

// demonymRule is the actor stage's rule for a nationality word used as a
// noun, the people of a country ("Algerians"; actor.RuleDemonym).
const demonymRule = "nationality word"

// npModifierMention returns another mention among the compound and
// adjective modifiers of h, or -1.
func (t *tree) npModifierMention(h, m int) int {
	for _, k := range t.kids[h] {
		if r := t.rel(k); r != "compound" && r != "amod" && r != "nmod:poss" {
			continue
		}
		if n := t.mention[k]; n >= 0 && n != m {
			return n
		}
		for _, x := range t.kids[k] {
			if n := t.mention[x]; n >= 0 && n != m && (t.rel(x) == "compound" || t.rel(x) == "amod") {
				return n
			}
		}
	}
	return -1
}

// ofLike reports prepositions that name who a noun belongs to or whose
// act it is ("officials of the ministry", "troops from Russia", "calls by
// Belarus").
func ofLike(p string) bool { return p == "of" || p == "from" || p == "by" || p == "" }

// isRelPronoun reports who/which/that as a relative pronoun.
func (t *tree) isRelPronoun(i int) bool {
	switch t.lemma(i) {
	case "who", "which", "that", "whom":
		return t.toks[i].UPOS == "PRON" || strings.Contains(t.toks[i].Feats, "PronType=Rel")
	}
	return false
}

// span covers tokens a..b inclusive.
func (t *tree) span(a, b int) dyad.Span {
	if a > b {
		a, b = b, a
	}
	return dyad.Span{Start: t.toks[a].Span.Start, End: t.toks[b].Span.End}
}

// tokensOf returns the tokens of mention m.
func (t *tree) tokensOf(m int) []int {
	var out []int
	for i, x := range t.mention {
		if x == m {
			out = append(out, i)
		}
	}
	return out
}

// isParticiple reports a past participle modifying a noun ("tariffs
// imposed on Canada"): its head noun is the patient.
func (t *tree) isParticiple(v int) bool {
	if t.rel(v) != "acl" {
		return false
	}
	tok := t.toks[v]
	switch {
	case strings.Contains(tok.Feats, "VerbForm=Part") && strings.Contains(tok.Feats, "Tense=Past"), tok.XPOS == "VBN":
		return true
	case tok.Feats == "" && tok.XPOS == "":
		f := t.form(v)
		return strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "en")
	}
	return false
}

// pronouns that refer back to a country or organisation named earlier in
// the sentence ("Israel said a bomb was fired at it"). "We" and "us" are
// not among them: they name the speaker or the writer, never a third party
// named before them ("we stand with Ukraine and we condemn Russia"); a
// reported clause's "we" is its speaker (speakerPronouns).
var backPronouns = map[string]bool{"it": true, "its": true, "they": true, "them": true, "their": true}

// pronounMention resolves a pronoun the actor stage left unresolved to the
// nearest actor before it in the sentence that is not a person, or -1.
func (t *tree) pronounMention(h int) int {
	if t.toks[h].UPOS != "PRON" || !backPronouns[t.lemma(h)] && !backPronouns[t.form(h)] {
		return -1
	}
	for i := h - 1; i >= 0; i-- {
		if m := t.mention[i]; m >= 0 && t.mentions[m].Actor.Name == "" {
			return m
		}
	}
	return -1
}
