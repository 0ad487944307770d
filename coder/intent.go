package coder

import (
	"strings"

	"dyad"
	"dyad/cameo"
)

// ruleCode returns the code that rules (code prefix, code; most specific
// first) give code c. In CAMEO, "Portugal will support Turkey" is coded as
// the statement of intent (03x, or 13x for threats, intentRules), and
// "Israel refused to lift the curfew" as the refusal (12x, refusalRules),
// events in their own right, while the support is only planned and the
// lifting negated. ok is false for codes CAMEO has no such code for.
func ruleCode(rules [][2]string, c string) (string, bool) {
	for _, r := range rules {
		if strings.HasPrefix(c, r[0]) {
			return r[1], true
		}
	}
	return "", false
}

// intentRules map code prefixes to intent codes, most specific first.
var intentRules = [][2]string{
	{"046", "036"}, {"045", "039"}, {"04", "036"},
	{"057", "031"}, {"05", "032"},
	{"06", "031"},
	{"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
	{"081", "0351"}, {"0841", "0353"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"}, {"087", "0356"}, {"08", "035"},
	{"14", "133"}, {"161", "1313"}, {"163", "1312"}, {"16", "131"}, {"17", "130"},
	{"18", "1383"}, {"19", "1384"}, {"20", "138"},
}

// refusalRules map code prefixes to refusal codes, most specific first.
var refusalRules = [][2]string{
	{"045", "126"}, {"04", "125"},
	{"057", "127"},
	{"061", "1211"}, {"062", "1212"}, {"063", "1213"}, {"064", "1214"}, {"06", "121"},
	{"071", "1221"}, {"072", "1222"}, {"073", "1223"}, {"074", "1224"}, {"07", "122"},
	{"081", "1241"}, {"082", "1242"}, {"083", "123"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"}, {"087", "1246"}, {"08", "124"},
}

// statedDemand returns, for a verb of saying whose reported clause says
// that another actor must or should act ("Russia said Sudan must return
// the helicopter"), a match of CAMEO 100 (Demand) aimed at that actor, as
// CAMEO codes such statements; nil otherwise.
func (c *Coder) statedDemand(t *tree, v int) *match {
	if !statingVerbs[t.lemma(v)] {
		return nil
	}
	o, ok := c.codes.Lookup("100")
	if !ok {
		return nil
	}
	for _, k := range t.kids[v] {
		if t.rel(k) != "ccomp" || !t.kidLemma(k, "aux", mustWords) {
			continue
		}
		s := t.kid(k, "nsubj") // "refugees must not be forced": the demand is on whoever forces them
		if s < 0 || t.toks[s].UPOS == "PRON" || len(t.actors(s)) == 0 {
			continue
		}
		p := &Pattern{Code: o.Code, Name: o.Name, Verb: t.lemma(v), File: statedDemandFile, Line: 0, ontology: o}
		return &match{p: p, evidence: []int{v}, targets: []int{s}}
	}
	return nil
}

// statedDemandFile names the built-in rule of statedDemand where a
// pattern names its file.
const statedDemandFile = "stated-demand rule"

// statingVerbs report what someone says; mustWords make the report a
// demand.
var (
	statingVerbs = set("say declare reiterate insist state stress tell add announce")
	mustWords    = set("must should")
)

// conditional returns the asserted offer or threat that an event on a
// condition makes: "would meet the mediator if he gave them a veto" is an
// offer (intentRules: 036), "will attack if…" a threat (13x). An event
// that will happen "unless" the other side acts is a threat whatever it
// is: "will withdraw its force from Chad unless…" (130, or the 13x of a
// conflictual code).
func (c *Coder) conditional(e dyad.Event, mark string) (dyad.Event, bool) {
	rules := intentRules
	if mark == "unless" && !conflictual(e.CAMEO) {
		rules = [][2]string{{"", "130"}}
	}
	return c.recode(e, rules, func(o cameo.Code) string {
		return "offer or threat on a condition (" + mark + "): " + e.Rule + "; coded " + o.Code + " " + o.Name
	})
}

// conflictual reports the codes of demands, disapproval, rejection,
// threats, protest, force posture, sanctions, coercion and violence
// (roots 10 to 20), whose statement on a condition is a threat.
func conflictual(code string) bool {
	return code[:2] >= "10"
}

// claimedAct returns, for a verb of claiming or admitting whose reported
// clause says that the claimant itself used force ("the US claimed that
// they had attacked Iraq", "Hamas claimed it had shelled Sderot"), a claim
// of responsibility (015), with the targets of that act and how they were
// found: CAMEO codes the claim, whatever the act. The subject of the clause
// is the claimant when it is a pronoun (the speaker of a reported clause)
// or an actor of one of the sources' countries. nil if v reports no such
// act.
func (c *Coder) claimedAct(t *tree, v int, srcs []int) (*match, []int, string) {
	if !claimVerbs[t.lemma(v)] {
		return nil, nil, ""
	}
	x := t.kid(v, "ccomp")
	if x < 0 || !t.claimantSubject(x, srcs) {
		return nil, nil, ""
	}
	xm := c.best(t, x, c.candidates(t, x), nil)
	if xm == nil || !violentRoot(xm.p.Code) {
		return nil, nil, ""
	}
	o, ok := c.codes.Lookup("015")
	if !ok {
		return nil, nil, ""
	}
	tg, why := t.targets(x, xm, 1)
	if len(tg) == 0 {
		if k, w := c.placeTarget(t, x); k >= 0 {
			tg, why = []int{k}, w
		}
	}
	p := &Pattern{Code: o.Code, Name: o.Name, Verb: t.lemma(v), File: claimedActFile, Line: 0, ontology: o}
	return &match{p: p, evidence: []int{v}}, tg, why + " of the claimed act"
}

// claimantSubject reports whether the subject of clause x is the claimant:
// a personal pronoun, or an actor of one of the sources' countries.
func (t *tree) claimantSubject(x int, srcs []int) bool {
	s := t.kid(x, "nsubj")
	if s < 0 {
		return false
	}
	if t.toks[s].UPOS == "PRON" {
		return claimantPronouns[strings.ToLower(t.form(s))]
	}
	for _, a := range t.actors(s) {
		for _, m := range srcs {
			if t.mentions[a].Actor.Country == t.mentions[m].Actor.Country {
				return true
			}
		}
	}
	return false
}

// violentRoot reports the CAMEO roots of force: assault (18), fighting
// (19) and mass violence (20).
func violentRoot(code string) bool {
	switch code[:2] {
	case "18", "19", "20":
		return true
	}
	return false
}

// claimedActFile names the built-in rule of claimedAct where a pattern
// names its file.
const claimedActFile = "claimed-act rule"

// claimVerbs report a claim (the patterns make admitting and acknowledging
// no event); claimantPronouns may stand for the claimant in the reported
// clause.
var (
	claimVerbs       = set("claim")
	claimantPronouns = set("it they we he she")
)
