package coder

import (
	"fmt"
	"strings"

	"dyad"
)

// Words that set an event's mood when they govern its verb.
var (
	planVerbs = set("plan schedule expect intend aim prepare set due hope want wish propose mean agree promise pledge vow seek try attempt ready willing prepared determined determine eager keen poised commit committed offer volunteer")
	// causeVerbs make someone else act, and the act happens: "forced the
	// rebels to withdraw". Other verbs with an object and an infinitive
	// only want it to happen: "urged Iran to stop".
	causeVerbs = set("force compel make let help cause get")
	negVerbs   = set("refuse fail decline unable avoid")
	// moodVerbs plan, refuse or decide an act: "voted to impose sanctions".
	// Coded by their own code alone they give way to that act (finish).
	moodVerbs = union(planVerbs, negVerbs, set("decide vote"))
	hypoVerbs = set("threaten consider may might could would should")
	hypoMarks = set("if unless whether")
	// threatVerbs make a threat whose "if" or "unless" clause is the
	// threat's condition, not a doubt about the threat itself.
	threatVerbs = set("threaten warn")
	// directiveVerbs govern a "that" clause saying what someone should
	// do, not what they did: "demanded that Hamas renounce violence".
	directiveVerbs = set("demand urge ask call insist request appeal press propose recommend suggest require order")
	// allegeVerbs report a claim their speaker makes, not an act the
	// article reports: "alleged that France helped plan the killings".
	allegeVerbs = set("allege claim")
	// denyVerbs deny what their "that" clause, or the report or claim
	// they take as object, says: "denied a report that Araghchi had met
	// Witkoff", "denied that its troops crossed the border".
	denyVerbs = set("deny dismiss refute")
	// claimNouns hold a "that" clause that someone supposes or alleges, not
	// an act the article reports: "the idea that the U.S. is training the
	// Islamic State", "accusations that it favors American products"; an
	// admission or confession holds what its speaker concedes, which the
	// article does not report as its own ("demanded an admission that…").
	claimNouns = set("idea notion accusation allegation charge claim suggestion speculation rumor rumour theory fear possibility prospect belief assumption admission confession")
	negConj    = set("nor neither")
	// documentNouns provide for acts that their participle clause names,
	// acts nobody has done yet: "an agreement allowing their troops to
	// train", "a resolution calling for a ceasefire".
	documentNouns = set("agreement deal accord treaty pact memorandum law bill resolution decree measure proposal plan")
	// aimNouns name what someone wants done; their "in"/"of" clause is
	// not done yet: "signalled interest in deepening ties".
	aimNouns = set("interest intention intent plan strategy proposal readiness willingness desire commitment hope aim goal bid effort attempt prospect idea motive objective purpose mission")
	aimMarks = set("in of at on for")
	// cancelVerbs undo the event noun they govern or describe: "cancelled
	// the summit", "a meeting that was postponed".
	cancelVerbs    = set("cancel postpone scrap suspend abandon")
	directiveNouns = set("pressure call demand request appeal plea order ultimatum permission authorization authorisation mandate")
	// askedVerbs, in the passive, say that someone was asked to act:
	// "was urged to sanction Russia" (but "is scheduled to" is a plan).
	permitVerbs = set("allow permit authorize authorise approve entitle license licence empower clear") // "are approved to trade": what they may do
	askedVerbs  = set("ask urge call press pressure pressurise pressurize encourage persuade invite advise tell warn request order")
	futureAux   = set("will shall 'll")
	modalAux    = set("would could might may should must can 'd")
	negAdverbs  = set("not n't never no")
	noWords     = set("no")
	negDetermin = set("no")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// union returns the words of all the sets.
func union(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			m[w] = true
		}
	}
	return m
}

// mood reads the mood of the event at v from its auxiliaries, negation,
// conditional markers, and the verbs that govern it ("is scheduled to
// hold talks", "refused to meet", "could impose").
func (t *tree) mood(v int) (dyad.Mood, string) {
	mood, why := dyad.MoodAsserted, "asserted: no negation, plan or condition governs the verb"
	purpose := false // the mood is hypothetical only because v is a purpose clause
	raise := func(m dyad.Mood, w string) {
		switch {
		case m == dyad.MoodPlanned && purpose && mood == dyad.MoodHypothetical: // "is willing to send aid to help Iraq": the purpose is planned too
			mood, why, purpose = m, w+" (the purpose of a planned act)", false
		case rank(m) > rank(mood):
			mood, why, purpose = m, w, false
		}
	}
	if t.toks[v].UPOS == "NOUN" {
		if m, w := t.nounMood(v); rank(m) > 0 {
			return m, w
		}
	}
	if h := t.head[v]; t.rel(v) == "acl" && h >= 0 && t.kidLemma(h, "det", negDetermin) { // "there are no troops fighting in Iraq"
		raise(dyad.MoodNegated, fmt.Sprintf("negated by \"no\" before %q", t.form(h)))
	}
	if k := t.contrastNot(v); k >= 0 { // "spent his wealth not on providing for the Iraqi people but on weapons"
		raise(dyad.MoodNegated, fmt.Sprintf("negated by %q just before its clause", t.form(k)))
	}
	if h := t.head[v]; t.rel(v) == "acl" && h >= 0 && documentNouns[t.lemma(h)] { // "signed an agreement allowing their troops to train"
		raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: what the %q provides", t.form(h)))
	}
	if h := t.awaitedBy(v); h >= 0 {
		raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: what %q waits for", t.form(h)))
	}
	if h := t.endedBy(v); h >= 0 { // "stop selling arms to Taiwan", "ruled out ceding territory"
		raise(dyad.MoodNegated, fmt.Sprintf("negated: what %q ends or rules out", t.form(h)))
	}
	if h := t.chargedBy(v); h >= 0 {
		raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: only alleged by %q", t.form(h)))
	}
	x, prev := v, v
	inherit := false // x is the verb v is coordinated with
	for depth := 0; x >= 0 && depth < 5; depth++ {
		for _, k := range t.kids[x] {
			if inherit && !t.sharesAux(v) {
				break
			}
			w := t.lemma(k)
			f := t.form(k)
			switch r := t.rel(k); {
			case (r == "advmod" || r == "aux" || r == "neg") && (negAdverbs[w] || negAdverbs[f]):
				raise(dyad.MoodNegated, fmt.Sprintf("negated by %q", f))
			case r == "advmod" && strings.ToLower(f) == "longer" && t.kidLemma(k, "advmod", noWords): // "was no longer sending weapons": the act has stopped
				raise(dyad.MoodNegated, "negated by \"no longer\"")
			case (r == "nsubj:pass" || r == "obj" || r == "nsubj") && x == v && t.kidLemma(k, "det", negDetermin): // "no troops crossed the border"
				raise(dyad.MoodNegated, fmt.Sprintf("negated by \"no\" before %q", f))
			case r == "aux" && futureAux[f]:
				raise(dyad.MoodPlanned, fmt.Sprintf("planned: %q", f))
			case r == "aux" && f == "would" && t.reportedFuture(x):
				raise(dyad.MoodPlanned, fmt.Sprintf("planned: %q in a reported clause", f))
			case r == "aux" && (modalAux[f] || modalAux[w]):
				raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: %q", f))
			case r == "mark" && hypoMarks[w]:
				raise(dyad.MoodHypothetical, fmt.Sprintf("conditional: %q", f))
			case r == "nsubj" && x == v && aimNouns[w] && t.kidLemma(v, "mark", toWords): // "the motive was to protect Israel"
				raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: what the %q is", f))
			case r == "cc" && negConj[w] && x == v: // "Nor does Xi see …"
				raise(dyad.MoodNegated, fmt.Sprintf("negated by %q", f))
			case r == "advcl" && t.kidLemma(k, "mark", hypoMarks) && x == v && !threatVerbs[t.lemma(v)]:
				raise(dyad.MoodHypothetical, "conditional: an \"if\" clause governs it")
			}
		}
		if x != v && !inherit {
			l := t.lemma(x)
			switch {
			case t.isPassive(x) && permitVerbs[l] && t.isInfinitive(prev):
				raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: only permitted (%q)", t.form(x)))
			case (t.kid(x, "obj", "iobj") >= 0 || t.isPassive(x) && askedVerbs[l] || l == "call" && t.prepKid(x, "on") >= 0) && t.isInfinitive(prev) && !causeVerbs[l]:
				raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: someone else's act that %q wants", t.form(x)))
			case negVerbs[l]:
				raise(dyad.MoodNegated, fmt.Sprintf("negated: governed by %q", t.form(x)))
			case hypoVerbs[l]:
				raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: governed by %q", t.form(x)))
			case planVerbs[l]:
				raise(dyad.MoodPlanned, fmt.Sprintf("planned: governed by %q", t.form(x)))
			}
		}
		if h := t.head[x]; t.rel(x) == "ccomp" && h >= 0 && directiveVerbs[t.lemma(h)] ||
			t.rel(x) == "acl" && h >= 0 && directiveNouns[t.lemma(h)] && t.kidLemma(x, "mark", toWords) { // "pressure from Congress to help Iran"
			raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: demanded by %q", t.form(h)))
		} else if d := t.deniedBy(x); d >= 0 {
			raise(dyad.MoodNegated, fmt.Sprintf("negated: denied by %q", t.form(d)))
		} else if h := t.head[x]; (t.rel(x) == "ccomp" || t.rel(x) == "csubj") && h >= 0 && allegeVerbs[t.lemma(h)] { // "it is alleged that…"
			raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: only alleged by %q", t.form(h)))
		} else if h := t.head[x]; (t.rel(x) == "acl" || t.rel(x) == "ccomp") && h >= 0 && claimNouns[t.lemma(h)] && t.kidLemma(x, "mark", thatWords) {
			raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: what the %q holds", t.form(h)))
		} else if h := t.head[x]; t.rel(x) == "acl" && h >= 0 && t.toks[h].UPOS == "NOUN" &&
			(t.kidLemma(x, "mark", toWords) || aimNouns[t.lemma(h)] && t.kidLemma(x, "mark", aimMarks)) { // "efforts to get Ukraine to investigate", "interest in deepening ties"
			raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: the aim of %q", t.form(h)))
		} else if x == v && t.isTopicClause(x) { // "agreed to begin negotiations on ending the war"
			raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: the topic of %q", t.form(t.head[x])))
		} else if x == v && t.isPurpose(x) {
			raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: the purpose of %q", t.form(t.head[x])))
			purpose = mood == dyad.MoodHypothetical && strings.HasPrefix(why, "hypothetical: the purpose")
		} else if o := t.directiveObject(x); o >= 0 { // the same "to" clause attached to the verb
			raise(dyad.MoodHypothetical, fmt.Sprintf("hypothetical: asked or allowed by %q", t.form(o)))
		}
		if h := t.conjHead(x); x == v && h >= 0 { // "claimed that ISIL had attacked Iraq and taken Mosul": what governs "attacked" governs "taken"
			prev, x, inherit = x, h, true
			continue
		}
		inherit = false
		if !t.isInfinitive(x) && !(x == v && t.isPurpose(x)) && !t.participleClause(x) { // a purpose takes the mood of the act it is for
			break
		}
		prev, x = x, t.head[x]
	}
	if rank(mood) < rank(dyad.MoodHypothetical) {
		if w := t.conditionalAncestor(v); w != "" {
			raise(dyad.MoodHypothetical, w)
		}
	}
	return mood, why
}

// contrastNot returns the "not" the parser attached to the verb that
// governs the clause v although it stands just before that clause, with
// only v's own marker or auxiliaries between ("spent the money not on
// helping Syria but on weapons"), or -1.
func (t *tree) contrastNot(v int) int {
	h := t.head[v]
	if h < 0 || t.rel(v) != "advcl" && t.rel(v) != "obl" {
		return -1
	}
	for _, k := range t.kids[h] {
		if k >= v || t.rel(k) != "advmod" || !negAdverbs[t.lemma(k)] && !negAdverbs[t.form(k)] {
			continue
		}
		between := true
		for i := k + 1; i < v; i++ {
			if t.head[i] != v || t.rel(i) != "mark" && t.rel(i) != "case" {
				between = false
			}
		}
		if between && k+1 < v {
			return k
		}
	}
	return -1
}

// awaitedBy returns the verb whose "until" clause v is when that verb is
// negated or in the future, or -1: the act of the clause has not happened
// ("Russia will not stop until it has taken Kyiv").
func (t *tree) awaitedBy(v int) int {
	h := t.head[v]
	if t.rel(v) != "advcl" || h < 0 || !t.kidLemma(v, "mark", untilWords) {
		return -1
	}
	if t.kidLemma(h, "aux", futureAux) || t.kidLemma(h, "advmod", negAdverbs) || t.kidLemma(h, "aux", negAdverbs) {
		return h
	}
	return -1
}

// stopVerbs end, refuse, oppose or rule out the act of their "-ing"
// complement: "stopped selling arms" reports no sale, "ruled out ceding
// territory" no cession, "oppose sending missiles" no delivery.
var stopVerbs = set("stop cease quit refuse avoid oppose")

// endedBy returns the verb that ends or rules out the "-ing" clause v
// with no subject or marker of its own, or -1.
func (t *tree) endedBy(v int) int {
	h := t.head[v]
	if h < 0 || t.toks[v].XPOS != "VBG" || t.rel(v) != "xcomp" && t.rel(v) != "advcl" || t.kid(v, "mark", "nsubj") >= 0 {
		return -1
	}
	if stopVerbs[t.lemma(h)] || t.lemma(h) == "rule" && t.kidLemma(h, "compound:prt", outWords) {
		return h
	}
	return -1
}

// chargeVerbs charge someone "of" or "for" an act: the act is their
// subject's allegation, not one the article reports ("accused Hungary of
// blocking aid", "blamed Kyiv for shelling the plant").
var chargeVerbs = set("accuse blame charge suspect")

// chargedBy returns the verb of charging whose "of"/"for" clause v is,
// attached to the verb or to its object ("accused Hungary of blocking
// aid"), or -1.
func (t *tree) chargedBy(v int) int {
	if !t.kidLemma(v, "mark", ofFor) {
		return -1
	}
	h := t.head[v]
	if h >= 0 && t.rel(v) == "acl" && (t.rel(h) == "obj" || t.rel(h) == "nsubj:pass") {
		h = t.head[h]
	} else if r := t.rel(v); r != "advcl" && r != "xcomp" && r != "ccomp" {
		return -1
	}
	if h < 0 || !chargeVerbs[t.lemma(h)] {
		return -1
	}
	return h
}

// untilWords introduce the clause an act waits for.
var untilWords = set("until till")

// Small word sets of the mood rules, made once rather than at each call.
var (
	outWords  = set("out")    // the particle of "rule out"
	ofFor     = set("of for") // the marks of what someone is charged with
	haveWords = set("have")   // the perfect's auxiliary
)

// participleClause reports whether x is a participle clause with no
// subject or conjunction of its own, which tells what else the act of its
// verb does and shares its mood ("would tear down the system, giving too
// much power to the president": the giving is as hypothetical), or a
// "by" clause of the means ("might test Taipei by stepping up pressure").
func (t *tree) participleClause(x int) bool {
	if t.rel(x) != "advcl" || t.kid(x, "nsubj", "nsubj:pass") >= 0 {
		return false
	}
	if m := t.kid(x, "mark"); m >= 0 && (t.lemma(m) != "by" || t.isParticipleForm(t.head[x])) { // "might test it by stepping up pressure": the means shares the mood of the act, not of what a participle above it hangs on
		return false
	}
	return t.isParticipleForm(x)
}

// topicMarks introduce a gerund clause that names what is talked about.
var topicMarks = set("on about")

// isTopicClause reports a gerund clause marked "on" or "about": what talks,
// a deal or a statement are about, not an act that was done ("began
// negotiations on ending the war", "spoke about lifting sanctions").
func (t *tree) isTopicClause(x int) bool {
	r := t.rel(x)
	return (r == "advcl" || r == "acl") && t.toks[x].XPOS == "VBG" && t.kidLemma(x, "mark", topicMarks)
}

// isParticipleForm reports a verb tagged as a present or past participle.
func (t *tree) isParticipleForm(x int) bool {
	return x >= 0 && (t.toks[x].XPOS == "VBG" || t.toks[x].XPOS == "VBN")
}

// conditionalAncestor returns why v lies inside a clause that is a
// condition, a question or an allegation, however deep ("whether Bush's
// message was instrumental in persuading Musharraf", "unless New Delhi
// does better in providing security"), or "" if it does not.
func (t *tree) conditionalAncestor(v int) string {
	for x, d := v, 0; x >= 0 && d < 8; x, d = t.head[x], d+1 {
		if m := t.kid(x, "mark"); m >= 0 && hypoMarks[t.lemma(m)] && (x != v || t.toks[x].UPOS != "VERB") {
			return fmt.Sprintf("conditional: inside a clause with %q", t.form(m))
		}
		if m := t.whenMark(x); m >= 0 && t.presentTense(x) { // "When China threatens Taiwan, Japan protests"
			return fmt.Sprintf("hypothetical: a present-tense %q clause says what happens whenever, or later", t.form(m))
		}
		if h := t.head[x]; h >= 0 && x != v && (t.rel(x) == "ccomp" || t.rel(x) == "csubj") && allegeVerbs[t.lemma(h)] {
			return fmt.Sprintf("hypothetical: inside what %q alleges", t.form(h))
		}
	}
	return ""
}

// whenMarks introduce a time clause; in the present tense it is generic or
// future, not an act reported.
var whenMarks = set("when whenever")

// whenMark returns the "when" of the adverbial clause x (a marker, or the
// adverb the parser makes it), or -1. A root verb whose "when" opens the
// sentence heads such a clause too: the parser often makes the clause the
// root and the main clause its conjunct ("When China threatens Taiwan,
// Japan sends warships").
func (t *tree) whenMark(x int) int {
	root := t.rel(x) == "root"
	if t.rel(x) != "advcl" && !root {
		return -1
	}
	for _, k := range t.kids[x] {
		if r := t.rel(k); (r == "mark" || r == "advmod") && k < x && whenMarks[t.lemma(k)] && (!root || k == 0) {
			return k
		}
	}
	return -1
}

// presentTense reports a finite present-tense verb with no auxiliary of
// its own ("threatens", "help"), by its tag.
func (t *tree) presentTense(x int) bool {
	x0 := t.toks[x].XPOS
	return (x0 == "VBP" || x0 == "VBZ") && t.kid(x, "aux", "aux:pass") < 0
}

// conjHead returns the verb that verb v is coordinated with, or -1.
func (t *tree) conjHead(v int) int {
	h := t.head[v]
	if t.rel(v) != "conj" || h < 0 || t.toks[h].UPOS != "VERB" {
		return -1
	}
	return h
}

// sharesAux reports a coordinated verb that shares the auxiliaries and
// negation of the verb before it: it has no subject or auxiliary of its
// own and is not itself finite ("will attack Kyiv and bomb Lviv", "had
// attacked Iraq and taken Mosul"; not "did not attack Kyiv but bombed
// Lviv").
func (t *tree) sharesAux(v int) bool {
	switch t.toks[v].XPOS {
	case "VBD", "VBZ", "VBP":
		return false
	}
	return t.kid(v, "nsubj", "nsubj:pass", "aux", "aux:pass") < 0
}

// expectedByOthers reports an event that others expect of its subject
// ("Trump and Xi have been expected to sign a deal"): planned, but no
// statement of intent by the subject.
func (t *tree) expectedByOthers(v int) bool {
	for x, depth := v, 0; t.isInfinitive(x) && depth < 5; x, depth = t.head[x], depth+1 {
		if h := t.head[x]; h >= 0 && t.lemma(h) == "expect" && t.isPassive(h) {
			return true
		}
	}
	return false
}

// nounMood is the mood an event noun takes from a verb that cancels it
// ("the meeting was cancelled", "a meeting that was postponed") or from
// the verb it is the object of ("unable to reschedule a meeting", "will
// hold a summit"); asserted if none.
func (t *tree) nounMood(v int) (dyad.Mood, string) {
	for _, k := range t.kids[v] {
		if r := t.rel(k); (r == "acl" || r == "acl:relcl" || r == "amod") && cancelVerbs[t.lemma(k)] {
			return dyad.MoodNegated, fmt.Sprintf("negated: %q", t.form(k))
		}
	}
	h := t.head[v]
	if k := t.guessModal(h); t.rel(v) == "nsubj" && k >= 0 { // "a Chinese blockade of Taiwan would cause severe damage"
		return dyad.MoodHypothetical, fmt.Sprintf("hypothetical: the subject of %q", t.form(k))
	}
	if h < 0 || t.toks[h].UPOS != "VERB" || t.rel(v) != "obj" && t.rel(v) != "nsubj:pass" {
		return dyad.MoodAsserted, ""
	}
	if cancelVerbs[t.lemma(h)] {
		return dyad.MoodNegated, fmt.Sprintf("negated: %q", t.form(h))
	}
	m, w := t.mood(h)
	return m, w + fmt.Sprintf(" (at %q, which governs the event noun)", t.form(h))
}

// guessModals say what an act would, could or might bring about.
var guessModals = set("would could might may")

// guessModal returns the modal of clause h when it speaks of what may
// come, not of what has been ("would cause", "could be a catastrophe"; not
// "may have killed"), or -1.
func (t *tree) guessModal(h int) int {
	if h < 0 || t.kidLemma(h, "aux", haveWords) {
		return -1
	}
	for _, k := range t.kids[h] {
		if t.rel(k) == "aux" && (guessModals[t.form(k)] || guessModals[t.lemma(k)]) {
			return k
		}
	}
	return -1
}

// rank orders moods: a stronger cue overrides a weaker one.
func rank(m dyad.Mood) int {
	switch m {
	case dyad.MoodNegated:
		return 3
	case dyad.MoodHypothetical:
		return 2
	case dyad.MoodPlanned:
		return 1
	}
	return 0
}

// kidLemma reports whether x has a child with relation rel and a lemma in words.
func (t *tree) kidLemma(x int, rel string, words map[string]bool) bool {
	for _, k := range t.kids[x] {
		if t.rel(k) == rel && (words[t.lemma(k)] || words[t.form(k)]) {
			return true
		}
	}
	return false
}

// directiveObject returns the object of x's head when x is a "to" clause
// the parser attached to that verb although it completes the object, a
// noun that asks or allows someone to act ("faces pressure from Congress
// to help Iran", "gave permission to Russia to help Israel"), or -1.
func (t *tree) directiveObject(x int) int {
	h := t.head[x]
	if t.rel(x) != "advcl" || h < 0 || !t.kidLemma(x, "mark", toWords) {
		return -1
	}
	for _, k := range t.kids[h] {
		if t.rel(k) == "obj" && directiveNouns[t.lemma(k)] {
			return k
		}
	}
	return -1
}

// meansVerbs name the means of the act in their "to" clause, which
// happens: "used tear gas to disperse the protesters".
var meansVerbs = set("use employ")

// isPurpose reports whether x is a "to" clause of purpose, one that is not
// the infinitive complement of its head: "met Assad to discuss efforts".
// What a purpose clause says is intended, not reported as done.
func (t *tree) isPurpose(x int) bool {
	h := t.head[x]
	return t.rel(x) == "advcl" && h >= 0 && !meansVerbs[t.lemma(h)] && t.kidLemma(x, "mark", toWords) && !t.isInfinitive(x)
}

// conditionMark returns the mark ("if", "unless") of a condition clause of
// v, which makes v what happens on that condition, or "". A condition the
// parser hung on v's object as a noun phrase ("may halt mediation efforts
// [if cooperation founders]", with "founders" a noun) is v's too.
func (t *tree) conditionMark(v int) string {
	for _, k := range t.conditionHeads(v) {
		for _, m := range t.kids[k] {
			if t.rel(m) == "mark" && hypoMarks[t.lemma(m)] && t.lemma(m) != "whether" {
				return t.lemma(m)
			}
		}
	}
	return ""
}

// conditionHeads returns v's adverbial clauses, and the nominals of v or of
// its objects that carry a subordinating mark: a condition clause the
// parser read as a noun phrase ("may halt mediation efforts [if
// cooperation by all parties founders]" with "founders" a noun).
func (t *tree) conditionHeads(v int) []int {
	var out []int
	for _, h := range append([]int{v}, t.objects(v)...) {
		for _, k := range t.kids[h] {
			r := t.rel(k)
			if h == v && r == "advcl" || (r == "nmod" || r == "obl") && t.kid(k, "mark") >= 0 {
				out = append(out, k)
			}
		}
	}
	return out
}

// reportedFuture reports a clause reported by a verb of saying, with no
// condition: its "would" is the speaker's "will" in reported speech
// ("NATO confirmed it would tighten the blockade").
func (t *tree) reportedFuture(x int) bool {
	h := t.head[x]
	return t.rel(x) == "ccomp" && h >= 0 && (statingVerbs[t.lemma(h)] || t.lemma(h) == "confirm") && t.conditionMark(x) == ""
}

// deniedBy returns the verb of denial that governs clause x: x is its
// "that" clause, or a clause of the noun it denies ("denied a report that
// Araghchi had met Witkoff"); -1 if none.
func (t *tree) deniedBy(x int) int {
	h := t.head[x]
	if h < 0 {
		return -1
	}
	switch t.rel(x) {
	case "ccomp":
		if denyVerbs[t.lemma(h)] {
			return h
		}
	case "acl", "acl:relcl":
		if d := t.head[h]; d >= 0 && t.rel(h) == "obj" && denyVerbs[t.lemma(d)] {
			return d
		}
	}
	return -1
}
