package actor

import (
	"strings"

	"dyad"
)

// Words before a capital that make it a place ("talks in Beijing"), and
// words after it that cannot follow an acting subject.
var (
	placePrepositions = set("in", "at", "from", "to", "near", "outside", "into", "across", "around", "inside",
		"via", "toward", "towards", "through", "throughout", "visit", "visited", "visiting", "reached", "leave",
		"left", "of", "over", "above", "below", "on", "downtown", "central", "suburb", "streets", "arrive", "arrived",
		"landed", "stayed", "based", "headquartered", "located", "held", "hosted", "flew", "travelled", "traveled")
	notVerbs = set("and", "or", "but", "on", "in", "at", "to", "for", "of", "from", "with", "by", "as", "after",
		"before", "since", "during", "this", "that", "the", "a", "an", "is", "was", "airport", "office", "embassy",
		"summit", "talks", "time", "bureau", "correspondent", "residents", "police", "mayor", "city", "area",
		"university", "marathon", "post", "times", "daily", "consensus", "accord", "agreement", "process",
		"meeting", "visit", "trip", "news", "stock", "exchange", "metro", "region")
	auxVerbs = set("has", "have", "had", "will", "would", "is", "was", "may", "might", "could", "should", "must",
		"did", "does", "can", "said", "says", "say", "wants", "want", "sees", "seeks", "hopes", "insists",
		"urged", "urges", "warned", "warns", "denied", "denies", "rejected", "rejects", "accused", "accuses",
		"announced", "imposed", "responded", "retaliated", "condemned", "welcomed", "needs", "plans", "agreed",
		"are", "were", "disagree", "agree")
	actingPrepositions = set("with", "against", "between", "by", "versus", "vs")
	// pastVerbs are irregular past tenses that follow a subject ("Xi met").
	pastVerbs = set("met", "told", "held", "led", "spoke", "took", "gave", "made", "won", "sent", "left", "saw",
		"came", "went", "became", "began", "brought", "chose", "flew", "got", "hit", "kept", "knew", "lost", "paid",
		"rose", "sought", "sold", "shook", "stood", "struck", "swore", "thought", "threw", "wrote", "cut", "quit",
		"said", "set", "put", "ran", "felt", "heard", "meant", "found", "fought", "drew", "spent", "withdrew")
	conjunctions = set("and", "or")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// capital resolves a capital at tokens [k, k+n): an actor ("Ottawa seeks",
// "Beijing's response", "Washington imposed", "tensions with Washington",
// "the Khartoum government") when it acts or comes before an agent noun,
// nothing when it is a place ("in Beijing", "Beijing's Great Hall of the
// People").
func (s *scan) capital(j, k, n int, e *entry) int {
	if f, ok := founded[e.code]; ok && s.day.Before(f) { // Juba in 2000 was no nation's capital
		return k + n - j
	}
	end := k + n
	var ag *entry
	if m, es := s.match(end); m > 0 {
		if ag = find(es, kindAgent); ag != nil && ag.sector != "" {
			end += m
		} else {
			ag = nil
		}
	}
	// A capital before an agent noun always names that agent of the
	// nation ("the Khartoum government tried", "sanctions on Beijing
	// officials"); alone, only when it acts.
	if ag == nil && !s.capitalActs(k, k+n) {
		return k + n - j
	}
	a := dyad.NewActor(e.code, dyad.SectorGovernment, "", "")
	if ag != nil { // "Beijing officials"
		a = dyad.NewActor(e.code, ag.sector, "", ag.role)
	}
	s.add(k, end, a, withUser(RuleCapital, e))
	return end - j
}

// capitalActs decides whether the capital at [k, end) stands for a
// government: from the parse when there is one, else from the words around.
func (s *scan) capitalActs(k, end int) bool {
	if i := s.parseToken(end - 1); i >= 0 {
		if rel := s.parse[i].Deprel; strings.HasPrefix(rel, "nsubj") {
			return true
		} else if rel == "obl" || rel == "nmod" || rel == "compound" {
			return s.actingCase(i)
		}
	}
	prev := ""
	if k > 0 {
		prev = s.toks[k-1].key
	}
	if conjunctions[prev] { // "Beijing and Ottawa": as the first conjunct goes
		i := k - 2
		for i >= 0 && s.capWord(i) {
			i--
		}
		if i >= 0 && placePrepositions[s.toks[i].key] {
			return false
		}
		if i >= 0 && actingPrepositions[s.toks[i].key] {
			return true
		}
	} else if placePrepositions[prev] {
		return false
	} else if actingPrepositions[prev] || auxVerbs[prev] || strings.HasSuffix(prev, "ed") && s.lowerWord(k-1) {
		return true // "with Washington", "warned Kyiv"
	}
	return s.capitalFollowedByVerb(end)
}

// capitalFollowedByVerb decides from the words after a capital ending at
// end: a verb makes it act ("Ottawa seeks"), and so does one after a
// coordinated capital ("Tokyo and Seoul agreed").
func (s *scan) capitalFollowedByVerb(end int) bool {
	if s.isPossessive(end) {
		return s.lowerWord(end + 1)
	}
	if end < len(s.toks) && conjunctions[s.toks[end].key] && s.capWord(end+1) {
		if n, es := s.match(end + 1); n > 0 && find(es, kindCapital, kindName) != nil {
			return s.capitalFollowedByVerb(end + 1 + n)
		}
	}
	if end >= len(s.toks) || !s.lowerWord(end) {
		return false
	}
	w := s.toks[end].key
	if auxVerbs[w] {
		return true
	}
	if notVerbs[w] {
		return false
	}
	if m, es := s.match(end); m > 0 && find(es, kindAgent) != nil {
		return true // "Beijing officials"
	}
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")
}

// actingCase reports whether the parsed oblique capital at s.parse[head]
// has a preposition that makes it a party ("with Washington") rather than a
// place ("in Beijing").
func (s *scan) actingCase(head int) bool {
	text := s.a.Article.Text
	for _, t := range s.parse {
		if t.Head-1 == head && t.Deprel == "case" {
			return actingPrepositions[strings.ToLower(t.Span.In(text))]
		}
	}
	return false
}

// seat resolves a seat of power: "the White House", "the Kremlin".
func (s *scan) seat(j, k, n int, e *entry, the bool) int {
	start := k
	if the {
		start = j
	}
	a := dyad.NewActor(e.code, e.sector, "", "")
	// "White House officials": the agent after the seat decides the sector.
	end := k + n
	if m, es := s.match(end); m > 0 {
		if ag := find(es, kindAgent); ag != nil && ag.sector != "" {
			a = dyad.NewActor(e.code, ag.sector, "", ag.role)
			end += m
			// "Kremlin spokesman Dmitry Peskov": a titled person.
			if nn, nes := s.match(end); ag.title && nn > 0 && find(nes, kindFull) != nil {
				if pa, pe, ok := s.r.t.resolvePerson(nes, s.day, e.code, ag.office, true, s.persons); ok {
					s.persons[pa.Name] = true
					s.add(start, end+nn, pa, withUser(RuleTitleName, pe))
					return end + nn - j
				}
			} else if n := s.unknownName(end); ag.title && n > 0 {
				a.Name = s.a.Article.Text[s.toks[end].span.Start:s.toks[end+n-1].span.End]
				s.add(start, end+n, a, withUser(RuleUnknownName, ag))
				s.remember(end, end+n, a)
				return end + n - j
			}
		}
	}
	s.add(start, end, a, withUser(RuleSeat, e))
	return end - j
}

// locativeWords before a name say that it is a place: "a rally in Lagos".
var locativeWords = set("in", "at", "near", "outside", "inside", "throughout")

// placeNamed reports whether the words [j, k) stand after a locative
// preposition and name a sizeable place of the gazetteer (a city of at least
// 100,000 people, a capital or a province's seat), and not a person's
// possession ("at Putin's dacha"): such a surname alone is the place.
func (s *scan) placeNamed(j, k int) bool {
	if j == 0 || !locativeWords[s.toks[j-1].key] || s.isPossessive(k) {
		return false
	}
	name := s.a.Article.Text[s.toks[j].span.Start:s.toks[k-1].span.End]
	p, ok := s.r.places().Best(name)
	return ok && (p.Population >= 100000 || p.Feature == "PPLC" || p.Feature == "PPLA")
}
