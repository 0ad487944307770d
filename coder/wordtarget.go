package coder

import (
	"fmt"
	"strings"
)

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
			if p := t.prep(k); targetPreps[p] && (p != "from" || askedNouns[t.lemma(n)]) {
				if as := t.actors(k); len(as) > 0 {
					return as, fmt.Sprintf("%q phrase of %q", p, t.form(n))
				}
			}
		}
	}
	return nil, ""
}

// askedNouns name what someone asks of another: their "from" phrase is
// who asks, aimed at by whoever yields to them ("bowed to demands from
// Somalia", "yielded to pressure from Congress").
var askedNouns = set("demand pressure request call appeal")

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

// sufferVerbs say that their subject undergoes what their object names:
// "faces pressure from Congress".
var sufferVerbs = set("face suffer endure")

// sufferedFrom reports whether a conflictual event (roots 10 to 20) coded
// at a verb of undergoing, its target found in a "from" phrase of the
// verb or of its object, is done by that target to the subject: "Obama
// faces pressure from Congress" is Congress's demand of Obama.
func (t *tree) sufferedFrom(v int, code, tgtRule string) bool {
	if !conflictual(code) || !sufferVerbs[t.lemma(v)] {
		return false
	}
	if tgtRule == `"from" phrase` {
		return true
	}
	for _, o := range t.objects(v) {
		if tgtRule == "object" && t.fromOnly(o) {
			return true
		}
	}
	return false
}

// attackNouns name an armed attack whose maker, in a modifier, is the
// agent of a passive verb the attack phrase governs: "killed in Israeli
// tank shelling", "wounded in a Saudi air strike".
var attackNouns = set("attack attacks strike strikes airstrike airstrikes shelling bombing bombings bombardment raid raids shellfire fire offensive assault")

// attackAgent returns the actors who made the attack in which the
// passive verb v's patient suffered: an "in" phrase of v headed by an
// attack noun with an actor among its modifiers.
func (t *tree) attackAgent(v int) []int {
	if !t.isPassive(v) && !t.isParticiple(v) {
		return nil
	}
	for _, k := range t.kids[v] {
		if t.rel(k) != "obl" || t.prep(k) != "in" || !attackNouns[t.lemma(k)] {
			continue
		}
		for _, x := range t.kids[k] {
			if r := t.rel(x); (r == "amod" || r == "compound" || r == "nmod:poss") && t.mention[x] >= 0 {
				return []int{t.mention[x]}
			}
		}
	}
	return nil
}

// inAttack returns the attack noun of v's "in" phrase ("killed the
// commander in an air strike"), or -1: the killing was done by the attack,
// in war, not by hand.
func (t *tree) inAttack(v int) int {
	for _, k := range t.kids[v] {
		if t.rel(k) == "obl" && t.prep(k) == "in" && attackNouns[t.lemma(k)] {
			return k
		}
	}
	return -1
}

// warfareNouns are attacks made with military arms: when one is the
// subject of a killing ("a U.S. drone strike killed Iranian general Qassem
// Soleimani"), the killing is the attack's (19x), not a killing by hand.
// Attacks and bombings in general may be terrorists' (18x).
var warfareNouns = set("strike strikes airstrike airstrikes shelling bombardment shellfire offensive")

// warfareSubject returns v's subject if it is one of warfareNouns, else -1.
func (t *tree) warfareSubject(v int) int {
	if k := t.kid(v, "nsubj"); k >= 0 && warfareNouns[t.lemma(k)] {
		return k
	}
	return -1
}

// attackRule names attackAgent's rule in an event's provenance.
const attackRule = "the one whose attack it was (\"killed in an Israeli strike\")"

// warfareFile names asWarfare's rule where a pattern names its file.
const warfareFile = "armed-attack rule"

// asWarfare recodes an assault (18) suffered in someone's armed attack
// ("killed in Israeli tank shelling") as conventional military force
// (190): the attack is the event, not a physical assault by hand.
func (c *Coder) asWarfare(m *match) *match {
	if m.p.Code[:2] != "18" {
		return m
	}
	return c.recoded(m, "190", warfareFile)
}

// airRaidFile names the rule that recodes a bombing (183) by armed forces
// as the use of aerial weapons (195): CAMEO keeps 183 for bombings outside
// warfare (car bombs, planted devices), and an army or air force bombs from
// the air.
const airRaidFile = "military-bombing rule"

// recoded returns m coded as code by the built-in rule file, or m if the
// codebook lacks the code.
func (c *Coder) recoded(m *match, code, file string) *match {
	o, ok := c.codes.Lookup(code)
	if !ok {
		return m
	}
	p := &Pattern{Code: o.Code, Name: o.Name, Verb: m.p.Verb, File: file, ontology: o}
	return &match{p: p, evidence: m.evidence, targets: m.targets, between: m.between}
}

// asDeployment recodes the arrival of peacekeepers ("NATO peacekeeping
// troops arrived in Bosnia"), which CAMEO codes as peacekeeping (074), not
// as a visit (042).
func (c *Coder) asDeployment(t *tree, m *match, srcs []int) *match {
	if m.p.Code != "042" || !t.allNamed(srcs, func(w string) bool { return strings.Contains(w, "peacekeep") }) {
		return m
	}
	return c.recoded(m, "074", deploymentFile)
}

// deploymentFile names the rule of asDeployment where a pattern names its
// file.
const deploymentFile = "peacekeepers' arrival rule"

// asJointExercise recodes a show of force (150: exercises, manoeuvres) by
// a coalition of two or more countries with no target as military
// cooperation between them (062): "French and Egyptian warships launched
// war games" is a joint exercise.
func (c *Coder) asJointExercise(t *tree, m *match, srcs []int) *match {
	if m.p.Code != "150" || len(m.targets) > 0 || t.countries(srcs) < 2 {
		return m
	}
	o, ok := c.codes.Lookup("062")
	if !ok {
		return m
	}
	p := &Pattern{Code: o.Code, Name: o.Name, Verb: m.p.Verb, File: jointFile, Symmetric: true, ontology: o}
	return &match{p: p, evidence: m.evidence}
}

// jointFile names the rule of asJointExercise where a pattern names its
// file.
const jointFile = "joint-exercise rule"

// asRiot recodes the destruction of property (1712) by
// protesters, demonstrators or rioters as a violent protest (145): CAMEO's
// 145 is civil unrest that destroys property ("protesters torched the
// consulate"), its 1712 the destruction done by others.
//
// Plain force (190, not the weapons of 193-195) by a crowd is a riot too:
// "protesters stormed the parliament", "supporters of Imran Khan clashed
// with police" (the subject names the crowd even when the actor is the
// leader it supports).
func (c *Coder) asRiot(t *tree, v int, m *match, srcs []int) *match {
	k := t.kid(v, "nsubj")
	crowd := t.allNamed(srcs, protesterWord) || k >= 0 && crowdNouns[t.lemma(k)]
	if m.p.Code == "1712" && t.allNamed(srcs, protesterWord) || m.p.Code == "190" && crowd {
		return c.recoded(m, "145", riotFile)
	}
	return m
}

// asLabourStrike recodes a "strike" that workers, unions, farmers,
// students or doctors stage (a 19x pattern: "staged a strike against")
// as a strike (143): they do not strike militarily.
func (c *Coder) asLabourStrike(t *tree, v int, m *match, srcs []int) *match {
	if !strings.HasPrefix(m.p.Code, "19") || len(srcs) == 0 {
		return m
	}
	struck := t.lemma(v) == "strike"
	for _, o := range t.objects(v) {
		struck = struck || t.lemma(o) == "strike"
	}
	for _, s := range srcs {
		if !strikerSectors[t.mentions[s].Actor.Sector] {
			return m
		}
	}
	if !struck {
		return m
	}
	return c.recoded(m, "143", labourStrikeFile)
}

// asCivilBlockade recodes a blockade that no state and no armed group
// lays, by farmers, workers, protesters or other civilians ("French farmers
// blockaded Paris"), as a protest by obstruction (144), as CAMEO codes
// blocking passage in dissent; a state's or an army's blockade stays
// what its pattern says (191, 16x, 17x).
func (c *Coder) asCivilBlockade(t *tree, v int, m *match, srcs []int) *match {
	switch m.p.Code[:2] {
	case "16", "17", "19":
	default:
		return m
	}
	if t.lemma(v) != "blockade" || t.toks[v].UPOS != "VERB" || len(srcs) == 0 {
		return m
	}
	for _, s := range srcs {
		if !civilSectors[t.mentions[s].Actor.Sector] && !protesterWord(strings.ToLower(t.mentions[s].Text)) {
			return m
		}
	}
	return c.recoded(m, "144", civilBlockadeFile)
}

// civilSectors are the sectors of a country's people outside its state:
// farmers, workers, civilians, businesses, students.
var civilSectors = set("AGR LAB CVL BUS EDU")

// civilBlockadeFile names the rule of asCivilBlockade where a pattern
// names its file.
const civilBlockadeFile = "civilians' blockade rule"

// strikerSectors are the sectors whose strikes are walkouts.
var strikerSectors = set("LAB EDU AGR HLH MED BUS")

// labourStrikeFile names the rule of asLabourStrike where a pattern names
// its file.
const labourStrikeFile = "labour-strike rule"

// crowdNouns name a crowd that riots when it fights.
var crowdNouns = set("protester protestor demonstrator rioter supporter crowd mob")

// asJointAct recodes helping someone do something ("Pakistan is helping
// the US catch al-Qaeda elements": Phoenix's bare help [070]) as material
// cooperation (060): CAMEO keeps aid (07) for one-sided provisions, and
// helping another act is working with them on it.
func (c *Coder) asJointAct(t *tree, v int, m *match) *match {
	if m.p.Code != "070" || m.p.Verb != "help" || len(m.p.Slots) > 0 || m.p.Noun || t.kid(v, "xcomp") < 0 {
		return m
	}
	return c.recoded(m, "060", jointActFile)
}

// jointActFile names the rule of asJointAct where a pattern names its file.
const jointActFile = "joint-act rule"

// allNamed reports whether there are sources and the lower-cased text of
// each satisfies ok.
func (t *tree) allNamed(srcs []int, ok func(string) bool) bool {
	for _, s := range srcs {
		if !ok(strings.ToLower(t.mentions[s].Text)) {
			return false
		}
	}
	return len(srcs) > 0
}

// protesterWord reports a lower-cased mention text that names protesters:
// "ukrainian protestors", "student demonstrators", "rioters".
func protesterWord(w string) bool {
	return strings.Contains(w, "protester") || strings.Contains(w, "protestor") ||
		strings.Contains(w, "demonstrator") || strings.Contains(w, "rioter")
}

// riotFile names the rule of asRiot where a pattern names its file.
const riotFile = "protesters' destruction rule"

// asSuicideBombing recodes an assault or an attack (18x, 19x) by suicide
// bombers as CAMEO's suicide bombing (1831): "two suicide bombers killed
// 23 people".
func (c *Coder) asSuicideBombing(t *tree, m *match, srcs []int) *match {
	if r := m.p.Code[:2]; r != "18" && r != "19" || !t.allNamed(srcs, func(w string) bool { return strings.Contains(w, "suicide bomber") }) {
		return m
	}
	return c.recoded(m, "1831", suicideFile)
}

// suicideFile names the rule of asSuicideBombing where a pattern names its
// file.
const suicideFile = "suicide bombers' attack rule"

// protestDuring returns the protest noun of a "during"/"in" phrase of v
// ("threw stones during demonstrations against…"), or -1.
func (t *tree) protestDuring(v int) int {
	for _, k := range t.kids[v] {
		if r := t.rel(k); (r == "obl" || r == "nmod") && duringPreps[t.prep(k)] && protestNouns[t.lemma(k)] {
			return k
		}
	}
	return -1
}

// asProtestViolence recodes an assault (18x) done during a protest as a
// violent protest (145), as CAMEO codes violence in civil unrest: "youths
// threw stones during demonstrations against the occupation". It returns
// the recoded match and the protest noun, or m and -1.
func (c *Coder) asProtestViolence(t *tree, v int, m *match) (*match, int) {
	if m.p.Code[:2] != "18" {
		return m, -1
	}
	k := t.protestDuring(v)
	if k < 0 {
		return m, -1
	}
	return c.recoded(m, "145", protestViolenceFile), k
}

// duringPreps introduce the protest an act is part of (a protestNouns word).
var duringPreps = set("during in amid")

// protestViolenceFile names the rule of asProtestViolence where a pattern
// names its file.
const protestViolenceFile = "violence during a protest rule"

// protestsAim reports an appeal or demand (02x, 10x) voiced by a protest:
// a participle clause on a protest noun ("a demonstration calling for the
// removal of the president", "protests demanding reforms"). CAMEO codes
// the protest with what it demands (141x), not an appeal by its
// participants.
func (t *tree) protestsAim(v int, code string) bool {
	if r := code[:2]; r != "02" && r != "10" || t.rel(v) != "acl" {
		return false
	}
	h := t.head[v]
	return h >= 0 && protestNouns[t.lemma(h)] && t.toks[v].XPOS == "VBG"
}
