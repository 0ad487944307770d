package actor

import "dyad"

// group resolves a region or a people before an agent noun: "Darfur
// rebels", "Chechen refugees", "Hausa politicians". Neither is an actor
// alone ("the Darfur region", "Kurdish music"). A region gives its country;
// a people takes the country the sentence names, else its home country,
// and is no mention if it has neither ("Kurdish rebels" with no country).
// The agent is a common noun: "the Tamil National Alliance" is a name.
func (s *scan) group(j int, p *phrase, n int, e *entry) int {
	k := s.skipAdjectives(p.start + n)
	m, es := s.match(k)
	ag := find(es, kindAgent)
	if ag == nil || ag.sector == "" || ag.office != "" || !s.lowerWord(k) || modifiedNouns[s.keyAt(k+m)] {
		return s.regionPlace(j, p, n, e)
	}
	country := e.code
	if e.kind == kindPeople || country == "" {
		if c := s.sentenceCountry(k + m); c != "" {
			country = c
		}
	}
	if country == "" {
		return 0
	}
	s.add(p.spanStart(j), k+m, dyad.NewActor(country, ag.sector, "", ag.role), withUser(RuleGroup, ag))
	return k + m - j
}

// sentenceCountry returns the country the current sentence names: the
// context country (a country mention before, or a place), else the first
// country named from token k on, else "".
func (s *scan) sentenceCountry(k int) string {
	if m := s.lastMention(func(m *dyad.Mention) bool { return s.r.t.isCountry(m.Actor.Country) }); m != nil && m.Sentence == s.sent {
		return m.Actor.Country
	}
	if c := s.placeCountry(); c != "" {
		return c
	}
	for i := k; i < len(s.toks); i++ {
		if _, es := s.match(i); es != nil {
			if e := find(es, kindName, kindDemonym); e != nil && s.r.t.isCountry(e.code) {
				return e.code
			}
		}
	}
	return ""
}

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

// regionPlace resolves a region after a locative preposition ("a state of
// emergency in West Darfur State") to its country, as a country's name
// there would be: a place the coder may take as where an event happened.
// It returns the tokens used from j, or 0.
func (s *scan) regionPlace(j int, p *phrase, n int, e *entry) int {
	before := p.start - 1
	if directionWords[s.keyAt(before)] && s.lowerWord(before) {
		before--
	}
	if e.kind != kindRegion || e.code == "" || p.the || !placePrepositions[s.keyAt(before)] {
		return 0
	}
	end := p.start + n
	if s.isWord(end, "state", "province", "region") {
		end++
	}
	s.add(p.start, end, dyad.NewActor(e.code, "", "", ""), RuleRegion)
	return end - j
}

// ofCountry returns the country named by "of" and a country's name at
// token k ("of Morocco", "of the Netherlands"), or "".
func (s *scan) ofCountry(k int) string {
	if !s.isWord(k, "of") {
		return ""
	}
	k++
	if s.isWord(k, "the") {
		k++
	}
	_, es := s.match(k)
	if e := find(es, kindName); e != nil && s.r.t.isCountry(e.code) && find(es, kindFull, kindOrg) == nil {
		return e.code
	}
	return ""
}

// kinWords name a nation's people living as a minority in another
// country, after that country's name or nationality word: "Bosnian Serbs",
// "Croatian Serb refugees", "Kosovo Albanians", "Iraqi Turkmen".
var kinWords = set("serb", "serbs", "croat", "croats", "albanian", "albanians", "turk", "turks", "hungarian",
	"hungarians", "russians", "kurds", "turkmen", "uzbeks", "tajiks", "pashtuns", "tamils", "armenians")

// kinWord returns 1 if token k is a kin word of a nation other than
// country (so that the phrase is the people of country), else 0.
func (s *scan) kinWord(k int, country string) int {
	if !s.capWord(k) || !kinWords[s.keyAt(k)] {
		return 0
	}
	if _, es := s.match(k); es != nil {
		if find(es, kindAgent) != nil { // "Iraqi Kurds", "Afghan Pashtuns": the agent rule
			return 0
		}
		if e := find(es, kindDemonym, kindPeople); e != nil && e.code == country {
			return 0
		}
	}
	return 1
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

// speechVerbs report what a country or organisation says it will do.
var speechVerbs = set("said", "says", "say", "announced", "announces", "added", "stated", "states", "warned",
	"warns", "insisted", "insists", "declared", "declares", "claimed", "claims", "confirmed", "confirms")

// itSpeaker resolves "it" right after a speech verb, or after the verb and
// "that", to the verb's subject when that is a country, an organisation or
// a body and no person: "Syria says it will not accept refugees", "Iraq's
// interim government announced that it is prepared to impose martial law".
// It returns 1 if it added a mention, else 0.
func (s *scan) itSpeaker(j int) int {
	if !s.isWord(j, "it") || !s.lowerWord(j) {
		return 0
	}
	v := j - 1
	if s.isWord(v, "that") {
		v--
	}
	if v < 1 || !speechVerbs[s.keyAt(v)] {
		return 0
	}
	end := s.toks[v].span.Start
	if s.isWord(v-1, "has", "have", "had") {
		end = s.toks[v-1].span.Start
	}
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.Sentence != s.sent {
			return 0
		}
		if m.Span.End > end {
			continue
		}
		if !s.subject[i] || isPerson(m) || m.Actor.Name != "" && !s.r.t.isOrg(m.Actor.Country) {
			return 0
		}
		s.add(j, j+1, m.Actor, RuleIt)
		return 1
	}
	return 0
}
