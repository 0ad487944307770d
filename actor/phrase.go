package actor

import "dyad"

// The parts of a noun phrase around an agent noun: "the government of
// Canada", "Nicaragua's Sandinista government", "the U.N. war crimes
// court", "King Hassan of Morocco".

// agentOf resolves an agent noun followed by "of" and a country or region:
// "the government of Canada", "the president of France" (the holder of the
// office on the day), "the government of Sindh province". It returns the
// tokens used from j, or 0.
func (s *scan) agentOf(j int, p *phrase) int {
	e := p.agent
	k := p.agentEnd
	if !p.the || !s.isWord(k, "of") || e.sector == "" {
		return 0
	}
	k++
	if s.isWord(k, "the") {
		k++
	}
	n, es := s.match(k)
	c := find(es, kindName, kindRegion)
	if c == nil || c.code == "" || !s.r.t.isCountry(c.code) || find(es, kindFull, kindOrg) != nil {
		return 0
	}
	end := k + n
	if c.kind == kindRegion && s.isWord(end, "province", "state", "region") {
		end++
	}
	a := dyad.NewActor(c.code, e.sector, "", e.role)
	if e.office != "" {
		if h, ok := s.r.t.officeHolder(c.code, e.office, s.day); ok {
			a = h
		}
	}
	if p.former { // "the former president of the United States"
		a = dyad.NewActor(c.code, "ELI", "", "former "+e.role)
	}
	s.add(j, end, a, withUser(RuleAgentOf, e))
	return end - j
}

// partyWord reports whether token k is a capitalised word the tables do
// not know between a country's possessive and a lower-case agent noun: a
// party or movement ("Nicaragua's Sandinista government", "Britain's Labour
// government").
func (s *scan) partyWord(k int) bool {
	if !s.capWord(k) || !s.lowerWord(k+1) {
		return false
	}
	if n, _ := s.match(k); n > 0 {
		return false
	}
	_, es := s.match(k + 1)
	ag := find(es, kindAgent)
	return ag != nil && ag.sector != "" && !ag.title
}

// ofCountry returns the country named by "of" and a country's name at
// token k ("of Morocco", "of the Netherlands"), or "".
func (s *scan) ofCountry(k int) string {
	if !s.isWord(k, "of") {
		return ""
	}
	return s.countryNameAt(k + 1)
}

// countryNameAt returns the country whose name, after an optional "the",
// stands at token k and is no person's or organisation's name ("Morocco",
// "the Netherlands"), or "".
func (s *scan) countryNameAt(k int) string {
	if s.isWord(k, "the") {
		k++
	}
	_, es := s.match(k)
	if e := find(es, kindName); e != nil && s.r.t.isCountry(e.code) && find(es, kindFull, kindOrg) == nil {
		return e.code
	}
	return ""
}

// compound returns how many lower-case nouns at k (one or two, nouns by
// the parse) stand between a nationality or organisation and the agent
// noun they modify ("the U.N. war crimes court", "French paper workers"),
// or 0. Action nouns are not skipped: "Israeli air strike victims" are not
// Israelis.
func (s *scan) compound(k int) int {
	if n, es := s.match(k); n > 0 && find(es, kindAgent) != nil {
		return 0
	}
	for m := 1; m <= 2; m++ {
		w := s.keyAt(k + m - 1)
		if !s.lowerWord(k+m-1) || !hasLetter(w) || actionNouns[w] != "" || placeNouns[w] || conjunctions[w] {
			return 0
		}
		if _, ok := actionNouns[w]; ok || !s.nounLike(k+m-1) {
			return 0
		}
		if n, es := s.match(k + m); n > 0 && s.lowerWord(k+m) {
			if ag := find(es, kindAgent); ag != nil && ag.sector != "" && !s.isPossessive(k+m-1) {
				return m
			}
		}
	}
	return 0
}

// nounLike reports whether token k is a noun by the parse. With no parse
// the compound rule does not apply: "the United States undertake military
// action" would be one agent.
func (s *scan) nounLike(k int) bool {
	if i := s.parseToken(k); i >= 0 {
		return s.parse[i].UPOS == "NOUN"
	}
	return false
}

// residentSectors are the sectors whose people are, by CAMEO's convention,
// of the country they are in: students, workers, farmers, protesters,
// police, courts. Troops, officials, refugees and journalists in a country
// are often foreign, so only "from" gives them a country.
var residentSectors = set(dyad.SectorCivilians, dyad.SectorProtesters, dyad.SectorOpposition, dyad.SectorPolice,
	dyad.SectorJudiciary, dyad.SectorLegislature, dyad.SectorBusiness, "EDU", "LAB", "AGR", "HRI")

// sojourners are people often held or staying in a country not their own:
// "prisoners in Iraq", "tourists in Egypt", "detainees in Guantanamo".
var sojourners = set("prisoner", "prisoners", "detainee", "detainees", "hostage", "hostages", "captives", "tourist",
	"tourists", "visitors", "pilgrims", "migrants", "immigrants", "foreigners", "expatriates", "expats", "exiles")

// agentWhere returns the country of an agent noun without a nationality,
// starting at token j, from the phrase right after it, at token k: "from"
// and a country's name for any sector ("troops from Bangladesh"), unless
// the "from" phrase may say where the agents leave ("withdrew its troops
// from Somalia"); "in", "throughout" or "across" and a country's name or a
// sizeable place of it for the sectors of residentSectors ("students
// throughout Indonesia", "workers in Lagos"). It returns "" otherwise.
func (s *scan) agentWhere(j, k int, sector string) string {
	switch {
	case s.isWord(k, "from") && s.originFrom(j, k-1):
		return s.countryNameAt(k + 1)
	case s.isWord(k, "in", "throughout", "across") && residentSectors[sector] && !sojourners[s.keyAt(k-1)]:
		return s.placeAt(k + 1)
	}
	return ""
}

// possessives before an agent name its owner: "its troops".
var possessives = set("its", "their", "his", "her", "our", "my", "your")

// originFrom reports whether a "from" phrase after the agent noun spanning
// tokens [j, last] says where the agents come from: the agent is no verb's
// object ("pulled troops from Iraq" says where they leave) and has no
// possessive before it ("its troops"). Without a parse, only an agent that
// starts the sentence qualifies.
func (s *scan) originFrom(j, last int) bool {
	if possessives[s.keyAt(j-1)] {
		return false
	}
	i := s.parseToken(last)
	if i < 0 {
		return j == 0
	}
	rel := s.parse[i].Deprel
	return rel != "obj" && rel != "iobj"
}

// proxyWords after a nationality's agent noun make the agents its allies or
// proxies, not its own: "Israel's militia ally", "Iran's proxies".
var proxyWords = set("ally", "allies", "proxy", "proxies")

// proxy resolves a nationality's agent followed by a word of proxyWords:
// the agents are of the country of the place named after "in" ("Israel's
// militia ally in southern Lebanon" is Lebanese), and no actor if none is
// named. It returns the tokens used from j, or 0 when no proxy word
// follows.
func (s *scan) proxy(j int, p *phrase) int {
	if !proxyWords[s.keyAt(p.agentEnd)] {
		return 0
	}
	end := p.agentEnd + 1
	c := ""
	if s.isWord(end, "in") {
		c = s.placeAt(end + 1)
	}
	if c != "" && c != p.mod.code {
		s.add(p.spanStart(j), end, dyad.NewActor(c, p.agent.sector, "", p.agent.role), RuleProxy)
	}
	return end - j
}

// modifiesNext reports whether the parse makes token k an adjective or
// compound of a later word: "general" in "a general license".
func (s *scan) modifiesNext(k int) bool {
	i := s.parseToken(k)
	if i < 0 {
		return false
	}
	t := s.parse[i]
	return (t.Deprel == "amod" || t.Deprel == "compound") && t.Head-1 > i
}
