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
