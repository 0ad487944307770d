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
		return 0
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
