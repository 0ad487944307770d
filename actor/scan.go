package actor

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dyad"
	"dyad/fold"
)

// tok is one word of the sentence being scanned.
type tok struct {
	span dyad.Span
	text string
	key  string // fold.Key(text)
}

// scan is the state of resolving one article: the mentions so far, which
// later pronouns and short references point back to.
type scan struct {
	r        *Resolver
	a        *dyad.Analysis
	day      time.Time
	mentions []dyad.Mention
	subject  []bool // subject[i] says mentions[i] stands before its verb
	sent     int
	toks     []tok
	matches  []matched             // matches[j] caches match(j) for the current sentence
	words    []dyad.Span           // a buffer for the sentence's word spans
	parse    []dyad.Token          // the sentence's parsed tokens, or nil
	names    map[string]dyad.Actor // folded name words of people given earlier -> actor
	persons  map[string]bool       // names of people named in full earlier
	others   map[string]bool       // surnames of people the tables lack named earlier ("Tim Morrison")
}

func newScan(r *Resolver, a *dyad.Analysis) *scan {
	return &scan{r: r, a: a, day: dayOf(a), names: map[string]dyad.Actor{}, persons: map[string]bool{},
		others: map[string]bool{}}
}

// sentence resolves the mentions of sentence i.
func (s *scan) sentence(i int) {
	s.sent = i
	s.tokens(s.a.Sentences[i])
	for j := 0; j < len(s.toks); {
		if n := s.at(j); n > 0 {
			j += n
			continue
		}
		j++
	}
}

// tokens fills s.toks with the sentence's words. They always come from
// Words, so that phrases match the tables however the NLP stage tokenized
// ("Kosiniak-Kamysz" is one word); the NLP stage's tokens, when they carry a
// parse, are kept in s.parse for the rules that read it.
func (s *scan) tokens(sent dyad.Sentence) {
	text := s.a.Article.Text
	s.toks = s.toks[:0]
	s.matches = s.matches[:0]
	s.parse = nil
	for _, t := range sent.Tokens {
		if t.Deprel != "" {
			s.parse = sent.Tokens
			break
		}
	}
	if sent.Span.Validate(len(text)) != nil {
		return
	}
	base := sent.Span.Start
	s.words = appendWords(s.words[:0], text[sent.Span.Start:sent.Span.End])
	for _, w := range s.words {
		sp := dyad.Span{Start: base + w.Start, End: base + w.End}
		tt := text[sp.Start:sp.End]
		key := fold.Key(tt)
		if strings.Contains(key, "-") && s.splitCompound(sp, tt, key) {
			continue
		}
		if p, ok := strings.CutSuffix(key, "-led"); ok && s.isNationWord(p, tt) {
			if i := strings.LastIndexByte(tt, '-'); i > 0 { // "Vietnamese-led forces": the nation leads
				key, tt = p, tt[:i]
			}
		}
		s.toks = append(s.toks, tok{span: sp, text: tt, key: key})
	}
	if cap(s.matches) < len(s.toks) {
		s.matches = make([]matched, len(s.toks))
	} else {
		s.matches = s.matches[:len(s.toks)]
		clear(s.matches)
	}
}

// splitCompound adds the parts of a hyphenated word as tokens when the
// word is no phrase of its own and every part names a country
// ("US-China", "China-Canada"), and reports whether it did.
func (s *scan) splitCompound(sp dyad.Span, text, key string) bool {
	t := s.r.t
	if t.phrases[key] != nil {
		return false
	}
	parts := strings.Split(text, "-")
	for _, p := range parts {
		n := t.phrases[fold.Key(p)]
		if n == nil || find(n.es, kindName, kindDemonym) == nil || !startsUpper(p) {
			return false
		}
	}
	off := sp.Start
	for i, p := range parts {
		if i > 0 {
			s.toks = append(s.toks, tok{span: dyad.Span{Start: off, End: off + 1}, text: "-", key: "-"})
			off++
		}
		s.toks = append(s.toks, tok{span: dyad.Span{Start: off, End: off + len(p)}, text: p, key: fold.Key(p)})
		off += len(p)
	}
	return true
}

// isNationWord reports whether the folded word key, the start of text,
// names a country or its people ("US", "Vietnamese").
func (s *scan) isNationWord(key, text string) bool {
	n := s.r.t.phrases[key]
	return n != nil && find(n.es, kindName, kindDemonym) != nil && startsUpper(text)
}

// parseToken returns the index in s.parse of the parsed token holding the
// last byte of word j, or -1.
func (s *scan) parseToken(j int) int {
	last := s.toks[j].span.End - 1
	for i, t := range s.parse {
		if t.Span.Start <= last && last < t.Span.End {
			return i
		}
	}
	return -1
}

// match returns the longest phrase starting at token j whose meanings fit
// the text's case, as its length in tokens and those meanings.
func (s *scan) match(j int) (int, []entry) {
	if j < 0 || j >= len(s.toks) {
		return 0, nil
	}
	if m := &s.matches[j]; m.done {
		return m.n, m.es
	}
	n, es := s.longest(j)
	s.matches[j] = matched{done: true, n: n, es: es}
	return n, es
}

// matched is the remembered result of match at one token.
type matched struct {
	done bool
	n    int
	es   []entry
}

// longest does the work of match.
func (s *scan) longest(j int) (int, []entry) {
	t := s.r.t
	bestN, best := 0, []entry(nil)
	key := ""
	for k := j; k < len(s.toks) && k-j < t.maxWords; k++ {
		if k == j {
			key = s.toks[k].key
		} else {
			key += " " + s.toks[k].key
		}
		n := t.phrases[key]
		if n == nil {
			break
		}
		if len(n.es) > 0 {
			if fit := s.fitCase(j, k+1, n.es); len(fit) > 0 {
				bestN, best = k+1-j, fit
			}
		}
		if !n.prefix {
			break
		}
	}
	if bestN == 0 {
		if es := s.misspelt(j); es != nil { // "Afganistan"
			return 1, es
		}
	}
	if bestN == 1 && s.toks[j].key == "congo" { // which Congo?
		best = s.congo(best)
	}
	return bestN, best
}

// fitCase keeps the meanings whose case rules the text [j, k) obeys: names
// start with a capital, acronyms are all capitals.
func (s *scan) fitCase(j, k int, es []entry) []entry {
	first := s.toks[j].text
	upper := startsUpper(first) || articleName(first)
	caps := true
	for i := j; i < k; i++ {
		if !isAcronym(s.toks[i].text) {
			caps = false
		}
	}
	titled := true // every content word capitalised: "Islamic State", not "Islamic state"
	for i := j + 1; i < k; i++ {
		if w := s.toks[i]; !startsUpper(w.text) && !nameParticle(w.key) && hasLetter(w.text) {
			titled = false
		}
	}
	// "iSrael": a word in an odd mix of cases is a slip of the keyboard.
	odd := k == j+1 && !startsUpper(first) && strings.IndexFunc(first, unicode.IsUpper) > 0
	// "tunisian rioters": a nationality word in lower case before a
	// standing agent noun.
	low := k == j+1 && s.lowerWord(j) && s.agentAt(k)
	fits := func(e *entry) bool {
		return e.kind == kindAgent || !(e.exact && !caps) && upper && titled ||
			(odd || low && e.kind == kindDemonym) && !e.exact && (e.kind == kindName || e.kind == kindDemonym)
	}
	all := true
	for i := range es {
		all = all && fits(&es[i])
	}
	if all {
		return es // the common case, with nothing to copy
	}
	var out []entry
	for i := range es {
		if fits(&es[i]) {
			out = append(out, es[i])
		}
	}
	return out
}

// agentAt reports whether a lower-case agent noun of a sector that stands
// alone (police, troops, rebels, protesters...) starts at token k.
func (s *scan) agentAt(k int) bool {
	if !s.lowerWord(k) {
		return false
	}
	_, es := s.match(k)
	e := find(es, kindAgent)
	return e != nil && e.curated && standAlone[e.sector]
}

// nameParticle reports whether a lower-case word may stand inside a name:
// "Bosnia and Herzegovina", "Côte d'Ivoire", "Ursula von der Leyen",
// "Ahmed al-Sharaa", "Democratic People's Republic of Korea", "Committee
// to Protect Journalists".
func nameParticle(key string) bool {
	switch key {
	case "of", "the", "and", "de", "da", "do", "dos", "du", "des", "la", "le", "los", "las", "del", "della", "di",
		"von", "van", "der", "den", "ter", "bin", "ibn", "bint", "al", "el", "y", "e", "-", "'s", "’s",
		"for", "in", "to": // "Organization for Security and Co-operation in Europe"
		return true
	}
	return strings.HasPrefix(key, "d'") || strings.HasPrefix(key, "al-") || strings.HasPrefix(key, "el-") ||
		strings.HasPrefix(key, "ad-") || strings.HasPrefix(key, "as-") || strings.HasPrefix(key, "ash-")
}

// articleName reports whether a word is a capitalised name after a
// lower-case Arabic article, as news writes many: "al-Qaeda", "al-Shabab",
// "el-Sisi".
func articleName(w string) bool {
	for _, a := range []string{"al-", "el-", "ad-", "as-", "ash-", "an-", "at-", "az-"} {
		if rest, ok := strings.CutPrefix(w, a); ok {
			return startsUpper(rest)
		}
	}
	return false
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// find returns the first meaning of one of the kinds, or nil.
func find(es []entry, kinds ...string) *entry {
	for _, k := range kinds {
		for i := range es {
			if es[i].kind == k {
				return &es[i]
			}
		}
	}
	return nil
}

// isWord reports whether token j is a word with the folded form w.
func (s *scan) isWord(j int, ws ...string) bool {
	if j < 0 || j >= len(s.toks) {
		return false
	}
	for _, w := range ws {
		if s.toks[j].key == w {
			return true
		}
	}
	return false
}

func (s *scan) isPossessive(j int) bool { return s.isWord(j, "'s", "’s") }

// add records a mention over tokens [j, k).
func (s *scan) add(j, k int, a dyad.Actor, rule string) {
	if was, ok := partOf(a.Country, s.day); ok { // "Eritrean rebels" in 1990
		a.Country, a.Code = was, was+a.Sector
		rule += " (part of " + was + " on the day)"
	}
	sp := dyad.Span{Start: s.toks[j].span.Start, End: s.toks[k-1].span.End}
	s.mentions = append(s.mentions, dyad.Mention{Text: s.a.Article.Text[sp.Start:sp.End], Span: sp,
		Sentence: s.sent, Actor: a, Rule: rule})
	s.subject = append(s.subject, s.isSubject(k))
}

// isSubject reports whether the words ending before token k look like a
// verb's subject: the parse says nsubj, or a verb follows ("Carney told",
// "Trump imposed", "Xi has said").
func (s *scan) isSubject(k int) bool {
	if i := s.parseToken(k - 1); i >= 0 {
		return strings.HasPrefix(s.parse[i].Deprel, "nsubj")
	}
	if !s.lowerWord(k) {
		return false
	}
	w := s.toks[k].key
	return auxVerbs[w] || pastVerbs[w] || !notVerbs[w] && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s"))
}

// withUser appends the user dictionary that decided e to rule.
func withUser(rule string, e *entry) string {
	if e != nil && e.spelling != "" {
		rule += " (misspelling of " + e.spelling + ")"
	}
	if e != nil && e.user != "" {
		rule += " (" + e.user + ")"
	}
	return rule
}

// lastMention returns the most recent mention within the last few
// sentences for which ok holds.
func (s *scan) lastMention(ok func(m *dyad.Mention) bool) *dyad.Mention {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if s.sent-m.Sentence > 3 {
			return nil
		}
		if ok(m) {
			return m
		}
	}
	return nil
}

// contextCountry returns the country of the most recent mention of a
// country (not an organisation) in this sentence, else the country of a
// place named in this sentence ("in Tbilisi"), else that of the most recent
// country mention in the last few sentences, else "".
func (s *scan) contextCountry() string {
	m := s.lastMention(func(m *dyad.Mention) bool {
		e, ok := s.r.t.entities[m.Actor.Country]
		return ok && !e.Org
	})
	if m != nil && m.Sentence == s.sent {
		return m.Actor.Country
	}
	if c := s.placeCountry(); c != "" { // "protesters marched through Nairobi"
		return c
	}
	if m != nil {
		return m.Actor.Country
	}
	return ""
}

// placeCountry returns the country of the first sizeable place named after
// a locative preposition in the current sentence ("in Tbilisi"), or "".
func (s *scan) placeCountry() string {
	return s.placeCountryAfter(placePrepositions)
}

// residencePrepositions say where people live, not where they go:
// "ethnic Albanians in Serbia", not "to send them back to Bulgaria".
var residencePrepositions = set("in", "inside", "throughout", "across", "at", "near", "outside", "from", "of")

// placeCountryAfter returns the country of the first sizeable place named
// after one of the prepositions preps in the current sentence, or "".
func (s *scan) placeCountryAfter(preps map[string]bool) string {
	for i := 0; i+1 < len(s.toks); i++ {
		if !preps[s.toks[i].key] {
			continue
		}
		if c := s.placeAt(i + 1); c != "" {
			return c
		}
	}
	return ""
}

// placeAt returns the country of the place named at token i, after a
// preposition: a country or region ("Georgia", "Darfur"), a capital, or a
// sizeable place of the gazetteer ("Kuala Lumpur"), with an optional
// direction word before it ("south Serbia"); else "".
func (s *scan) placeAt(i int) string {
	if s.isWord(i, "the") {
		i++
	}
	if directionWords[s.keyAt(i)] && s.lowerWord(i) && i+1 < len(s.toks) { // "in south Serbia", not "in North Korea"
		i++
	}
	if !s.capWord(i) {
		return ""
	}
	k := i
	for k < len(s.toks) && k-i < 3 && s.capWord(k) {
		k++
	}
	if n, es := s.match(i); n > 0 { // "in Georgia", "in Gaza"
		if e := find(es, kindName, kindCapital, kindRegion); e != nil && s.r.t.isCountry(e.code) {
			return e.code // "in Darfur"
		}
	}
	for end := k; end > i; end-- { // the longest name first: "Kuala Lumpur"
		name := s.a.Article.Text[s.toks[i].span.Start:s.toks[end-1].span.End]
		if p, ok := s.r.places().Best(name); ok && (p.Population >= 100000 || p.Feature == "PPLC" || p.Feature == "PPLA") {
			return p.Country
		}
	}
	return ""
}

// directionWords may stand between a preposition and a place: "in south
// Serbia", "in northern Iraq".
var directionWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
	"northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
	"south-eastern", "south-western")

// entityName returns the display name of a country or organisation code.
func (s *scan) entityName(code string) string {
	if e, ok := s.r.t.entities[code]; ok {
		return e.Name
	}
	return ""
}

// lowerWord reports whether token j is a word starting with a lower-case
// letter.
func (s *scan) lowerWord(j int) bool {
	if j < 0 || j >= len(s.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.toks[j].text)
	return unicode.IsLower(r)
}

// capWord reports whether token j is a capitalised word.
func (s *scan) capWord(j int) bool {
	if j < 0 || j >= len(s.toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.toks[j].text)
	return unicode.IsUpper(r) && !strings.ContainsAny(s.toks[j].text, "“”\"")
}
