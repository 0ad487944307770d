package actor

import (
	"strings"

	"dyad"
)

// phrase is what the noun phrase at a position is made of: an optional
// "the", an optional "former", a country-ish modifier ("Canadian",
// "Canada's", "NATO"), a title or agent ("Prime Minister", "troops") and a
// name ("Mark Carney").
type phrase struct {
	start              int    // first token, after "the"
	the                bool   // a "the" precedes start
	former             bool   // "former" or "ex-" precedes the rest
	mod                *entry // the country-ish modifier, or nil
	modStart, modEnd   int
	agent              *entry // the title or agent noun, or nil
	agentEnd           int
	name               []entry // meanings of the name, or nil
	nameStart, nameEnd int
}

// at resolves the mention starting at token j, if any, and returns how many
// tokens it used (0 if none starts there).
func (s *scan) at(j int) int {
	if n := s.pronoun(j); n > 0 {
		return n
	}
	if n := s.itSpeaker(j); n > 0 { // "Syria says it will"
		return n
	}
	if n := s.orgReference(j); n > 0 { // "the bloc", "the alliance", "the group"
		return n
	}
	p := phrase{start: j}
	k := j
	if s.isWord(k, "the") {
		p.the = true
		k++
	}
	if s.isWord(k, "former", "ex") {
		p.former = true
		k++
		if s.isWord(k, "-") {
			k++
		}
	}
	p.start = k
	n, es := s.match(k)
	if find(es, kindHonor) != nil {
		if m := s.honorific(k); m > 0 {
			return k + m - j
		}
		return 0
	}
	if n == 0 {
		if s.earlierName(k) {
			return k + 1 - j
		}
		return s.spelledName(j, &p, k) // "Francois Mitterand"
	}
	// Capitals and seats have rules of their own.
	if e := find(es, kindSeat); e != nil {
		return s.seat(j, k, n, e, p.the)
	}
	if e := find(es, kindCapital); e != nil && find(es, kindName, kindOrg) == nil {
		return s.capital(j, k, n, e)
	}
	if e := find(es, kindRegion, kindPeople); e != nil && find(es, kindName, kindOrg, kindDemonym, kindFormer, kindFull, kindShort) == nil {
		return s.group(j, &p, n, e)
	}
	if e := find(es, kindName, kindOrg, kindDemonym, kindFormer); e != nil && find(es, kindFull) == nil {
		if e.kind == kindDemonym && s.isWord(k-1, "ethnic") {
			// "ethnic Albanians in Serbia": a people, not the nation's
			// state; the country is where they live, if the sentence says.
			c := s.placeCountryAfter(residencePrepositions)
			if c == "" {
				return k + n - j
			}
			local := *e
			local.code = c
			e = &local
		}
		n += s.kinWord(k+n, e.code) // "Bosnian Serbs": Bosnia's, of Serb kin
		p.mod, p.modStart, p.modEnd = e, k, k+n
		k += n
		if s.isPossessive(k) {
			k++
			if s.partyWord(k) { // "Nicaragua's Sandinista government"
				k++
			}
		}
		for roleAdjectives[s.keyAt(k)] { // "Japan's new prime minister"
			k++
		}
		k = s.skipAdjectives(k)
		k += s.compound(k) // "the U.N. war crimes court", "French paper workers"
		n, es = s.match(k)
	}
	if e := find(es, kindAgent); e != nil {
		p.agent, p.agentEnd = e, k+n
		k += n
		n, es = s.match(k)
	}
	if p.agent != nil && p.agent.title && find(es, kindFull, kindShort) == nil && s.lowerWord(k) {
		if hs := s.lowerHolder(k, p.agent.office); hs != nil { // "President obama"
			n, es = 1, hs
		}
	}
	// A name follows a title ("President Xi"), a nationality ("Chinese
	// Xi"), or nothing; not a plain noun ("troops Xi").
	if find(es, kindFull, kindShort) != nil && (p.agent == nil || p.agent.title || p.mod != nil) && !s.nameGoesOn(k, es) {
		if s.nameBefore(k, es) {
			s.others[s.phraseKey(k, k+n)] = true // "Tim Morrison": a later "Morrison" is Tim
		} else {
			p.name, p.nameStart, p.nameEnd = es, k, k+n
		}
	}
	return s.resolve(j, &p)
}

// nameBefore reports whether a surname matched at k follows a capitalised
// word the tables do not know, inside the sentence: then it is someone
// else's surname ("Amrullah Saleh" is not Yemen's Saleh), unless the parse
// reads that word as a verb or a function word ("Erdogan Hosts Zelensky").
func (s *scan) nameBefore(k int, es []entry) bool {
	prev := s.keyAt(k - 1)
	if find(es, kindFull) != nil || k < 1 || !s.capWord(k-1) || calendarWords[prev] || determiners[prev] ||
		notVerbs[prev] || strings.HasSuffix(prev, ".") || s.verbOrFunctionWord(k-1) {
		return false
	}
	n, _ := s.match(k - 1)
	return n == 0 && !s.isPossessive(k-1)
}

// functionWord reports whether the parse tags word k as a word that cannot
// be a given name ("However Trump met Putin", "Meanwhile Xi called").
func (s *scan) functionWord(k int) bool {
	if i := s.parseToken(k); i >= 0 {
		return functionTags[s.parse[i].UPOS]
	}
	return false
}

// verbOrFunctionWord reports whether the parse tags word k as a verb or as
// a word that cannot be part of a name.
func (s *scan) verbOrFunctionWord(k int) bool {
	if i := s.parseToken(k); i >= 0 && s.parse[i].UPOS == "VERB" {
		return true
	}
	return s.functionWord(k)
}

var functionTags = map[string]bool{"ADV": true, "CCONJ": true, "SCONJ": true, "ADP": true, "DET": true,
	"PRON": true, "AUX": true, "PART": true, "INTJ": true}

// nameGoesOn reports whether a surname matched at k is followed by another
// capitalised word the tables do not know: then it is someone else's given
// name or part of another name ("Yusuf Tuggar", "Trump Tower"), unless the
// parse reads that word as a verb or a function word, as in a headline in
// title case ("Erdogan Hosts Zelensky in Istanbul").
func (s *scan) nameGoesOn(k int, es []entry) bool {
	if find(es, kindFull) != nil {
		return false
	}
	n, _ := s.match(k)
	next := k + n
	if !s.capWord(next) || calendarWords[s.keyAt(next)] || s.verbOrFunctionWord(next) {
		return false
	}
	m, _ := s.match(next)
	return m == 0
}

// resolve turns a parsed phrase into a mention.
func (s *scan) resolve(j int, p *phrase) int {
	if p.name != nil {
		if n := s.person(j, p); n > 0 {
			return n
		}
		p.name = nil // not a known person after all: maybe an unknown titled one
	}
	if p.agent != nil && p.agent.title {
		if n := s.spelledName(j, p, p.agentEnd); n > 0 { // "President Dos Sontas"
			return n
		}
	}
	switch {
	case p.agent != nil && p.agent.title && s.unknownName(p.agentEnd) > 0 &&
		(startsUpper(s.toks[p.modOrAgentStart()].text) || p.mod == nil && (s.contextCountry() != "" || s.ofCountry(p.agentEnd+s.unknownName(p.agentEnd)) != "")):
		// "Thai Foreign Minister Sihasak", "spokesman Dmitry Peskov"
		return s.unknown(j, p)
	case p.agent != nil && p.mod != nil:
		return s.modAgent(j, p)
	case p.agent != nil:
		return s.lone(j, p)
	case p.mod != nil:
		return s.modOnly(j, p)
	}
	return 0
}

// modOrAgentStart is the first token of the modifier, or of the agent.
func (p *phrase) modOrAgentStart() int {
	if p.mod != nil {
		return p.modStart
	}
	return p.start
}

// spanStart is where the mention starts: at "the" or "former" when there
// is one.
func (p *phrase) spanStart(j int) int {
	if p.the || p.former {
		return j
	}
	return p.start
}

// person resolves a known person's name, with or without title.
func (s *scan) person(j int, p *phrase) int {
	hint := ""
	if p.mod != nil {
		hint = p.mod.code
	} else if p.agent != nil && p.agent.title {
		hint = s.ofCountry(p.nameEnd) // "King Hassan of Morocco"
	}
	office := ""
	if p.agent != nil {
		office = p.agent.office
	}
	full := find(p.name, kindFull) != nil
	oneWord := p.nameEnd-p.nameStart == 1
	govNext := p.nameEnd < len(s.toks) && governmentWords[s.toks[p.nameEnd].key] // "the Trump administration"
	if (!full || oneWord) && p.mod == nil && p.agent == nil && !s.mentionedBefore(p.name) && commonWords[s.toks[p.nameStart].key] && !govNext {
		return 0
	}
	if !full && p.mod == nil && p.agent == nil && s.placeNamed(p.nameStart, p.nameEnd) {
		return 0 // "a rally in Lagos" is the city, not Chile's President Lagos
	}
	if !full && p.mod == nil && p.agent == nil && s.others[s.phraseKey(p.nameStart, p.nameEnd)] && !s.mentionedBefore(p.name) {
		return 0 // "Morrison" after "Tim Morrison" is Tim, whom the tables lack, not Australia's Scott Morrison
	}
	if govNext && s.toks[p.nameEnd].key == "administration" {
		p.name = presidents(p.name) // "the Obama administration" is a president's
	}
	a, e, ok := s.r.t.resolvePerson(p.name, s.day, hint, office, full, s.persons)
	if !ok && govNext {
		a, e, ok = s.r.t.leaderCountry(p.name, hint)
	}
	if !ok {
		return 0
	}
	if govNext && e != nil && e.person != nil && onePerson(p.name) {
		s.persons[e.person.Name] = true // "Obama" later is the one whose administration it was; not so for the two Bushes
	}
	if p.former {
		a = formerHolder(a)
	}
	rule := RuleFullName
	switch {
	case p.mod != nil || p.agent != nil:
		rule = RuleTitleName
	case !full:
		rule = RuleSurname
	}
	if full || govNext {
		s.persons[e.person.Name] = true // a later "Obama" is the one of "the Obama administration"
	}
	start := p.start
	if p.former {
		start = p.spanStart(j)
	}
	if k := p.nameEnd; govNext && a.Country != "" {
		// "the Trump administration": the government the person leads
		s.add(start, k+1, dyad.NewActor(a.Country, "GOV", "", ""), withUser(RuleLeaderGov, e))
		return k + 1 - j
	}
	s.add(start, p.nameEnd, a, withUser(rule, e))
	s.remember(p.nameStart, p.nameEnd, a)
	return p.nameEnd - j
}

// governmentWords follow a leader's name to name the government they lead.
var governmentWords = map[string]bool{"administration": true, "government": true, "cabinet": true}

// mentionedBefore reports whether one of the people a name can mean was
// named in full earlier in the article.
func (s *scan) mentionedBefore(es []entry) bool {
	for _, e := range es {
		if e.person != nil && s.persons[e.person.Name] {
			return true
		}
	}
	return false
}

// remember keeps the words of a person's name, so that "Sihasak" later
// resolves to the person named in full before.
func (s *scan) remember(j, k int, a dyad.Actor) {
	for i := j; i < k; i++ {
		if s.capWord(i) && len(s.toks[i].key) > 2 {
			s.names[s.toks[i].key] = a
		}
	}
}

// earlierName resolves a capitalised word that was part of a person's
// name earlier in the article.
func (s *scan) earlierName(j int) bool {
	if !s.capWord(j) {
		return false
	}
	a, ok := s.names[s.toks[j].key]
	if !ok {
		return false
	}
	s.add(j, j+1, a, RuleEarlierName)
	return true
}

// honorific resolves "Mr Xi": an honorific and a known surname. It returns
// the tokens used, or 0.
func (s *scan) honorific(j int) int {
	n, es := s.match(j) // "Mr" or "Mr ."
	if n == 0 || find(es, kindHonor) == nil {
		return 0
	}
	n2, es2 := s.match(j + n)
	if n2 == 0 || find(es2, kindFull, kindShort) == nil {
		if a, ok := s.names[s.keyAt(j+n)]; ok && s.capWord(j+n) { // "Mr Bessent", named in full before
			s.add(j, j+n+1, a, RuleEarlierName)
			return n + 1
		}
		return 0
	}
	if k := j + n + n2; s.capWord(k) && !calendarWords[s.keyAt(k)] {
		return 0 // "Dr. Charles Carson": the known surname is someone else's given name
	}
	a, e, ok := s.r.t.resolvePerson(es2, s.day, "", "", false, s.persons)
	if !ok {
		return 0
	}
	s.add(j, j+n+n2, a, withUser(RuleHonorific, e))
	return n + n2
}

// unknownName returns how many capitalised words at j form a name the
// tables do not know (at most four), or 0.
func (s *scan) unknownName(j int) int {
	n := 0
	for k := j; k < len(s.toks) && n < 4; k++ {
		if !s.capWord(k) || !hasLetter(s.toks[k].text) || calendarWords[s.toks[k].key] {
			break
		}
		if m, es := s.match(k); m > 0 && find(es, kindName, kindDemonym, kindOrg, kindCapital, kindSeat, kindAgent) != nil {
			break
		}
		n++
	}
	return n
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 0x7f }) >= 0
}

// unknown resolves a titled person the tables do not know: "Thai Foreign
// Minister Sihasak Phuangketkeow" is THA GOV with the name kept.
func (s *scan) unknown(j int, p *phrase) int {
	n := s.unknownName(p.agentEnd)
	country := s.ofCountry(p.agentEnd + n) // "King Hassan of Morocco"
	if country == "" {
		country = s.contextCountry()
	}
	if p.mod != nil {
		country = p.mod.code
	}
	if country == "" {
		return 0
	}
	var name []string
	for k := p.agentEnd; k < p.agentEnd+n; k++ {
		name = append(name, s.toks[k].text)
	}
	sector := p.agent.sector
	if p.mod != nil && p.mod.kind == kindOrg && p.mod.sector != "" { // "Taliban spokesman Zabihullah Mujahid"
		sector = sectorOn(p.mod.display, p.mod.sector, s.day)
	}
	a := dyad.NewActor(country, sector, strings.Join(name, " "), p.agent.role)
	s.add(p.modOrAgentStart(), p.agentEnd+n, a, withUser(RuleUnknownName, p.agent))
	s.remember(p.agentEnd, p.agentEnd+n, a)
	return p.agentEnd + n - j
}

// modAgent resolves a nationality with a title or agent: "the Canadian
// prime minister" (the office-holder on the day), "Israeli troops".
func (s *scan) modAgent(j int, p *phrase) int {
	country, e := p.mod.code, p.agent
	if p.agent.office != "" && s.r.t.isCountry(country) && p.mod.kind != kindOrg { // "Hezbollah leader" is the group's, not Lebanon's
		a, ok := s.r.t.officeHolder(country, e.office, s.day)
		if !ok {
			a = dyad.NewActor(country, e.sector, "", e.role)
		}
		if p.former {
			a = dyad.NewActor(country, "ELI", "", "former "+e.role)
		}
		s.add(p.spanStart(j), p.agentEnd, a, p.spelt(withUser(RuleRolePhrase, e)))
		return p.agentEnd - j
	}
	if n := s.proxy(j, p); n > 0 { // "Israel's militia ally in southern Lebanon"
		return n
	}
	sector := e.sector
	if p.mod.sector != "" && p.mod.kind == kindOrg {
		sector = sectorOn(p.mod.display, p.mod.sector, s.day) // "Taliban fighters" out of power are rebels
	}
	a := dyad.NewActor(country, sector, "", e.role)
	s.add(p.spanStart(j), p.agentEnd, a, p.spelt(withUser(RuleNationality, e)))
	return p.agentEnd - j
}

// spelt adds to rule the word a misspelt modifier stands for.
func (p *phrase) spelt(rule string) string {
	if p.mod != nil && p.mod.spelling != "" {
		return rule + " (misspelling of " + p.mod.spelling + ")"
	}
	return rule
}

// standAlone are the sectors whose agent nouns are actors even without a
// nationality, taking the country from the context ("riot police").
var standAlone = map[string]bool{dyad.SectorPolice: true, dyad.SectorMilitary: true, dyad.SectorRebels: true,
	dyad.SectorProtesters: true, dyad.SectorOpposition: true, dyad.SectorLegislature: true,
	dyad.SectorJudiciary: true, dyad.SectorRefugees: true}

// lone resolves a title or agent with no nationality: a short reference
// back to the last fitting actor ("the president"), or an agent whose
// country comes from the context ("riot police").
func (s *scan) lone(j int, p *phrase) int {
	e := p.agent
	if n := s.agentOf(j, p); n > 0 { // "the government of Canada"
		return n
	}
	if (e.office != "" || e.title && e.role != "") && p.the && !s.isWord(p.agentEnd, "of") {
		// The last person whose title is the word used ("the premier": Li
		// Qiang, Premier), else the last whose role fits.
		title := s.phraseKey(p.start, p.agentEnd)
		m := s.lastMention(func(m *dyad.Mention) bool {
			return m.Actor.Name != "" && roleFits(e, m.Actor.Role) && s.r.t.hasTitle(m.Actor, title)
		})
		if m == nil {
			m = s.lastMention(func(m *dyad.Mention) bool { return m.Actor.Name != "" && roleFits(e, m.Actor.Role) })
		}
		if m != nil {
			s.add(j, p.agentEnd, m.Actor, RuleShortRef)
			return p.agentEnd - j
		}
		if c := s.contextCountry(); c != "" && e.office != "" {
			if a, ok := s.r.t.officeHolder(c, e.office, s.day); ok {
				s.add(j, p.agentEnd, a, RuleShortRef)
				return p.agentEnd - j
			}
		}
		return p.agentEnd - j
	}
	if e.title && s.lowerWord(p.agentEnd-1) && s.modifiesNext(p.agentEnd-1) {
		return 0 // "a general license": a title word used as an adjective
	}
	if s.agreementSense(p.spanStart(j), p.agentEnd) {
		return p.agentEnd - j // "a peaceful settlement in Afghanistan" is an agreement, not its residents
	}
	if c := s.agentWhere(p.spanStart(j), p.agentEnd, e.sector); c != "" { // "students throughout Indonesia"
		s.add(p.spanStart(j), p.agentEnd, dyad.NewActor(c, e.sector, "", e.role), withUser(RuleAgentWhere, e))
		return p.agentEnd - j
	}
	if !e.curated || !standAlone[e.sector] || s.isWord(p.agentEnd, "of") || modifiedNouns[s.keyAt(p.agentEnd)] || s.isWord(j-1, "domestic") || s.isWord(j-1, outsiders...) ||
		s.adjectiveModifier(p.agentEnd-1) || s.firstPersonOwned(p.spanStart(j)) {
		return 0 // "domestic opposition" is of whoever the sentence is about, which the context cannot tell
	}
	c := s.contextCountry()
	if c == "" {
		return 0
	}
	s.add(p.spanStart(j), p.agentEnd, dyad.NewActor(c, e.sector, "", e.role), withUser(RuleContextAgent, e))
	return p.agentEnd - j
}

// outsiders before an agent noun say the agents are not of the place
// where they are: "foreign troops in Afghanistan", "the European
// Parliament", "international forces in Mali".
var outsiders = []string{"foreign", "international", "western", "european", "multinational", "allied", "coalition", "outside"}

// agreementSense reports whether the agent noun of tokens [j, end) is a
// settlement in the sense of an agreement, which an adjective of
// agreementAdjectives before it tells: "a peaceful settlement in
// Afghanistan", "a negotiated settlement".
func (s *scan) agreementSense(j, end int) bool {
	return agreementNouns[s.keyAt(end-1)] && agreementAdjectives[s.keyAt(j-1)]
}

// agreementNouns name residents and also agreements; agreementAdjectives
// before them choose the agreement.
var (
	agreementNouns      = set("settlement", "settlements")
	agreementAdjectives = set("peaceful", "political", "negotiated", "diplomatic", "final", "lasting", "comprehensive",
		"durable", "just", "peace", "amicable", "overall", "legal", "out-of-court", "financial")
)

// firstPersonOwned reports whether the agent noun phrase starting at token
// j belongs to the speaker or writer: "our", "my" or "your" before it,
// perhaps across a few lower-case modifiers ("our last troops"). Their
// country is the speaker's, not the place's: "In Afghanistan, our troops
// took Taliban strongholds".
func (s *scan) firstPersonOwned(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if s.isWord(k, "our", "my", "your") {
			return true
		}
		if !s.lowerWord(k) || determiners[s.keyAt(k)] {
			return false
		}
	}
	return false
}

// adjectiveModifier reports whether the parse makes word k an adjective
// modifying a noun: then an agent word is a plain adjective ("a general
// license", "a military parade" is the noun's).
func (s *scan) adjectiveModifier(k int) bool {
	i := s.parseToken(k)
	return i >= 0 && s.parse[i].UPOS == "ADJ" && s.parse[i].Deprel == "amod"
}

// roleFits reports whether a person's role on the day fits a title used
// alone: "the premier" fits a head of government, "the leader" either head,
// "the minister" any minister.
func roleFits(e *entry, role string) bool {
	switch e.office {
	case "LEADER":
		return strings.Contains(role, "head of")
	case "HOS":
		return strings.Contains(role, "head of state")
	case "HOG":
		return strings.Contains(role, "head of government") || strings.Contains(role, "head of state and government")
	case "FM", "DM":
		return strings.Contains(role, e.role)
	}
	return role != "" && strings.Contains(role, e.role)
}

// modOnly resolves a country or organisation named alone: "Canada", "the
// US", "NATO", "Canadians". A nationality adjective before a noun it does
// not make an actor ("the Chinese capital") is not a mention.
func (s *scan) modOnly(j int, p *phrase) int {
	e := p.mod
	if e.kind == kindName || e.kind == kindDemonym {
		if n, sector, ok := s.namedBody(p.modEnd); ok { // "the Nigerian Union of Teachers"
			s.add(p.spanStart(j), p.modEnd+n, dyad.NewActor(e.code, sector, "", ""), withUser(RuleNamedBody, e))
			return p.modEnd + n - j
		}
	}
	if e.kind == kindName || e.kind == kindDemonym {
		if ag := s.sharedAgent(p.modEnd); ag != nil { // "US and British activists"
			a := dyad.NewActor(e.code, ag.sector, "", ag.role)
			s.add(p.spanStart(j), p.modEnd, a, withUser(RuleSharedAgent, ag))
			return p.modEnd - j
		}
	}
	if e.kind == kindName && p.modStart > 0 && s.toks[p.modStart-1].key == "new" && s.capWord(p.modStart-1) {
		return 0 // "New Jersey", "New Mexico", "New England": a place named after the country ("New Zealand" is a name of its own)
	}
	name, rule := "", RuleCountry
	switch e.kind {
	case kindOrg:
		name, rule = e.display, RuleOrg
	case kindDemonym:
		n := p.modEnd // the noun the nationality word modifies
		if placeModifiers[s.keyAt(n)] && s.lowerWord(n) && (placeNouns[s.keyAt(n+1)] || actionNouns[s.keyAt(n+1)] != "") {
			n++ // "Iranian nuclear sites", "Cambodian military positions"
		}
		if sector, ok := actionNouns[s.keyAt(n)]; ok && !p.the { // "Israeli shelling"
			s.add(p.modStart, p.modEnd, dyad.NewActor(e.code, sector, "", ""), withUser(RuleAction, e))
			return p.modEnd - j
		}
		if placeNouns[s.keyAt(n)] { // "shelled Iraqi towns", "the Bosnian town of Gorazde"
			s.add(p.modStart, p.modEnd, dyad.NewActor(e.code, dyad.SectorCivilians, "", ""), withUser(RulePlace, e))
			return p.modEnd - j
		}
		// "Canadians", "the Chinese"; not "Chinese capital", "English (US)".
		plural := strings.HasSuffix(s.toks[p.modEnd-1].key, "s")
		if !p.the && !plural || !plural && s.lowerWord(p.modEnd) || s.capWord(p.modEnd) {
			return 0
		}
		rule = RuleDemonym
	}
	a := dyad.NewActor(e.code, sectorOn(name, e.sector, s.day), name, "")
	s.add(p.spanStart(j), p.modEnd, a, withUser(rule, e))
	return p.modEnd - j
}

// phraseKey returns the folded words [j, k) joined by spaces.
func (s *scan) phraseKey(j, k int) string {
	keys := make([]string, 0, k-j)
	for i := j; i < k; i++ {
		keys = append(keys, s.toks[i].key)
	}
	return strings.Join(keys, " ")
}

// keyAt returns the folded form of token j, or "".
func (s *scan) keyAt(j int) string {
	if j < 0 || j >= len(s.toks) {
		return ""
	}
	return s.toks[j].key
}
