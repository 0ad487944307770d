package coder

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"dyad"
)

// match is a pattern found at a verb: its score, the target nodes its
// target slot holds, and the tokens its words cover.
type match struct {
	p        *Pattern
	score    int
	targets  []int // nominal nodes holding the target, from a TARGET slot
	between  bool  // the target slot is a "between" phrase
	evidence []int // tokens of the verb and the pattern's words
	missing  string
}

// syntax codes sentence i of a from its parse. tr, if not nil, records
// every verb tried.
func (c *Coder) syntax(a *dyad.Analysis, i int, ms []dyad.Mention, tr *Trace) []dyad.Event {
	s := a.Sentences[i]
	t := newTree(a.Article.Text, s.Tokens, ms)
	t.day = a.Article.Published
	t.resolvePairs(a, i)
	t.verbalisePastAdjectives()
	t.clauseStrandedAdjectives()
	t.clauseRootParticiple()
	t.clauseReportedParticiple()
	t.unovernight()
	t.headlineCommaSubjects()
	t.secondObject()
	t.relinkTimePhrases()
	t.unrelativeThat()
	t.nounAfterTo()
	t.pluralAfterTo()
	t.undaySubject()
	t.uncompoundPhrase()
	t.subjectFromApposition()
	t.agentAfterAside()
	t.unvocative()
	var out []coded
	for v := range t.toks {
		if t.step() {
			if tr != nil {
				tr.Notes = append(tr.Notes, "work budget spent: the rest of the sentence is not coded")
			}
			break
		}
		ps := c.candidates(t, v)
		if len(ps) == 0 {
			continue
		}
		var vt *VerbTrace
		if tr != nil {
			vt = &VerbTrace{Token: v, Word: t.toks[v].Span.In(t.text), Lemma: t.lemma(v)}
		}
		if m := c.best(t, v, ps, vt); m != nil {
			out = append(out, c.assemble(a, i, t, v, m, vt)...)
		}
		if tr != nil {
			tr.Verbs = append(tr.Verbs, *vt)
		}
	}
	if tr != nil {
		tr.Work = *t.work
	}
	evs := finish(t, out, tr)
	return append(evs, c.stranded(a, i, t, ms, evs, tr)...)
}

// candidates returns the patterns of token v: phrasal verb first, then the
// verb, or the event noun.
func (c *Coder) candidates(t *tree, v int) []*Pattern {
	if t.inWord(v) {
		return nil
	}
	switch t.toks[v].UPOS {
	case "VERB":
		if t.withClause(v) || t.determinedVerb(v) {
			return nil
		}
		for _, l := range append([]string{t.lemma(v)}, lemmaGuesses(t.form(v))...) {
			var ps []*Pattern
			if prt := t.kid(v, "compound:prt"); prt >= 0 {
				ps = append(ps, c.patterns.verbs(l+" "+t.form(prt))...)
			}
			if ps = append(ps, c.patterns.verbs(l)...); len(ps) > 0 {
				return ps
			}
		}
		return nil
	case "NOUN":
		ps := c.patterns.nouns(t.lemma(v))
		if len(ps) == 0 {
			ps = c.patterns.nouns(t.form(v))
		}
		if o := oPlural(t.form(v)); len(ps) == 0 && o != "" {
			ps = c.patterns.nouns(o)
		}
		return ps
	}
	return nil
}

// withClause reports whether the finite verb v is introduced by "with"
// before its subject, which introduces no finite clause in English: the
// tagger took a noun for a verb ("With Hong Kong protests exploding to new
// levels, …").
func (t *tree) withClause(v int) bool {
	switch t.toks[v].XPOS {
	case "VBZ", "VBP", "VBD":
		m, s := t.kid(v, "mark"), t.kid(v, "nsubj")
		return m >= 0 && s > m && withWords[t.lemma(m)]
	}
	return false
}

var withWords = set("with")

// determinedVerb reports a verb with an article of its own, which a finite
// or infinitive verb never has: the tagger took a noun for a verb ("an
// Islamic State target southwest of Baghdad" with "target" a verb). A
// gerund may have one ("the shelling of Kharkiv").
func (t *tree) determinedVerb(v int) bool {
	if t.toks[v].XPOS == "VBG" {
		return false
	}
	for _, k := range t.kids[v] {
		if t.rel(k) == "det" && articles[t.lemma(k)] && k < v {
			return true
		}
	}
	return false
}

// articles are the determiners only a noun takes.
var articles = set("a an the")

// best returns the most specific pattern that matches at v: most slots
// found, then the higher priority, then the later line (as in PETRARCH,
// where a later entry of the same pattern replaces an earlier one).
func (c *Coder) best(t *tree, v int, ps []*Pattern, vt *VerbTrace) *match {
	var best *match
	var m match // reused for every pattern; only a new best is copied
	for _, p := range ps {
		if t.step() {
			break
		}
		t.matchInto(&m, v, p)
		if vt != nil {
			vt.Tried = append(vt.Tried, Try{Pattern: p.String(), Where: p.Where(), Score: m.score, Missing: m.missing})
		}
		if m.missing != "" {
			continue
		}
		if best == nil || m.score > best.score || m.score == best.score && p.Priority >= best.p.Priority {
			best = m.clone()
		}
	}
	if best != nil && vt != nil {
		vt.Chosen = best.p.String() + " (" + best.p.Where() + ")"
	}
	return best
}

// clone returns a copy of m that shares no slice with it.
func (m *match) clone() *match {
	c := *m
	c.evidence, c.targets = slices.Clone(m.evidence), slices.Clone(m.targets)
	return &c
}

// matchInto checks p's slots at verb v and writes the result into m,
// reusing its slices.
func (t *tree) matchInto(m *match, v int, p *Pattern) {
	*m = match{p: p, evidence: append(m.evidence[:0], v), targets: m.targets[:0]}
	if prt := t.kid(v, "compound:prt"); prt >= 0 && strings.Contains(p.Verb, " ") {
		m.evidence = append(m.evidence, prt)
		m.score++ // "call off a strike" is more specific than "call a strike"
	}
	for _, sl := range p.Slots {
		nodes := t.slotNodes(v, sl.Prep, p.Noun)
		found := false
		for _, n := range nodes {
			t.step()
			switch {
			case sl.Target:
				if sl.Prep == "" && t.givenFrom(v, n) {
					continue
				}
				if as := t.actors(n); len(as) > 0 {
					m.targets = append(m.targets, n)
					m.between = m.between || sl.Prep == "between"
					found = true
				}
			case sl.Any:
				found = sl.Prep != "" || n > v // a bare "*" is an object after the verb, not the noun a participle describes ("Kurds demonstrated in Kirkuk")
			case sl.Words != nil || len(sl.Phrases) > 0:
				if w := t.wordMatch(n, sl); w > 0 {
					m.evidence = append(m.evidence, n)
					m.score += w - 1
					found = true
				} else if q := t.measured(n); sl.Prep == "" && q != n {
					if w := t.wordMatch(q, sl); w > 0 { // "provided 500 tons of food aid"
						m.evidence = append(m.evidence, n, q)
						m.score += w - 1
						found = true
					}
				}
			}
			if found {
				break
			}
		}
		if !found {
			m.missing = sl.String()
			return
		}
		m.score++
	}
}

// slotNodes returns the nodes a slot may fill: the objects of v for the
// object slot, its clausal complements for "that", else the complements of
// v and of its objects with the slot's preposition.
func (t *tree) slotNodes(v int, prep string, noun bool) []int {
	if prep == "" {
		if noun {
			return nil
		}
		return t.objects(v)
	}
	var out []int
	if prep == "that" { // a clausal complement, with or without "that": "demonstrated (that) it was weak"
		for _, k := range t.kids[v] {
			if t.rel(k) == "ccomp" {
				out = append(out, k)
			}
		}
		return out
	}
	for _, k := range t.complements(v) {
		if t.prep(k) == prep {
			out = append(out, k)
		}
	}
	return out
}

// objects returns the direct and indirect objects of v, and its passive
// subject (the patient).
func (t *tree) objects(v int) []int {
	if t.objs[v] != nil {
		return *t.objs[v]
	}
	out := t.findObjects(v)
	t.objs[v] = &out
	return out
}

func (t *tree) findObjects(v int) []int {
	var out []int
	subjBefore := false
	for _, k := range t.kids[v] {
		switch r := t.rel(k); {
		case (r == "obj" || r == "nsubj:pass") && t.isRelPronoun(k) && t.rel(v) == "acl:relcl" && t.head[v] >= 0:
			out = append(out, t.head[v]) // "the sanctions that Canada imposed"
		case r == "obj" || r == "iobj" || r == "nsubj:pass" && !t.falsePassive(v):
			if s := t.kid(k, "nsubj"); r == "obj" && s >= 0 && s < k && t.toks[s].UPOS == "NOUN" {
				out = append(out, s) // "defended the right of Russian troops to…" with "right" the subject of "troops": the noun is the object's head
			}
			out = append(out, t.untimed(k))
		case r == "nsubj" && k < v:
			subjBefore = true
		case r == "nsubj" && k > v && subjBefore:
			out = append(out, k) // a second subject after the verb is a mislabelled object
		case r == "advcl" && t.kid(v, "obj") < 0 && t.absoluteObject(v, k) >= 0:
			out = append(out, t.absoluteObject(v, k)) // "blocked the Europe Bridge spanning the Rhine"
		case r == "obl" && k > v && t.shiftedObject(k) && t.kid(v, "obj") < 0:
			out = append(out, k) // "denounced as an ugly crime Serbia's suppression of…"
		case r == "obl" && k > v && timeWords[strings.ToLower(t.form(k))] && t.kid(v, "obj") < 0:
			if a := t.kid(k, "appos"); a >= 0 && t.toks[a].UPOS == "NOUN" { // "forced out on Wednesday more than 1,000 refugees": no day is renamed
				out = append(out, a)
			}
		}
	}
	if t.isParticiple(v) && t.head[v] >= 0 {
		out = append(out, t.head[v]) // "tariffs imposed on Canada"
	}
	if len(out) == 0 {
		out = t.sharedObject(v)
	}
	return out
}

// sharedObject returns the object that the verb v, coordinated with another
// verb and with none of its own, shares with it because it comes after both:
// "managed to capture or kill 20 al-Qaeda commanders" (the commanders are
// killed too), "condemned and sanctioned Georgia" (Georgia is condemned
// too); nil if there is none. A second verb with its own subject shares
// nothing ("Israel withdrew and Syria attacked Lebanon").
func (t *tree) sharedObject(v int) []int {
	if h := t.head[v]; t.rel(v) == "conj" && h >= 0 && h < v && t.toks[h].UPOS == "VERB" {
		for _, k := range t.kids[h] {
			if t.rel(k) == "obj" && k > v {
				return []int{k}
			}
		}
	}
	for _, c := range t.kids[v] {
		if t.rel(c) != "conj" || c < v || t.toks[c].UPOS != "VERB" || t.kid(c, "nsubj", "nsubj:pass") >= 0 {
			continue
		}
		for _, k := range t.kids[c] {
			if t.rel(k) == "obj" {
				return []int{k}
			}
		}
	}
	return nil
}

// absoluteObject returns the subject of v's "-ing" clause k when it is
// really v's object: the parser made the object and the participle after
// it an absolute clause ("blocked [the Europe Bridge spanning the Rhine]"),
// though an absolute clause is set off by a comma and an object-less
// transitive verb stands right before the noun. -1 otherwise.
func (t *tree) absoluteObject(v, k int) int {
	if k < v || t.toks[k].XPOS != "VBG" || t.kid(k, "mark") >= 0 {
		return -1
	}
	s := t.kid(k, "nsubj")
	if s < v || s > k {
		return -1
	}
	for i := v + 1; i < k; i++ {
		if t.toks[i].UPOS == "PUNCT" || i != s && !t.dominates(s, i) {
			return -1
		}
	}
	return s
}

// shiftedObject reports an object placed after a predicative "as" phrase
// ("denounced as an ugly crime Serbia's suppression of…") that the parser
// made an "as" phrase whose subject is the predicate: the noun heads an
// "as" phrase and has a nominal subject before it.
func (t *tree) shiftedObject(k int) bool {
	if t.prep(k) != "as" {
		return false
	}
	s := t.kid(k, "nsubj")
	return s >= 0 && s < k && (t.toks[s].UPOS == "NOUN" || t.toks[s].UPOS == "PROPN")
}

// timeWords name a day or a month; they never head an object.
var timeWords = set("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight " +
	"january february march april may june july august september october november december")

// untimed returns the noun that the parser made a compound of a time word
// heading an object ("staged mass demonstrations Saturday", with
// "Saturday" the head): the object is the noun, the day its date. Else k.
func (t *tree) untimed(k int) int {
	if !timeWords[strings.ToLower(t.form(k))] {
		return k
	}
	for _, c := range t.kids[k] {
		if c < k && t.rel(c) == "compound" && t.toks[c].UPOS == "NOUN" {
			return c
		}
	}
	return k
}

// complements returns the prepositional complements of v and of its
// objects.
func (t *tree) complements(v int) []int {
	if t.comps[v] != nil {
		return *t.comps[v]
	}
	out := t.findComplements(v)
	t.comps[v] = &out
	return out
}

func (t *tree) findComplements(v int) []int {
	var out []int
	add := func(x int) {
		for _, k := range t.kids[x] {
			switch t.rel(k) {
			case "obl", "nmod", "obl:agent", "advcl", "xcomp", "obj":
				if t.prep(k) != "" {
					out = append(out, k)
				}
			case "acl":
				if t.nounAsInfinitive(k) { // "food aid to refugees" with "refugees" taken for a verb
					out = append(out, k)
				}
			}
		}
	}
	add(v)
	for _, k := range t.kids[v] { // "issued a reminder Saturday to Iraq": a day takes no complement, the verb does
		if r := t.rel(k); (r == "obl" || r == "nmod") && timeWords[strings.ToLower(t.form(k))] && t.prep(k) == "" {
			add(k)
		}
	}
	if t.toks[v].UPOS == "NOUN" { // an event noun's "of" phrase is its object: "a suspension of air links with Serbia"
		for _, k := range t.kids[v] {
			if t.rel(k) == "nmod" && t.prep(k) == "of" {
				add(k)
			}
		}
	}
	for _, o := range t.objects(v) {
		add(o)
		if q := t.measured(o); q != o { // "part of a military aid program for Bosnia"
			add(q)
		}
	}
	return out
}

// wordMatch reports whether node n's lemma or form is one of the slot's
// words, or heads one of its phrases with the phrase's modifiers; it
// returns the score: 1, or 1 and the number of modifiers.
func (t *tree) wordMatch(n int, sl Slot) int {
	l, f := t.lemma(n), t.form(n)
	oes := oPlural(f)
	is := func(w string) bool {
		return w == l || w == f || w == strings.TrimSuffix(f, "s") || w+"s" == f || w == oes
	}
	best := 0
	if sl.Words[l] || sl.Words[f] || sl.Words[strings.TrimSuffix(f, "s")] || sl.Words[f+"s"] || sl.Words[oes] {
		best = 1
	}
	for _, ph := range sl.Phrases {
		if !is(ph[len(ph)-1]) || len(ph) <= best-1 {
			continue
		}
		ok := true
		for _, mod := range ph[:len(ph)-1] {
			if !t.hasKid(n, mod) {
				ok = false
				break
			}
		}
		if ok {
			best = max(best, len(ph))
		}
	}
	return best
}

// oPlural returns the singular of a plural in "-oes" ("embargoes",
// "vetoes"), which taggers often lemmatise wrong ("embargoe"), or "".
func oPlural(f string) string {
	if s, ok := strings.CutSuffix(strings.ToLower(f), "oes"); ok && len(s) > 1 {
		return s + "o"
	}
	return ""
}

// measureNouns measure or count what their "of" phrase names: "500 tons
// of food aid", "a shipment of weapons", "part of a military aid program",
// "10 days of war games", "a mission of observers".
var measureNouns = set("day days week weeks month months round rounds ton tons tonne tonnes kg kilogram kilograms amount quantity batch shipment consignment cargo load convoy package round worth million billion thousand thousands hundred hundreds dozen dozens number lot series supply supplies part portion contingent mission team")

// measured returns the noun of n's "of" phrase when n is a measure noun,
// else n.
func (t *tree) measured(n int) int {
	if !measureNouns[t.lemma(n)] && !measureNouns[t.form(n)] {
		return n
	}
	for _, k := range t.kids[n] {
		if t.rel(k) == "nmod" && t.prep(k) == "of" {
			return k
		}
	}
	return n
}

// hasKid reports whether n has a child with lemma or form w.
func (t *tree) hasKid(n int, w string) bool {
	for _, k := range t.kids[n] {
		if t.lemma(k) == w || t.form(k) == w {
			return true
		}
	}
	return false
}

// coded is an event with the verb it was coded at.
type coded struct {
	verb int
	src  int // source mention
	tgt  int // target mention
	e    dyad.Event
	bare bool // coded by a pattern with no slot: the verb's code on its own
}

// finish drops duplicates and the events of a verb governed (through
// "xcomp") by a verb already coded with the same source: "agreed to hold
// talks" is coded once, at "agreed". A verb of plan, refusal or decision
// coded only by its own code gives way to the act it governs instead:
// "declined to send arms to Ukraine" is the refused arms supply (and its
// refusal, 1222), not "declined" alone (120).
func finish(t *tree, cs []coded, tr *Trace) []dyad.Event {
	cs = t.yieldToComplement(cs, tr)
	byVerb := map[int][]coded{}
	for _, c := range cs {
		byVerb[c.verb] = append(byVerb[c.verb], c)
	}
	seen := map[string]bool{}
	var out []dyad.Event
	for _, c := range cs {
		u := t.governor(c.verb, byVerb, c.src)
		if u < 0 {
			u = t.lightGovernor(c.verb, byVerb, c.src)
		}
		if u >= 0 {
			if tr != nil {
				tr.Notes = append(tr.Notes, fmt.Sprintf("%s at %q dropped: its governing verb %q is coded with the same source",
					c.e.CAMEO, c.e.Evidence.Text, t.toks[u].Span.In(t.text)))
			}
			continue
		}
		key := fmt.Sprint(c.e.Source.Code, ">", c.e.Target.Code, ">", c.e.CAMEO) // "the IAEA, or IAEA" is one target
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, c.e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Evidence.Span.Start < out[j].Evidence.Span.Start })
	return out
}

// yieldToComplement drops the events that a verb of plan, refusal or
// decision (moodVerbs) has by its own code alone when an act it governs
// through xcomp is coded with the same source: that act, with its mood and
// the intent or refusal it yields, says more.
func (t *tree) yieldToComplement(cs []coded, tr *Trace) []coded {
	out := cs[:0:0]
	for _, c := range cs {
		if c.bare && moodVerbs[t.lemma(c.verb)] && t.governsCoded(c, cs) {
			if tr != nil {
				tr.Notes = append(tr.Notes, fmt.Sprintf("%s at %q dropped: the act it governs is coded with the same source",
					c.e.CAMEO, c.e.Evidence.Text))
			}
			continue
		}
		out = append(out, c)
	}
	return out
}

// governsCoded reports whether c's verb governs, through xcomp links, a
// verb coded with c's source (not by its own code alone).
func (t *tree) governsCoded(c coded, cs []coded) bool {
	for _, d := range cs {
		if d.verb == c.verb || d.src != c.src || d.bare && moodVerbs[t.lemma(d.verb)] {
			continue
		}
		if t.governor(d.verb, map[int][]coded{c.verb: {c}}, c.src) == c.verb {
			return true
		}
	}
	return false
}

// lightGovernor returns the light verb of event noun v when it was coded
// with the same source, or -1: "held talks with Iran" is coded once, at
// "held".
func (t *tree) lightGovernor(v int, byVerb map[int][]coded, src int) int {
	h := t.head[v]
	if t.toks[v].UPOS != "NOUN" || h < 0 || t.rel(v) != "obj" {
		return -1
	}
	for _, c := range byVerb[h] {
		if c.src == src {
			return h
		}
	}
	return -1
}

// governor returns the verb that governs v through xcomp links and was
// coded with source src, or -1.
func (t *tree) governor(v int, byVerb map[int][]coded, src int) int {
	for depth := 0; depth < 4 && v >= 0 && t.isInfinitive(v); depth++ {
		v = t.head[v]
		if v < 0 {
			break
		}
		for _, c := range byVerb[v] {
			if c.src == src {
				return v
			}
		}
	}
	return -1
}

// lemmaGuesses returns the possible lemmas of an inflected verb form, for
// when the tagger's lemma has no patterns ("jailed" → jail, jaile).
func lemmaGuesses(f string) []string {
	out := []string{f}
	if l, ok := irregular[f]; ok {
		return append(out, l)
	}
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if !strings.HasSuffix(f, suf) || len(f) < len(suf)+3 {
			continue
		}
		stem := strings.TrimSuffix(f, suf)
		out = append(out, stem, stem+"e")
		if n := len(stem); n > 2 && stem[n-1] == stem[n-2] { // "stopped"
			out = append(out, stem[:n-1])
		}
		if strings.HasSuffix(stem, "i") { // "tried", "carries"
			out = append(out, strings.TrimSuffix(stem, "i")+"y")
		}
	}
	if rest, ok := strings.CutPrefix(f, "re-"); ok && len(rest) > 2 { // "re-examine", "re-opened": the act again
		out = append(out, lemmaGuesses(rest)...)
	}
	return out
}

// receiveVerbs take the thing received as object and the giver in a
// "from" phrase: "received weapons from the government".
var receiveVerbs = set("receive get obtain accept secure win")

// givenFrom reports whether object n of a verb of receiving is a thing
// whose only actor is its giver, in a "from" phrase ("received weapons
// from the government"): the giver is not the one received, so n does not
// fill the verb's object target slot ("received the minister").
func (t *tree) givenFrom(v, n int) bool {
	return receiveVerbs[t.lemma(v)] && t.fromOnly(n)
}

// fromOnly reports a noun n that is no actor and whose only actor stands
// in its "from" phrase ("weapons from the government", "pressure from
// Congress").
func (t *tree) fromOnly(n int) bool {
	if t.mention[n] >= 0 {
		return false
	}
	m := t.npMention(n)
	for _, k := range t.kids[n] {
		if t.rel(k) == "nmod" && t.prep(k) == "from" && m >= 0 && m == t.npMention(k) {
			return true
		}
	}
	return false
}
