package coder

import (
	"strings"

	"dyad"
)

// frontedSubject returns the subject of a clause that a reporting verb
// after it took from it: in "Zambia extradited the suspect, an official
// said" parsers often make "extradited" a complement of "said" and
// "Zambia" a subject of "said". A subject before the clause cannot be the
// reporting verb's own when that verb comes after the clause; -1 if there
// is none.
func (t *tree) frontedSubject(v int) int {
	h := t.head[v]
	if h <= v || t.toks[h].UPOS != "VERB" {
		return -1
	}
	if r := t.rel(v); r != "ccomp" && r != "parataxis" {
		return -1
	}
	for _, k := range t.kids[h] {
		if t.rel(k) == "nsubj" && k < v {
			return k
		}
	}
	return -1
}

// unmarkedSubject returns the first child of v before it that the parser
// made an adverbial but that is an actor with no preposition, or only the
// "to" of "up to 100 Albanians": the subject of a verb left without one.
// It returns -1 when v has a subject or no such child.
func (t *tree) unmarkedSubject(v int) int {
	if t.kid(v, "nsubj", "nsubj:pass", "csubj", "expl") >= 0 || t.toks[v].UPOS != "VERB" {
		return -1
	}
	for _, k := range t.kids[v] {
		if k > v {
			break
		}
		switch t.rel(k) {
		case "obl:unmarked", "obl:npmod", "obl":
		default:
			continue
		}
		p := t.prep(k)
		f := t.firstToken(k)
		upTo := p == "to" && f > 0 && t.lemma(f-1) == "up"
		if (p == "" || upTo) && len(t.actors(k)) > 0 {
			return k
		}
	}
	return -1
}

// firstToken returns the first token of k's phrase (k and its dependents
// before it).
func (t *tree) firstToken(k int) int {
	first := k
	for _, c := range t.kids[k] {
		if c < first {
			first = min(first, t.firstToken(c))
		}
	}
	return first
}

// speaker resolves the pronoun subject s of a reported clause to the
// subject of the verb that reports it: in "Obama and Putin said they will
// attack Iraq", "they" are Obama and Putin. Only personal pronouns that can
// refer to the speaker count; nil otherwise.
func (t *tree) speaker(v, s int) []int {
	if t.toks[s].UPOS != "PRON" || !speakerPronouns[t.lemma(s)] && !speakerPronouns[t.form(s)] {
		return nil
	}
	h := t.head[v]
	if h < 0 || t.rel(v) != "ccomp" || h > v {
		return nil
	}
	k := t.kid(h, "nsubj")
	if k < 0 || k > s {
		return nil
	}
	return t.actors(k)
}

// speakerPronouns are the subject pronouns that refer back to the speaker
// of a reported clause.
var speakerPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// clauseTargets finds the target of v in its complement clause: the
// target of an infinitive ("threatened to break relations with Russia",
// which parsers also attach as a purpose clause), and, for a demand, an
// appeal, a threat, a rejection or an accusation, the subject of a "that"
// clause ("demanded that Hamas renounce violence": the demand is made of
// Hamas).
func (t *tree) clauseTargets(v int, p *Pattern, depth int) ([]int, string) {
	for _, k := range t.kids[v] {
		r := t.rel(k)
		if !t.isInfinitive(k) && !(r == "ccomp" && t.kid(k, "nsubj") < 0) {
			continue
		}
		if as, why := t.targets(k, &match{p: p}, depth+1); len(as) > 0 {
			return as, why + " of the complement clause"
		}
	}
	if !clauseTargetRoot(p.Code) {
		return nil, ""
	}
	if p.Code[:2] == "13" { // "threatened to stop talks if the United States deploys missiles": the threat is aimed at the condition's subject
		if as := t.conditionSubject(v); len(as) > 0 {
			return as, "subject of the condition (\"if\", \"unless\") of the threat"
		}
	}
	for _, k := range t.kids[v] {
		if t.rel(k) != "ccomp" {
			continue
		}
		if s := t.kid(k, "nsubj", "nsubj:pass"); s >= 0 && !t.isRelPronoun(s) {
			if as := t.actors(s); len(as) > 0 {
				return as, "subject of the \"that\" clause it demands, rejects or threatens"
			}
		}
	}
	if m := t.thatObjectActor(v); m >= 0 {
		return []int{m}, "first actor of the \"that\" clause the parser made an object"
	}
	return nil, ""
}

// thatObjectActor returns the first mention inside a "that" the parser
// made v's object, the clause it introduces broken into noun phrases
// ("demanded that the Sudanese government end curbs" with "end" a noun),
// or -1.
//
// The same holds for a "that" clause parsed as a noun phrase complement
// ("demanding that [the Turkish government provide information]" with
// "information" its head).
func (t *tree) thatObjectActor(v int) int {
	k := t.kid(v, "obj")
	if k >= 0 && t.lemma(k) == "that" && t.toks[k].UPOS == "SCONJ" {
		return t.firstMentionIn(k, k)
	}
	for _, c := range t.kids[v] {
		if u := t.toks[c].UPOS; t.rel(c) == "ccomp" && (u == "NOUN" || u == "PROPN") && t.kidLemma(c, "mark", thatWords) {
			return t.firstMentionIn(c, t.kid(c, "mark"))
		}
	}
	return -1
}

var thatWords = set("that")

// firstMentionIn returns the first mention inside the phrase of k that
// starts after token from, or -1.
func (t *tree) firstMentionIn(k, from int) int {
	for m := range t.mentions {
		if t.mentions[m].Span.Start > t.toks[from].Span.Start && t.inside(m, k) {
			return m
		}
	}
	return -1
}

var toWords = map[string]bool{"to": true}

// intoWords mark the gerund of what someone is pressed or urged into doing.
var intoWords = map[string]bool{"into": true}

// infinitiveVerbs take an infinitive that says what the event is about
// ("threatened to break relations", "agreed to lift sanctions"); parsers
// sometimes attach it as a purpose clause. Other verbs' "to" clauses are
// purposes ("met to discuss"), whose targets are not the verb's.
var infinitiveVerbs = set("threaten vow pledge promise agree offer refuse decline plan decide seek try attempt prepare hope want intend warn swear undertake")

// clauseTargetRoot reports the roots whose "that" clause names the actor
// the event is aimed at: appeals (02), demands (10), disapproval (11),
// rejection (12) and threats (13).
func clauseTargetRoot(code string) bool {
	switch code[:2] {
	case "02", "10", "11", "12", "13":
		return true
	}
	return false
}

// isInfinitive reports whether v is the infinitive complement of its
// head: an "xcomp", or a "to" clause of a verb that takes one, which
// parsers sometimes attach as a purpose clause ("threatened to cut ties").
func (t *tree) isInfinitive(v int) bool {
	switch t.rel(v) {
	case "xcomp":
		return true
	case "advcl":
		h := t.head[v]
		return h >= 0 && (infinitiveVerbs[t.lemma(h)] || askedVerbs[t.lemma(h)]) && t.kidLemma(v, "mark", toWords) ||
			h >= 0 && askedVerbs[t.lemma(h)] && t.kidLemma(v, "mark", intoWords) // "pressed Zelensky into announcing an inquiry"
	}
	return false
}

// homeTarget adds a mention of the country of the first source that is a
// group within a country (a sector: "Algerian farmers", or its people:
// "Algerians") and returns it, or -1 if no source is.
func (t *tree) homeTarget(srcs []int) int {
	for _, s := range srcs {
		m := t.mentions[s]
		if m.Actor.Sector == "" && m.Rule != demonymRule || m.Actor.Country == "" {
			continue
		}
		t.mentions = append(t.mentions, dyad.Mention{Text: m.Text, Span: m.Span, Sentence: m.Sentence,
			Actor: dyad.NewActor(m.Actor.Country, "", "", ""), Rule: "home country of the protesters"})
		return len(t.mentions) - 1
	}
	return -1
}

// stateSectors are the sectors of a country's state: government, armed
// forces, police, legislature and courts.
var stateSectors = set("GOV MIL COP LEG JUD")

// stateActors returns the mentions of ms that are a country's state.
func (t *tree) stateActors(ms []int) []int {
	var out []int
	for _, m := range ms {
		if stateSectors[t.mentions[m].Actor.Sector] {
			out = append(out, m)
		}
	}
	return out
}

// allSector reports whether every mention of ms has the sector sec.
func (t *tree) allSector(ms []int, sec string) bool {
	for _, m := range ms {
		if t.mentions[m].Actor.Sector != sec {
			return false
		}
	}
	return len(ms) > 0
}

// domesticMeasure reports the administrative sanctions a state imposes on
// its own country, and their easing: restrictions on political freedoms,
// bans on parties, curfews, states of emergency and martial law (172x,
// 081x).
func domesticMeasure(code string) bool {
	return strings.HasPrefix(code, "172") || strings.HasPrefix(code, "081")
}

// protestNouns name a protest that a state may break up.
var protestNouns = set("protest protests demonstration demonstrations rally rallies march marches sit-in riot riots crowd crowds gathering gatherings")

// repressedProtest reports violent repression (175) whose object is a
// protest ("police broke up a demonstration"): with no target named, it is
// aimed at the state's own country, as its curfews are. Repression by other
// means ("used tear gas") names no protest and is left to its complements.
func (t *tree) repressedProtest(v int, code string) bool {
	o := t.kid(v, "obj")
	return code == "175" && o >= 0 && protestNouns[t.lemma(o)]
}

// andBefore reports whether an "and" that verb v governs stands between
// its subjects s and k: "The US, Russia, and Switzerland met", with the
// "and" and "Switzerland" both attached to "met".
func (t *tree) andBefore(v, s, k int) bool {
	for _, c := range t.kids[v] {
		if c > s && c < k && t.rel(c) == "cc" && andWords[t.lemma(c)] {
			return true
		}
	}
	return false
}

// conditionSubject returns the actors of the subject of an "if" or
// "unless" clause that v or its infinitive governs.
func (t *tree) conditionSubject(v int) []int {
	heads := []int{v}
	for _, k := range t.kids[v] {
		if t.isInfinitive(k) {
			heads = append(heads, k)
		}
	}
	for _, h := range heads {
		for _, k := range t.kids[h] {
			if t.rel(k) != "advcl" || !t.kidLemma(k, "mark", conditionMarks) {
				continue
			}
			if s := t.kid(k, "nsubj", "nsubj:pass"); s >= 0 {
				if as := t.actors(s); len(as) > 0 {
					return as
				}
			}
		}
	}
	return nil
}

var conditionMarks = set("if unless")

// isGerund reports an "-ing" form: "a statement condemning the attack",
// not "the demonstration staged by students".
func (t *tree) isGerund(v int) bool {
	if x := t.toks[v].XPOS; x != "" {
		return x == "VBG"
	}
	return strings.HasSuffix(t.form(v), "ing")
}

// inWord reports a token glued to a hyphen before it, part of a compound
// word rather than a verb: "peace-keeping", "war-torn", "US-led".
func (t *tree) inWord(v int) bool {
	if v == 0 {
		return false
	}
	prev := t.toks[v-1]
	return prev.Span.End == t.toks[v].Span.Start && strings.HasSuffix(prev.Span.In(t.text), "-") ||
		strings.Contains(t.toks[v].Span.In(t.text), "-") && t.toks[v].UPOS == "VERB" && !strings.HasPrefix(t.form(v), "re-") && !strings.HasPrefix(t.form(v), "co-")
}

// splitSubject returns the actors of another subject of v before it, when
// its first subject s is no actor: "Human rights watchdog Amnesty
// International accused…" parsed with "rights" and "Amnesty" both
// subjects.
func (t *tree) splitSubject(v, s int) []int {
	for _, k := range t.kids[v] {
		if k != s && k < v && t.rel(k) == "nsubj" {
			if as := t.actors(k); len(as) > 0 {
				return as
			}
		}
	}
	return nil
}

// describes reports a relative clause in the simple present that
// describes its noun rather than reporting an event: "Hamas, which
// advocates Israel's destruction", "Iran, which backs the Houthis".
func (t *tree) describes(v int) bool {
	x := t.toks[v].XPOS
	return t.rel(v) == "acl:relcl" && (x == "VBZ" || x == "VBP") && t.kid(v, "aux", "aux:pass") < 0
}
