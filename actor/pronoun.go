package actor

import (
	"strings"

	"dyad"
)

// pronoun resolves "he", "she" and "him" to a person mentioned just before:
// in this sentence, else in the nearest earlier one that names a person,
// the last person who is a verb's subject ("Carney told Xi. He added":
// Carney), else the first person named.
func (s *scan) pronoun(j int) int {
	if !s.isWord(j, "he", "she", "him") {
		return 0
	}
	if n, es := s.match(j); n > 1 && find(es, kindFull) != nil { // "He Lifeng"
		return 0
	}
	found, sent := -1, -1
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if sent >= 0 && m.Sentence != sent || s.sent-m.Sentence > 3 {
			break
		}
		if !isPerson(m) || s.quoted(m) {
			continue
		}
		sent = m.Sentence
		// Walking backwards: the first subject met is the last one; with
		// no subject, the person met last is the first named.
		if found < 0 || !s.subject[found] {
			found = i
		}
	}
	if found >= 0 && !s.strangerSince(s.mentions[found], j) {
		s.add(j, j+1, s.mentions[found].Actor, RulePronoun)
	}
	return 1
}

// strangerSince reports whether, after the mention m and before word j of
// the current sentence, the parse has a proper-name subject that is no
// actor: someone the tables do not know, whom the pronoun more likely
// means ("… the Assad regime's practice," Robertson said. He added: …).
func (s *scan) strangerSince(m dyad.Mention, j int) bool {
	end := s.toks[j].span.Start
	for k := m.Sentence; k <= s.sent && k < len(s.a.Sentences); k++ {
		for _, t := range s.a.Sentences[k].Tokens {
			if t.Span.Start < m.Span.End || t.Span.Start >= end && k == s.sent {
				continue
			}
			if t.UPOS == "PROPN" && strings.HasPrefix(t.Deprel, "nsubj") && !s.covered(t.Span) {
				return true
			}
		}
	}
	return false
}

// covered reports whether a mention found so far holds span sp.
func (s *scan) covered(sp dyad.Span) bool {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		if m := s.mentions[i].Span; m.Start <= sp.Start && sp.End <= m.End {
			return true
		}
	}
	return false
}

// quoted reports whether mention m stands inside a quotation: a person
// quoted about is not who "he" or "she" later is ("“...the Assad regime's
// practice...,” Robertson said. He added": not Assad).
func (s *scan) quoted(m *dyad.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(s.a.Sentences) {
		return false
	}
	start := s.a.Sentences[m.Sentence].Span.Start
	if start > m.Span.Start {
		return false
	}
	before := s.a.Article.Text[start:m.Span.Start]
	open := strings.Count(before, "“") - strings.Count(before, "”")
	return open > 0 || strings.Count(before, "\"")%2 == 1
}

// personRules are the rules that resolve a mention to a person.
var personRules = []string{RuleFullName, RuleSurname, RuleHonorific, RuleTitleName, RuleUnknownName,
	RuleEarlierName, RulePronoun, RuleRolePhrase, RuleShortRef}

// isPerson reports whether m refers to a named person.
func isPerson(m *dyad.Mention) bool {
	if m.Actor.Name == "" {
		return false
	}
	for _, r := range personRules {
		if strings.HasPrefix(m.Rule, r) {
			return true
		}
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

// orgReference resolves "the bloc" to the last intergovernmental
// organisation named (the EU, ASEAN, the African Union), "the alliance" to
// NATO when it was named, and "the group", "the militia" or "the movement"
// to the last armed group (Hamas, Hezbollah, the Houthis), within three
// sentences: "Hungary dropped its objection after talks with the bloc's
// leaders". A capitalised word ("the Group of Seven"), or an "of" phrase or
// a name after it ("the group of experts", "the group Human Rights
// Watch"), is no such reference. It returns 2 if it added a mention, else 0.
func (s *scan) orgReference(j int) int {
	if !s.isWord(j, "the") || !s.lowerWord(j+1) {
		return 0
	}
	var fits func(m *dyad.Mention) bool
	switch {
	case s.isWord(j+1, "bloc"):
		fits = func(m *dyad.Mention) bool {
			return s.r.t.orgKind(m.Actor.Country) == OrgIGO && m.Actor.Country != "NAT"
		}
	case s.isWord(j+1, "alliance"):
		fits = func(m *dyad.Mention) bool { return m.Actor.Country == "NAT" }
	case s.isWord(j+1, "group", "militia", "movement"):
		fits = func(m *dyad.Mention) bool {
			return m.Actor.Sector == dyad.SectorRebels || s.r.t.orgKind(m.Actor.Country) == OrgIMG
		}
	default:
		return 0
	}
	if s.isWord(j+2, "of") || j+2 < len(s.toks) && startsUpper(s.toks[j+2].text) {
		return 0
	}
	m := s.lastMention(func(m *dyad.Mention) bool { return m.Sentence < s.sent || m.Span.End <= s.toks[j].span.Start })
	if m == nil || !fits(m) {
		m = s.lastMention(fits)
	}
	if m == nil {
		return 0
	}
	a := m.Actor
	if !s.isWord(j+1, "group", "militia", "movement") {
		a = dyad.NewActor(a.Country, "", "", "") // the bloc itself, not its leaders
	}
	s.add(j, j+2, a, RuleShortRef)
	return 2
}
