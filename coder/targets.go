package coder

import (
	"fmt"
	"strings"
)

// An "at" or "in" phrase headed by one of occasionNouns says where or when
// something was done, not to whom: "pledged at the United Nations Climate
// Action Summit".
var (
	occasionPreps = map[string]bool{"at": true, "in": true, "during": true}
	occasionNouns = set("summit conference meeting session forum assembly talks ceremony event rally gathering " +
		"headquarters convention congress symposium festival games briefing hearing")
	// sidelineNouns head an "on", "at" or "in" phrase that places a meeting
	// beside another event: "met on the sidelines of the BRICS summit" is
	// no meeting with BRICS.
	sidelineNouns = set("sideline sidelines margin margins fringe fringes")
)

// occasionPhrase reports a complement k that says where or when something
// was done, not to whom.
func (t *tree) occasionPhrase(k int) bool {
	p, l := t.prep(k), t.lemma(k)
	return occasionPreps[p] && occasionNouns[l] || (p == "on" || occasionPreps[p]) && sidelineNouns[l]
}

// withoutAdjectiveAgents drops from as the agents whose country the actor
// stage guessed from the context and which only stand as an adjective in
// the phrase headed by h: "a new military offensive" is no act on the
// military.
func (t *tree) withoutAdjectiveAgents(as []int, h int) []int {
	var out []int
	for _, m := range as {
		if !t.adjectiveAgent(m, h) {
			out = append(out, m)
		}
	}
	return out
}

// adjectiveAgent reports a context agent mention made of one adjective
// modifying a noun other than itself inside h's phrase.
func (t *tree) adjectiveAgent(m, h int) bool {
	if t.mentions[m].Rule != contextAgentRule {
		return false
	}
	toks := t.tokensOf(m)
	if len(toks) != 1 {
		return false
	}
	k := toks[0]
	return k != h && t.toks[k].UPOS == "ADJ" && t.rel(k) == "amod"
}

// objectAuthor returns the actors of a "by" phrase that directly follows
// the object of an active verb: the parser hung it on the verb, but an
// active verb has no agent, so it names whose the object is ("rejected
// calls by Belarus", "welcomed the offer by Egypt").
func (t *tree) objectAuthor(v int) []int {
	if t.isPassive(v) {
		return nil
	}
	o := t.kid(v, "obj")
	if o < 0 {
		return nil
	}
	for _, k := range t.kids[v] {
		if r := t.rel(k); k > o && (r == "obl:agent" || r == "obl") && t.prep(k) == "by" && t.noVerbBetween(o, k) {
			return t.actors(k)
		}
	}
	return nil
}

// noVerbBetween reports that no verb or punctuation stands between tokens a and b.
func (t *tree) noVerbBetween(a, b int) bool {
	for i := a + 1; i < b; i++ {
		if u := t.toks[i].UPOS; u == "VERB" || u == "PUNCT" {
			return false
		}
	}
	return true
}

// ownTargets reports no targets, or targets that all belong to the
// sources' own country without being the sources themselves (the source's
// own troops, reinforced somewhere; not "soldiers killed in Ukraine").
func (t *tree) ownTargets(srcs, tgts []int) bool {
	for _, g := range tgts {
		own := false
		for _, s := range srcs {
			if s == g {
				return false
			}
			own = own || t.mentions[s].Actor.Country == t.mentions[g].Actor.Country
		}
		if !own {
			return false
		}
	}
	return true
}

// targets returns the mentions acted upon at v and how they were found.
func (t *tree) targets(v int, m *match, depth int) ([]int, string) {
	if len(m.targets) > 0 {
		var out []int
		dropped := false
		for _, n := range m.targets {
			as := t.actors(n)
			kept := t.withoutAdjectiveAgents(as, n)
			dropped = dropped || len(kept) < len(as)
			out = append(out, kept...)
		}
		if len(out) > 0 || !dropped { // "threatened military action over Georgia": look further
			return out, "the pattern's target slot"
		}
	}
	for _, o := range t.objects(v) {
		if as := t.withoutAdjectiveAgents(t.actors(o), o); len(as) > 0 && !t.isRelPronoun(o) {
			if t.rel(o) == "nsubj:pass" {
				return as, "subject of the passive"
			}
			return as, "object"
		}
	}
	if t.rel(v) == "acl:relcl" && t.head[v] >= 0 {
		if o := t.kid(v, "obj"); o >= 0 && t.isRelPronoun(o) {
			return t.actors(t.head[v]), "the noun the relative clause describes"
		}
	}
	return t.complementTargets(v, m, depth)
}

// complementTargets returns the target found beyond v's objects: a
// prepositional complement, the object's author, a phrase of the pattern's
// word or the target of v's complement clause.
func (t *tree) complementTargets(v int, m *match, depth int) ([]int, string) {
	for _, k := range t.complements(v) {
		if p := t.prep(k); targetPreps[p] && !t.occasionPhrase(k) && !statedAgainst(m.p.Code, p) {
			if as := t.actors(k); len(as) > 0 {
				return as, fmt.Sprintf("%q phrase", p)
			}
		}
	}
	if as := t.objectAuthor(v); len(as) > 0 {
		return as, "\"by\" phrase after the object of an active verb (the object's author)"
	}
	if as, why := t.wordTargets(m); len(as) > 0 {
		return as, why
	}
	if depth < 2 && !m.p.Noun {
		if as, why := t.clauseTargets(v, m.p, depth); len(as) > 0 {
			return as, why
		}
	}
	return nil, "no object or prepositional complement is an actor"
}

// statedAgainst reports an "against" phrase of a statement (01x): it names
// whom the announced measure or the speech is aimed at ("announced travel
// bans against four officers", "spoke against the war"), which a neutral
// statement does not code; the measure or the criticism is coded by its
// own word.
func statedAgainst(code, prep string) bool {
	return prep == "against" && strings.HasPrefix(code, "01")
}

// purposeTargets returns the targets of v's "to" clause of purpose, also
// when the parser hung it on v's object ("blocked a road [to show their
// disapproval of the United States' policies]"): a protest is aimed at
// whom its purpose names.
func (t *tree) purposeTargets(v int, p *Pattern) ([]int, string) {
	heads := append([]int{v}, t.objects(v)...)
	for _, h := range heads {
		for _, k := range t.kids[h] {
			if r := t.rel(k); (r == "advcl" || r == "acl") && t.toks[k].UPOS == "VERB" && t.kidLemma(k, "mark", toWords) {
				if as, why := t.targets(k, &match{p: p}, 1); len(as) > 0 {
					return as, why
				}
			}
		}
	}
	return nil, ""
}

// objectClause returns the "to" clause that v's object, or a noun in the
// object's phrase, holds: the act a call, plan or proposal is for
// ("rejected a call for its forces [to be deployed in East Timor]"), or -1.
func (t *tree) objectClause(v int) int {
	level := t.objects(v)
	for depth := 0; depth < 2 && len(level) > 0; depth++ {
		var next []int
		for _, n := range level {
			for _, k := range t.kids[n] {
				switch r := t.rel(k); {
				case r == "acl" && t.toks[k].UPOS == "VERB" && t.kidLemma(k, "mark", toWords):
					return k
				case r == "nmod":
					next = append(next, k)
				}
			}
		}
		level = next
	}
	return -1
}
