package actor

// bodyHeads are the words that make a capitalised name after a nationality
// the name of a body of that nation, with the sector the body belongs to
// ("Nigerian Union of Teachers", "Liberian Peace Council"); "" leaves the
// sector open.
var bodyHeads = map[string]string{
	"union": "LAB", "unions": "LAB", "party": "PTY", "army": "MIL", "navy": "MIL", "court": "JUD",
	"parliament": "LEG", "assembly": "LEG", "council": "GOV", "commission": "GOV", "commision": "GOV",
	"ministry": "GOV", "church": "REL", "observatory": "NGO", "front": "", "movement": "", "committee": "",
	"coalition": "", "alliance": "", "league": "", "association": "", "federation": "", "congress": "",
}

// bodyJoiners may stand inside a body's name: "Union of Teachers".
var bodyJoiners = set("of", "for", "and", "the", "-")

// namedBody reports whether the tokens from j spell the name of a body
// (capitalised words, with "of", "for" or "and" inside, ending before a
// word that is not part of the name) whose words include one of
// bodyHeads, and returns its length in tokens and its sector. A name that
// holds a known phrase ("Nigerian President Tinubu") is not a body's name.
func (s *scan) namedBody(j int) (int, string, bool) {
	n, sector, found := 0, "", false
	for k := j; k < len(s.toks) && k-j < 7; k++ {
		w := s.toks[k]
		if bodyJoiners[w.key] && k > j {
			continue
		}
		if !s.capWord(k) || !hasLetter(w.text) || calendarWords[w.key] {
			break
		}
		if m, es := s.match(k); m > 0 && find(es, kindName, kindDemonym, kindOrg, kindCapital, kindSeat, kindFull, kindShort) != nil {
			return 0, "", false
		}
		if sec, ok := bodyHeads[w.key]; ok {
			sector, found = sec, true
		}
		n = k + 1 - j
	}
	return n, sector, found && n > 0
}

// sharedAgent returns the agent noun that a nationality shares with the
// nationalities coordinated after it ("US and British activists", "Senior
// Hungarian and Romanian officials", "US, British and French troops"),
// starting at the token j after the first, or nil. Titles of office
// ("prime ministers") are not shared.
func (s *scan) sharedAgent(j int) *entry {
	k := j
	for range 4 {
		if !s.isWord(k, "and", ",") {
			return nil
		}
		n, es := s.match(k + 1)
		if n == 0 || find(es, kindName, kindDemonym) == nil || find(es, kindFull, kindShort, kindAgent) != nil {
			return nil
		}
		k += 1 + n
		if m, es := s.match(k); m > 0 {
			if ag := find(es, kindAgent); ag != nil && ag.office == "" {
				return ag
			}
			return nil
		}
	}
	return nil
}

// agentAdjectives may stand, alone or coordinated, between a nationality
// and its agent noun: "French political and military officials", "Ibo
// traditional elders".
var agentAdjectives = set("political", "military", "economic", "religious", "traditional", "local", "regional",
	"provincial", "federal", "government", "security", "business", "trade", "opposition", "young", "ethnic",
	"armed", "rebel", "independent", "national", "intelligence", "diplomatic", "civilian", "tribal", "clan",
	"community", "party", "union", "student", "army", "police", "defence", "defense", "health", "judicial")

// skipAdjectives returns where the agent noun starts when the words from
// k are adjectives of agentAdjectives, with "and" or a comma between
// them, followed by an agent noun; otherwise k.
func (s *scan) skipAdjectives(k int) int {
	i := k
	for i < len(s.toks) && i-k < 5 && (agentAdjectives[s.toks[i].key] || i > k && s.isWord(i, "and", ",")) {
		i++
	}
	if i == k || s.isWord(i-1, "and", ",") {
		return k
	}
	if n, es := s.match(k); find(es, kindAgent) != nil && k+n >= i { // "security forces" is one agent
		return k
	}
	if _, es := s.match(i); find(es, kindAgent) != nil && s.lowerWord(i) {
		return i
	}
	return k
}
