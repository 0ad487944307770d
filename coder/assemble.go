package coder

import (
	"fmt"
	"slices"
	"strings"

	"dyad"
	"dyad/cameo"
)

// targetPreps are the prepositions whose complement can be an event's
// target when no pattern says where it stands.
var targetPreps = map[string]bool{"with": true, "to": true, "against": true, "on": true, "for": true, "toward": true,
	"towards": true, "into": true, "over": true, "from": true, "upon": true, "at": true}

// maxPairs bounds the events of one verb (sources × targets).
const maxPairs = 16

// assemble turns a pattern found at v into events.
func (c *Coder) assemble(a *dyad.Analysis, i int, t *tree, v int, m *match, vt *VerbTrace) []coded {
	if vt == nil {
		vt = &VerbTrace{} // not explaining: the trace is dropped
	}
	if t.describes(v) {
		vt.Outcome = "not coded: a relative clause in the present describes its noun, it reports no event (\"Hamas, which advocates…\")"
		return nil
	}
	if t.protestsAim(v, m.p.Code) {
		vt.Outcome = "not coded: the demand of a protest (\"a demonstration calling for…\") is the protest's aim, coded with the protest"
		return nil
	}
	if t.onlyAsks(v, m) {
		vt.Outcome = "not coded: asking someone without asking for anything is a question (\"asked a flustered Musharraf\"), no appeal"
		return nil
	}
	if m.p.Code == NoEvent {
		if dm := c.statedDemand(t, v); dm != nil && m.p.File != statedDemandFile { // "Russia said Sudan must return the helicopter"
			return c.assemble(a, i, t, v, dm, vt)
		}
		if am := c.victimAccusation(t, v); am != nil { // "Israel said a mortar bomb was fired at it from the Gaza Strip"
			return c.assemble(a, i, t, v, am, vt)
		}
		vt.Outcome = "not coded: the pattern says this use of the verb is no event"
		return nil
	}
	srcs, srcRule := t.sources(v, m.p.Noun, 0)
	// The parties of planned "talks between" them state no intent: whoever
	// plans the talks does.
	betweenParties := false
	if len(srcs) == 0 && m.p.Noun && m.between { // "talks between Canada and China": the actors act on each other
		betweenParties = true
		for _, n := range m.targets {
			srcs = append(srcs, t.actors(n)...)
		}
		m.targets, srcRule = nil, "the actors of the \"between\" phrase, on each other"
	}
	if srcRule == attackRule || m.p.Code == "1823" && (t.allSector(srcs, "MIL") || t.inAttack(v) >= 0 || t.warfareSubject(v) >= 0) { // "a U.S. drone strike killed Soleimani" // "killed Nasrallah in an air strike" too // "Russian aircraft killed 46 civilians": military force, not a killing by hand
		m = c.asWarfare(m)
	}
	if m.p.Code == "183" && t.allSector(srcs, "MIL") { // "Turkish warplanes bombed PKK targets": an air raid, not a terrorist bombing
		m = c.recoded(m, "195", airRaidFile)
	}
	m = c.asDeployment(t, m, srcs)
	m = c.asJointExercise(t, m, srcs)
	m = c.asRiot(t, v, m, srcs)
	m = c.asCivilBlockade(t, v, m, srcs)
	m = c.asLabourStrike(t, v, m, srcs)
	m = c.asSuicideBombing(t, m, srcs)
	m = c.asJointAct(t, v, m)
	vt.Sources = t.names(srcs)
	if len(srcs) == 0 {
		vt.Outcome = "not coded: no source actor (" + srcRule + ")"
		return nil
	}
	tgts, tgtRule := t.targets(v, m, 0)
	if pm, k := c.asProtestViolence(t, v, m); k >= 0 { // "threw stones during demonstrations against the Israeli military"
		m = pm
		if len(tgts) == 0 {
			if as := t.againstActors(k); len(as) > 0 {
				tgts, tgtRule = as, "the \"against\" phrase of the protest it was part of"
			} else if g := t.againstMention(k); g >= 0 {
				tgts, tgtRule = []int{g}, "the first actor of the \"against\" phrase of the protest it was part of"
			}
		}
	}
	if strings.HasPrefix(m.p.Code, "016") { // "the Afghan government ruled out Taliban involvement": whose involvement is denied is no target
		tgts = t.notInside(tgts, m.evidence[1:])
	}
	if t.givenTo(v, m.p.Code, tgtRule) { // "the rebels received weapons from Turkey": Turkey gave them
		srcs, tgts = tgts, srcs
		srcRule, tgtRule = tgtRule+", the giver", srcRule+", the receiver"
	} else if t.sufferedFrom(v, m.p.Code, tgtRule) { // "Obama faces pressure from Congress": Congress presses him
		srcs, tgts = tgts, srcs
		srcRule, tgtRule = tgtRule+", who does it", srcRule+", who undergoes it"
	}
	if len(m.targets) == 0 && m.p.Symmetric && t.countries(srcs) > 1 { // "Israel and Lebanon renewed negotiations on a pullback": on each other
		tgts, tgtRule = nil, ""
	}
	if len(srcs) > 1 && t.isParticiple(v) && t.kid(v, "nsubj") < 0 && slices.Equal(srcs, tgts) && !reciprocalVerbs[t.lemma(v)] { // "Afghans and Iraqis blown up in mosques": coordinated patients, not agents on each other
		srcs, srcRule = nil, "none: the noun a past participle describes is its patient"
	}
	pairs := t.pairs(srcs, tgts, m.p, len(tgts) == 0 && c.mayBeMutual(t, v, m, srcRule), false)
	if len(pairs) == 0 && len(tgts) > 0 && (tgtRule == "object" || tgtRule == "subject of the passive") { // "France sent troops to Mali": its own troops are no target
		if more, why := t.complementTargets(v, m, 0); len(more) > 0 {
			if p := t.pairs(srcs, more, m.p, false, false); len(p) > 0 {
				tgts, tgtRule, pairs = more, why+" (the object is the source's own)", p
			}
		}
	}
	if len(pairs) == 0 && locatedAct(m.p.Code) && t.ownTargets(srcs, tgts) { // a protest, a visit, a curfew or a shelling targets the country where it takes place; "reinforced its troops in Syria"
		if k, why := c.placeTarget(t, v); k >= 0 {
			tgts, tgtRule = []int{k}, why
			pairs = t.pairs(srcs, tgts, m.p, false, true)
		} else if k, why := c.whenClausePlace(t, v); k >= 0 { // "killed 23 people when they blew themselves up in Tel Aviv"
			tgts, tgtRule = []int{k}, why
			pairs = t.pairs(srcs, tgts, m.p, false, true)
		} else if k, why := c.visitPlace(t, v); k >= 0 && m.p.Code == "042" { // "flew to Moscow", "a visit to Kyiv"
			tgts, tgtRule = []int{k}, why
			pairs = t.pairs(srcs, tgts, m.p, false, true)
		} else if k, why := c.attackPlace(t, v); k >= 0 && attackCode(m.p.Code) { // "launched missile strikes on Kyiv"
			tgts, tgtRule = []int{k}, why
			pairs = t.pairs(srcs, tgts, m.p, false, true)
		}
	}
	if len(pairs) == 0 && m.p.Code[:2] == "13" && t.ownTargets(srcs, tgts) { // "threatened to resume attacks in Israel": the place of the threatened act
		if x := t.kid(v, "xcomp"); x >= 0 {
			if k, why := c.placeTarget(t, x); k >= 0 {
				tgts, tgtRule = []int{k}, why+" of the threatened act"
				pairs = t.pairs(srcs, tgts, m.p, false, true)
			}
		}
	}
	if len(pairs) == 0 && m.p.Code[:2] == "14" { // "blocked a road to show their disapproval of US policies": aimed at whom its purpose names
		if as, why := t.purposeTargets(v, m.p); len(as) > 0 {
			if p := t.pairs(srcs, as, m.p, false, false); len(p) > 0 {
				tgts, tgtRule, pairs = as, why+" of the protest's purpose clause", p
			}
		}
	}
	if len(pairs) == 0 && m.p.Code[:2] == "12" && t.ownTargets(srcs, tgts) { // "rejected a call for its forces to be deployed in East Timor": the place of the rejected act
		if x := t.objectClause(v); x >= 0 {
			if k, why := c.placeTarget(t, x); k >= 0 {
				tgts, tgtRule = []int{k}, why+" of the rejected act"
				pairs = t.pairs(srcs, tgts, m.p, false, true)
			}
		}
	}
	if rm, as, why := c.rallied(t, v, m); rm != nil { // "urged the EU to support the PLO": rallying support for the PLO
		if p := t.pairs(srcs, as, rm.p, false, false); len(p) > 0 {
			m, tgts, tgtRule, pairs = rm, as, why, p
		}
	}
	if len(pairs) == 0 && aboutOccasion(m.p.Code) && t.ownTargets(srcs, tgts) { // "claimed responsibility for an attack in Kenya": aimed at whom it struck
		if k, why := c.occasionTarget(t, v, m.p.Code); k >= 0 {
			tgts, tgtRule = []int{k}, why
			pairs = t.pairs(srcs, tgts, m.p, false, true)
		}
	}
	if len(pairs) == 0 && dissent(m.p.Code) { // a protest (or its end) with no target and no place is aimed at the protesters' own country
		if k := t.homeTarget(srcs); k >= 0 {
			tgts, tgtRule = []int{k}, "the protesters' own country (no target or place named)"
			pairs = t.pairs(srcs, tgts, m.p, false, true)
		}
	}
	if len(pairs) == 0 && len(tgts) == 0 && (domesticMeasure(m.p.Code) || t.repressedProtest(v, m.p.Code)) { // "Sudan's government lifted the state of emergency": its own country
		if k := t.homeTarget(t.stateActors(srcs)); k >= 0 {
			tgts, tgtRule = []int{k}, "the state's own country (a curfew, ban, state of emergency or repression with no target or place named)"
			pairs = t.pairs(srcs, tgts, m.p, false, true)
		}
	}
	vt.Targets = t.names(tgts)
	if len(pairs) == 0 {
		if cm, tg, why := c.claimedAct(t, v, srcs); cm != nil { // "the US claimed that they had attacked Iraq": a claim of responsibility
			m, tgts, tgtRule = cm, tg, why
			pairs = t.pairs(srcs, tgts, m.p, false, true)
			vt.Targets = t.names(tgts)
		}
	}
	if len(pairs) == 0 && m.p.File != statedDemandFile {
		if dm := c.statedDemand(t, v); dm != nil { // "Britain reiterated that Libya must hand over the suspects"
			return c.assemble(a, i, t, v, dm, vt)
		}
	}
	if len(pairs) == 0 && m.p.File != statedDemandFile && m.p.File != victimFile {
		if am := c.victimAccusation(t, v); am != nil { // "Kenya announced it had been attacked by Somali militants"
			return c.assemble(a, i, t, v, am, vt)
		}
	}
	if len(pairs) == 0 {
		if len(tgts) == 0 {
			vt.Outcome = "not coded: no target actor (" + tgtRule + ")"
		} else {
			vt.Outcome = "not coded: source and target are the same actor"
		}
		return nil
	}
	if len(tgts) == 0 {
		tgtRule = "the other actor of the coordinated subject"
	}
	if t.mutualConsult(m.p.Code, v, tgts) { // "the US commander held talks with President Suleiman": talks of both
		pairs = bothWays(pairs)
	}
	mood, moodRule := t.mood(v)
	ev := t.evidence(m.evidence)
	bare := len(m.p.Slots) == 0 && !m.p.Noun
	var out []coded
	for _, pr := range pairs {
		e := c.event(m.p, t, pr, ev, i)
		e.Mood = mood
		e.Rule = fmt.Sprintf("pattern %s (%s) at %q; source: %s; target: %s; mood: %s", m.p.Where(), m.p.String(), t.toks[v].Span.In(t.text), srcRule, tgtRule, moodRule)
		c.when(a, t, v, &e)
		c.where(t, v, &e)
		out = append(out, coded{verb: v, src: pr[0], tgt: pr[1], e: e, bare: bare})
		if ie, ok := c.intent(e); ok && mood == dyad.MoodPlanned && !t.expectedByOthers(v) && !betweenParties { // not "Turkey offered to host talks between Russia and Ukraine"
			out = append(out, coded{verb: v, src: pr[0], tgt: pr[1], e: ie, bare: bare})
		}
		if mark := t.conditionMark(v); mark != "" && mood == dyad.MoodHypothetical {
			if ce, ok := c.conditional(e, mark); ok {
				out = append(out, coded{verb: v, src: pr[0], tgt: pr[1], e: ce, bare: bare})
			}
		}
		if r := t.refusedBy(v); r >= 0 && mood == dyad.MoodNegated {
			if re, ok := c.refusal(e, t.toks[r].Span.In(t.text)); ok {
				out = append(out, coded{verb: v, src: pr[0], tgt: pr[1], e: re, bare: bare})
			}
		} else if w := t.willNot(v); w != "" && mood == dyad.MoodNegated {
			if re, ok := c.refusal(e, w); ok {
				out = append(out, coded{verb: v, src: pr[0], tgt: pr[1], e: re, bare: bare})
			}
		}
	}
	vt.Outcome = fmt.Sprintf("coded %d event(s) %s %s, %s", len(out), m.p.Code, m.p.Name, mood)
	return out
}

// pairs returns (source, target) mention pairs; with no target, the
// actors of a coordinated subject of a cooperative or symmetric pattern
// act on each other ("Canada and China signed an agreement").
//
// A target found as the place of the event may be the source's own
// country: "Turkish police imposed a curfew in Cizre" is a domestic event.
func (t *tree) pairs(srcs, tgts []int, p *Pattern, mutual, atPlace bool) [][2]int {
	var out [][2]int
	add := func(s, g int) {
		a, b := t.mentions[s].Actor, t.mentions[g].Actor
		ia, ib := identity(a), identity(b)
		people := dissent(p.Code) && t.mentions[s].Rule == demonymRule // "Algerians protested in Algiers"
		domestic := a.Country == b.Country && (ia == ib || ia == "" || ib == "") && !(atPlace && (a.Sector != "" || people || domesticMeasure(p.Code))) &&
			!stateOnOwnPeople(a, b, p.Code)
		if s == g || domestic || len(out) >= maxPairs {
			return
		}
		out = append(out, [2]int{s, g})
	}
	if mutual {
		if len(srcs) < 2 || !(p.Symmetric || mutualRoot(p.Code)) || t.countries(srcs) > maxMutual {
			return nil
		}
		for _, s := range srcs {
			for _, g := range srcs {
				if t.mentions[s].Actor.Country != t.mentions[g].Actor.Country {
					add(s, g)
				}
			}
		}
		return out
	}
	for _, s := range srcs {
		for _, g := range tgts {
			add(s, g)
		}
	}
	return out
}

// reciprocalVerbs have no patient: the coordinated nouns a participle of
// theirs describes are the two sides ("Indian and Chinese troops clashed",
// parsed as a participle describing the troops).
var reciprocalVerbs = set("clash battle skirmish")

// mayBeMutual reports whether the coordinated sources of v, which has no
// target actor, may act on each other. They do not when someone else
// receives the act (personalObject), nor when the verb's object
// (or passive subject) is a proper name that is no actor ("Iran, Russia and
// India have backed the Northern Alliance"), nor, unless that object is the
// event's own noun (one the pattern names, or an event noun: "no agreement
// was signed by Canada and China", "Israel and Hezbollah fought a war"),
// when they are the agents of a passive ("the group is financed by Saudi
// Arabia and the UN") or fight (19x: "the US and Pakistan killed al-Qaeda
// commanders"). Mediators never mediate between each other: "a ceasefire
// brokered by Qatar and Egypt" is their work between two other parties.
func (c *Coder) mayBeMutual(t *tree, v int, m *match, srcRule string) bool {
	if strings.HasPrefix(m.p.Code, "045") {
		return false
	}
	objs := t.objects(v)
	if oneWay[m.p.Code[:3]] && (len(objs) == 0 || !reciprocal[t.lemma(objs[0])]) { // "Spain, Ireland and Norway recognised a Palestinian state"
		return false
	}
	if len(objs) == 0 {
		return srcRule != passiveAgentRule
	}
	if t.personalObject(v) {
		return false
	}
	o := objs[0]
	if len(t.actors(o)) > 0 {
		return true
	}
	if t.toks[o].UPOS == "PROPN" {
		return false
	}
	event := slices.Contains(m.evidence, o) || fightNouns[t.lemma(o)] || len(c.patterns.nouns(t.lemma(o))) > 0
	return event || srcRule != passiveAgentRule && m.p.Code[:2] != "19"
}

// oneWay are the cooperative codes whose coordinated sources do not act on
// each other unless the object says so ("recognised each other"): a visit
// is paid to a place (042), a guest is hosted (043), a state recognised
// (054).
var oneWay = set("042 043 054")

// personalObject reports whether v has an indirect object, or a direct
// object that is a personal pronoun: someone other than the coordinated
// subjects receives the act ("Japan and Australia gave us strong support",
// "France and Germany sent them weapons"); "each other" is no such object.
func (t *tree) personalObject(v int) bool {
	for _, k := range t.kids[v] {
		switch r := t.rel(k); {
		case r == "iobj" && !reciprocal[t.lemma(k)]:
			return true
		case r == "obj" && personalPronouns[strings.ToLower(t.form(k))]:
			return true
		}
	}
	return false
}

// personalPronouns are the object pronouns that name people; reciprocal
// the words of "each other" and "one another".
var (
	personalPronouns = set("me us you him her them")
	reciprocal       = set("other another")
)

// fightNouns are the objects of fighting that two sides fight each other in.
var fightNouns = set("war battle fight clash skirmish duel conflict campaign round")

// maxMutual is the most countries a coordinated subject may have for its
// actors to act on each other: a longer list is an enumeration ("approved to
// trade credit derivatives: Finland, Germany, Norway, Sweden, Switzerland,
// the UK and the US"), not parties to one meeting or deal.
const maxMutual = 4

// dissent reports a protest (14x) or its end (082), which, with no target
// named, is aimed at the protesters' own country.
func dissent(code string) bool {
	return code[:2] == "14" || code == "082"
}

// countries counts the countries of mentions ms.
func (t *tree) countries(ms []int) int {
	seen := map[string]bool{}
	for _, m := range ms {
		seen[t.mentions[m].Actor.Country] = true
	}
	return len(seen)
}

// identity tells actors of one country apart: their sector, else the
// person or body named ("President Assad" and "the Syrian parliament" are
// two actors; "Syria" and "the Syrian government" are one).
// nonStateSectors are the sectors of a country's people that its state
// investigates, arrests or represses.
var nonStateSectors = set("REB RAD OPP CVL INS MED EDU LAB BUS CRM REF")

// stateOnOwnPeople reports a country's state (the bare country) that
// yields to (08), investigates (09) or coerces (17) a non-state group of its
// own people: "Croatia is investigating Croatian extremists", "Turkey will
// allow Turkish refugees to return".
func stateOnOwnPeople(a, b dyad.Actor, code string) bool {
	return a.Sector == "" && a.Name == "" && nonStateSectors[b.Sector] && (code[:2] == "08" || code[:2] == "09" || code[:2] == "17")
}

func identity(a dyad.Actor) string {
	if a.Sector != "" {
		return a.Sector
	}
	return a.Name
}

// mutualRoot reports the roots whose events a coordinated subject does
// together: cooperation, consultation, diplomatic and material
// cooperation, and fighting.
func mutualRoot(code string) bool {
	switch code[:2] {
	case "03", "04", "05", "06", "19":
		return true
	}
	return false
}

// sources returns the mentions that act at v and how they were found.
func (t *tree) sources(v int, noun bool, depth int) ([]int, string) {
	if depth > 4 || t.step() {
		return nil, "too deep"
	}
	if noun {
		for _, k := range t.kids[v] {
			switch t.rel(k) {
			case "nmod:poss", "compound", "amod":
				if m := t.mention[k]; m >= 0 {
					return t.actors(k), "owner of the event noun"
				}
			}
		}
		if a := t.agent(v); len(a) > 0 {
			return a, "\"by\" phrase of the event noun"
		}
		x := v
		if h := t.head[v]; h >= 0 && t.rel(v) == "nmod" && t.prep(v) == "of" && bundleNouns[t.lemma(h)] { // "adopted its 14th package of sanctions against Russia"
			x = h
		}
		if h := t.head[x]; h >= 0 && t.rel(x) == "obj" && lightVerbs[t.lemma(h)] && depth == 0 { // "Qatar undertook a mediation between…"
			if as, why := t.sources(h, false, depth+1); len(as) > 0 {
				return as, why + " of \"" + t.form(h) + "\", whose object the event noun is"
			}
		}
		return nil, "the event noun has no owner"
	}
	if t.isPassive(v) || t.isParticiple(v) {
		if a := t.agent(v); len(a) > 0 {
			return a, passiveAgentRule
		}
		if a := t.attackAgent(v); len(a) > 0 {
			return a, attackRule
		}
		if as := t.withdrawnForces(v); len(as) > 0 {
			return as, "the forces withdrawn, for their sender (a passive withdrawal with no \"by\" agent)"
		}
		if t.isPassive(v) {
			return nil, "passive without a \"by\" agent"
		}
	}
	if s := t.subject(v); s >= 0 {
		if t.isRelPronoun(s) && t.rel(v) == "acl:relcl" && t.head[v] >= 0 {
			return t.actors(t.head[v]), "subject of the relative clause"
		}
		if sp := t.speaker(v, s); len(sp) > 0 {
			return sp, "the pronoun subject of a reported clause is its speaker"
		}
		as := t.actors(s)
		for _, k := range t.kids[v] { // "Israel and the Palestinians reached": two subjects where the parser missed the coordination
			if k != s && k < v && t.rel(k) == "nsubj" && (t.kidLemma(k, "cc", andWords) || t.andBefore(v, s, k)) {
				as = append(as, t.actors(k)...)
			}
		}
		if len(as) > 0 {
			return as, "subject"
		}
		if as := t.splitSubject(v, s); len(as) > 0 {
			return as, "the other subject before the verb (the parser split the subject's description from its name)"
		}
		return nil, fmt.Sprintf("the subject %q is not an actor", t.toks[s].Span.In(t.text))
	}
	h := t.head[v]
	if k := t.frontedSubject(v); k >= 0 { // "Zambia extradited X, an official said": the parser gave Zambia to "said"
		if as := t.actors(k); len(as) > 0 {
			return as, "subject before the clause, attached to the reporting verb after it"
		}
	}
	if k := t.unmarkedSubject(v); k >= 0 { // "The US on Thursday rejected…" with "The US" an adverbial
		return t.actors(k), "an actor before the verb that the parser made an adverbial (the verb has no subject)"
	}
	if h >= 0 && (t.rel(v) == "xcomp" || t.rel(v) == "advcl" && askedVerbs[t.lemma(h)] && t.isInfinitive(v)) { // object control: "urged Iran to stop", "gave permission to Russia to help", "pressed Ukraine into attacking"
		for _, k := range t.kids[h] {
			if r := t.rel(k); r == "obj" || r == "iobj" || (r == "obl" || r == "nmod") && (t.prep(k) == "to" || t.prep(k) == "on" && t.lemma(h) == "call") { // "called on Americans to donate"
				if as := t.actors(k); len(as) > 0 {
					return as, "object of the governing verb (object control)"
				}
			}
		}
	}
	switch t.rel(v) {
	case "xcomp", "conj", "advcl":
		if h < 0 {
			break
		}
		if t.rel(v) == "advcl" && t.kidLemma(v, "mark", byWords) && t.isPassive(h) { // "refugees displaced by fighting in Ethiopia"
			return nil, "the cause (a \"by\" clause) of a passive, whose subject undergoes it"
		}
		if t.rel(v) == "conj" && t.numberClash(v, h) { // "businesses agree that China has taken advantage … and support Trump's efforts"
			if x := t.formHost(v, h); x >= 0 {
				as, why := t.sources(x, false, depth+1)
				return as, why + " of the verb whose form it shares (not the one the parser coordinated it with)"
			}
			return nil, "the verb's form does not fit the subject of the verb it is coordinated with"
		}
		if s := t.kid(h, "nsubj", "nsubj:pass"); s >= 0 && t.toks[h].UPOS == "VERB" {
			if t.isRelPronoun(s) && t.rel(h) == "acl:relcl" && t.head[h] >= 0 {
				s = t.head[h]
			}
			return t.actors(s), "subject of the governing verb"
		}
		as, why := t.sources(h, false, depth+1)
		return as, why + " of the governing verb"
	case "acl:relcl", "acl":
		if h < 0 {
			break
		}
		if as := t.actors(h); len(as) > 0 || t.rel(v) == "acl:relcl" {
			return as, "the noun the clause describes"
		}
		if g := t.head[h]; g >= 0 && t.rel(h) == "obj" && t.toks[g].UPOS == "VERB" && t.isGerund(v) && !thwartVerbs[t.lemma(g)] { // "the party issued a statement condemning…"
			as, why := t.sources(g, false, depth+1)
			return as, why + " of the verb whose object the clause describes"
		}
		return nil, "the noun the clause describes"
	}
	return nil, "no subject"
}

// thwartVerbs act against their object: the object's act is not the
// subject's ("stopped terrorist conspiracies targeting the embassy").
var thwartVerbs = set("stop foil thwart uncover disrupt prevent block arrest capture detain kill dismantle break expose intercept seize ban condemn reject denounce")

// byWords introduce the clause that says what caused a passive verb's act.
var byWords = set("by")

// numberClash reports whether the coordinated verb v, with no subject or
// auxiliary of its own, has a base or plural present form ("support") while
// the verb h it is coordinated with is singular present ("has taken",
// "takes"): then v cannot share h's subject, and the parser coordinated it
// with the wrong verb.
func (t *tree) numberClash(v, h int) bool {
	if x := t.toks[v].XPOS; x != "VB" && x != "VBP" || t.kid(v, "nsubj", "nsubj:pass", "aux", "aux:pass") >= 0 {
		return false
	}
	if t.toks[h].XPOS == "VBZ" {
		return true
	}
	for _, k := range t.kids[h] {
		if r := t.rel(k); (r == "aux" || r == "aux:pass") && t.toks[k].XPOS == "VBZ" {
			return true
		}
	}
	return false
}

// formHost returns the verb that the coordinated verb v, whose form clashes
// with that of h, belongs with: the nearest verb between h and v with a
// base or plural present form ("says it will act and impose sanctions":
// "act"), else the verb whose complement h is, if its form is one ("agree"
// in "businesses agree that China has taken … and support …"); -1 if none.
func (t *tree) formHost(v, h int) int {
	for x := v - 1; x > h; x-- {
		if t.toks[x].UPOS == "VERB" && (t.toks[x].XPOS == "VB" || t.toks[x].XPOS == "VBP") && t.dominates(h, x) {
			return x
		}
	}
	if g := t.head[h]; g >= 0 && t.rel(h) == "ccomp" && (t.toks[g].XPOS == "VBP" || t.toks[g].XPOS == "VB") {
		return g
	}
	return -1
}

// notInside returns the mentions of ms that lie in none of the phrases
// headed by hs.
func (t *tree) notInside(ms, hs []int) []int {
	var out []int
	for _, m := range ms {
		if !slices.ContainsFunc(hs, func(h int) bool { return t.inside(m, h) }) {
			out = append(out, m)
		}
	}
	return out
}

// passiveAgentRule says the sources are the "by" phrase of a passive verb.
const passiveAgentRule = "agent of the passive"

// lightVerbs carry an event noun as their object, whose source is then
// their subject: "undertook a mediation", "staged a protest", "announced
// sanctions".
var lightVerbs = set("undertake launch begin start stage hold conduct carry mount announce declare order impose continue resume make issue lodge file organize organise unveil adopt approve")

// bundleNouns hold event nouns in their "of" phrase, which a light verb
// carries with them: "adopted a package of sanctions".
var bundleNouns = set("package round set wave series raft batch")

// agent returns the actors of v's "by" phrase.
func (t *tree) agent(v int) []int {
	for _, k := range t.kids[v] {
		if r := t.rel(k); (r == "obl:agent" || r == "obl" || r == "nmod") && t.prep(k) == "by" {
			return t.actors(k)
		}
	}
	return nil
}

// evidence covers the verb and the pattern's words when they stand close
// together, else the verb alone.
func (t *tree) evidence(toks []int) dyad.Span {
	lo, hi := toks[0], toks[0]
	for _, k := range toks[1:] {
		lo, hi = min(lo, k), max(hi, k)
	}
	if hi-lo > 6 {
		return t.span(toks[0], toks[0])
	}
	return t.span(lo, hi)
}

// event builds the event of one (source, target) pair.
func (c *Coder) event(p *Pattern, t *tree, pr [2]int, ev dyad.Span, i int) dyad.Event {
	src, tgt := t.mentions[pr[0]], t.mentions[pr[1]]
	target := dyad.Participant{Actor: tgt.Actor, Span: tgt.Span}
	o := p.ontology
	return dyad.Event{
		Source: dyad.Participant{Actor: src.Actor, Span: src.Span}, Target: &target,
		CAMEO: o.Code, CAMEORoot: o.Root, PLOVER: o.PLOVER, QuadClass: o.QuadClass, Goldstein: o.Goldstein,
		Sentence: i, Evidence: dyad.Evidence{Span: ev, Text: ev.In(t.text)},
	}
}

// names lists mention texts for explanations.
func (t *tree) names(ms []int) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s=%s", t.mentions[m].Text, t.mentions[m].Actor.Code))
	}
	return out
}

// intent returns the asserted statement of intent that a planned event
// makes: "will provide aid" (planned 070) is also "expressed intent to
// provide aid" (asserted 033).
func (c *Coder) intent(e dyad.Event) (dyad.Event, bool) {
	return c.recode(e, intentRules, func(o cameo.Code) string {
		return "intent to " + e.Rule + "; a planned event is coded " + o.Code + " " + o.Name + " (CAMEO codes the announcement)"
	})
}

// refusal returns the asserted refusal that a refused event makes:
// "refused to meet Israel" (negated 040) is also "rejected a proposal to
// meet" (asserted 125).
func (c *Coder) refusal(e dyad.Event, verb string) (dyad.Event, bool) {
	return c.recode(e, refusalRules, func(o cameo.Code) string {
		return fmt.Sprintf("refusal (%q) of %s; a refused event is coded %s %s", verb, e.Rule, o.Code, o.Name)
	})
}

// recode returns e as the asserted event that rules give its code, with
// the rule that why writes; ok is false when no rule fits.
func (c *Coder) recode(e dyad.Event, rules [][2]string, why func(cameo.Code) string) (dyad.Event, bool) {
	code, ok := ruleCode(rules, e.CAMEO)
	if !ok {
		return e, false
	}
	o, ok := c.codes.Lookup(code)
	if !ok {
		return e, false
	}
	e.CAMEO, e.CAMEORoot, e.PLOVER, e.QuadClass, e.Goldstein = o.Code, o.Root, o.PLOVER, o.QuadClass, o.Goldstein
	e.Mood = dyad.MoodAsserted
	e.Rule = why(o)
	return e, true
}

// refusedBy returns the verb of refusing ("refused", "declined",
// "rejected") whose infinitive v is, through at most three infinitives,
// or -1.
func (t *tree) refusedBy(v int) int {
	for depth := 0; depth < 3 && v >= 0 && t.isInfinitive(v); depth++ {
		v = t.head[v]
		if v >= 0 && refuseVerbs[t.lemma(v)] {
			return v
		}
	}
	return -1
}

var refuseVerbs = set("refuse decline reject")

// willNot returns the words that make v a statement that its subject will
// not act ("will not lift", "would not provide"), which CAMEO codes as a
// refusal, or "".
func (t *tree) willNot(v int) string {
	aux, neg := -1, -1
	for _, k := range t.kids[v] {
		switch {
		case t.rel(k) == "aux" && (futureAux[t.form(k)] || t.form(k) == "would" || t.form(k) == "wo"):
			aux = k
		case (t.rel(k) == "advmod" || t.rel(k) == "neg") && (negAdverbs[t.form(k)] || negAdverbs[t.lemma(k)]):
			neg = k
		}
	}
	if aux < 0 || neg < 0 {
		return ""
	}
	return t.form(aux) + " " + t.form(neg)
}

// subject returns v's subject: its first "nsubj" child before the verb
// that is not an all-caps dateline ("OTTAWA, March 6 -- Carney met…"),
// else the first after it.
func (t *tree) subject(v int) int {
	before, dateline, after := -1, -1, -1
	for _, k := range t.kids[v] {
		switch {
		case t.rel(k) != "nsubj" && !(t.rel(k) == "nsubj:pass" && t.falsePassive(v)):
		case k < v && t.isDateline(k):
			if dateline < 0 {
				dateline = k
			}
		case k < v:
			if before < 0 {
				before = k
			}
		case after < 0:
			after = k
		}
	}
	for _, k := range []int{before, dateline, after} {
		if k >= 0 {
			return k
		}
	}
	return -1
}

// isDateline reports a place word in capitals followed by punctuation, as
// in "OTTAWA, March 6 --" or "LYON:".
func (t *tree) isDateline(k int) bool {
	w := t.toks[k].Span.In(t.text)
	if len(w) < 4 || strings.ToUpper(w) != w || strings.ToLower(w) == w || k+1 >= len(t.toks) {
		return false
	}
	switch t.form(k + 1) {
	case ",", "--", ":", "(", "—", "–":
		return true
	}
	return false
}

var andWords = map[string]bool{"and": true, "&": true}

// withdrawalVerbs move forces out of a place.
var withdrawalVerbs = set("withdraw pull recall ship evacuate redeploy")

// withdrawnForces returns the armed forces that passive v withdraws when
// no agent is named ("Eighty UN peacekeepers were shipped out of the
// enclave"): forces are withdrawn by whoever sent them, so, as in the
// active "UN peacekeepers withdrew from the enclave", they stand as the
// source. Else nil.
func (t *tree) withdrawnForces(v int) []int {
	s := t.kid(v, "nsubj:pass")
	if s < 0 || !t.isPassive(v) || !withdrawalVerbs[t.lemma(v)] {
		return nil
	}
	var out []int
	for _, m := range t.actors(s) {
		if t.mentions[m].Actor.Sector == dyad.SectorMilitary {
			out = append(out, m)
		}
	}
	return out
}

// withTarget reports whether one of tgts stands in a "with" phrase of v or
// of its object ("held talks with Iran", "negotiated with Iran"): a
// negotiation (046) with someone is theirs too, and CAMEO codes it both
// ways, as it codes "Iran and Iraq held talks".
func (t *tree) withTarget(v int, tgts []int) bool {
	for _, k := range t.complements(v) {
		if t.prep(k) != "with" {
			continue
		}
		for _, a := range t.actors(k) {
			if slices.Contains(tgts, a) {
				return true
			}
		}
	}
	return false
}

// mutualConsult reports whether the consultation coded at v is held by
// both sides: talks with someone (046: "held talks with President
// Suleiman") and telephone conversations (041): one actor telephoned the
// other ("Christopher telephoned Kozyrev") or held or had a call with him
// ("spoke by phone with Pezeshkian"). A bare "called" may be naming or
// summoning, and a meeting (040) stays one way, as PETRARCH's gold codes
// "met with".
func (t *tree) mutualConsult(code string, v int, tgts []int) bool {
	switch {
	case strings.HasPrefix(code, "046"):
		return t.withTarget(v, tgts)
	case strings.HasPrefix(code, "041"):
		return phoneVerbs[t.lemma(v)] || t.withTarget(v, tgts)
	}
	return false
}

// phoneVerbs name a telephone conversation.
var phoneVerbs = set("phone telephone")

// bothWays adds the reverse of each pair that is not already there.
func bothWays(pairs [][2]int) [][2]int {
	out := pairs
	for _, p := range pairs {
		if r := [2]int{p[1], p[0]}; !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}
