package quote

import (
	"sort"
	"strings"

	"dyad"
)

// The rules of the mentions the finder adds for the names the actor stage
// left unresolved, by what the name's words tell it names; their speakers
// carry no actor.
const (
	unknownNameRule  = "quote: name no table knows"  // a person: "Hawk Sawyer"
	unknownBodyRule  = "quote: body no table knows"  // "Swedish Prosecution Authority"
	unknownPlaceRule = "quote: place no table knows" // "Central Park"
)

// unknownRule returns the rule for an unresolved name: a body if one of
// its words names an organisation, a place if one names a place, else a
// person.
func unknownRule(name string) string {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch {
		case bodyWords[w]:
			return unknownBodyRule
		case placeWords[w]:
			return unknownPlaceRule
		}
	}
	return unknownNameRule
}

// unknown reports whether m is a mention the finder added.
func unknown(m *dyad.Mention) bool {
	return m.Rule == unknownNameRule || m.Rule == unknownBodyRule || m.Rule == unknownPlaceRule
}

// bodyWords name organisations: a name holding one speaks for a body.
var bodyWords = set("authority", "commission", "ministry", "office", "party", "council", "court",
	"department", "agency", "institute", "institution", "centre", "center", "university", "college",
	"bank", "foundation", "association", "company", "corporation", "corp", "inc", "ltd", "group",
	"committee", "service", "police", "army", "navy", "military", "government", "administration",
	"federation", "union", "organization", "organisation", "board", "bureau", "network", "alliance",
	"coalition", "league", "club", "parliament", "assembly", "congress", "senate", "embassy", "forces",
	"tribunal", "prosecution", "partnership", "trust", "fund", "network", "records", "studios", "times",
	"post", "news", "journal", "television", "radio", "press", "media", "federation", "society")

// placeWords name places, which say nothing.
var placeWords = set("park", "street", "square", "river", "island", "islands", "mountain", "mountains",
	"county", "province", "valley", "lake", "sea", "ocean", "bay", "airport", "station", "bridge", "road",
	"avenue", "palace", "prison", "hospital", "stadium", "arena", "camp", "gardens", "strait", "gulf")

// set returns the set of words ws.
func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// maxNameWords is the most capitalised words a name takes.
const maxNameWords = 4

// addUnknownNames adds to d.mentions a mention for every run of two to
// four capitalised words outside quotations that no mention touches
// ("Hawk Sawyer", "Michael Figgins"), for each later use of such a name's
// last word alone ("Sawyer"), and for each indefinite phrase that names a
// person by a noun ("one mother"), so that a pronoun or a continued
// quotation can lead back to a person no table knows, as to any other.
func (d *doc) addUnknownNames() {
	covered := d.coveredTokens()
	added, surnames := d.unknownNames(covered)
	added = append(added, d.surnameUses(covered, surnames)...)
	added = append(added, d.unnamedPeople(covered)...)
	if len(added) == 0 {
		return
	}
	d.mentions = append(d.mentions, added...)
	sort.SliceStable(d.mentions, func(i, j int) bool {
		a, b := d.mentions[i].Span, d.mentions[j].Span
		return a.Start < b.Start || a.Start == b.Start && a.End > b.End
	})
}

// coveredTokens returns, for each plain token, whether a mention touches it.
func (d *doc) coveredTokens() []bool {
	inMention := make([]bool, len(d.text))
	for _, m := range d.mentions {
		for k := m.Span.Start; k < m.Span.End; k++ {
			inMention[k] = true
		}
	}
	covered := make([]bool, len(d.plainToks))
	for i, t := range d.plainToks {
		for k := t.span.Start; k < t.span.End && !covered[i]; k++ {
			covered[i] = inMention[k]
		}
	}
	return covered
}

// named is a name the finder found, by the surname it may be used by alone.
type named struct {
	name string
	end  int // end is where the full name was first given.
}

// unknownNames returns a mention for every name run no mention touches,
// marking its tokens covered, and the surnames of those names.
func (d *doc) unknownNames(covered []bool) ([]dyad.Mention, map[string]named) {
	var added []dyad.Mention
	surnames := map[string]named{}
	for i := 0; i < len(d.plainToks); i++ {
		n := d.nameRun(covered, i)
		if n == 0 {
			continue
		}
		span := dyad.Span{Start: d.plainToks[i].span.Start, End: trimPossessive(d.text, d.plainToks[i+n-1].span)}
		name := span.In(d.text)
		added = append(added, dyad.Mention{Text: name, Span: span, Actor: dyad.Actor{Name: name}, Rule: unknownRule(name)})
		sur := d.surname(i, n)
		if _, seen := surnames[sur]; !seen && sur != "" && !isPronoun(strings.ToLower(sur)) && !notNames[strings.ToLower(sur)] {
			surnames[sur] = named{name, span.End}
		}
		for k := i; k < i+n; k++ {
			covered[k] = true
		}
		i += n - 1
	}
	return added, surnames
}

// surnameUses returns a mention for every use of a surname alone after
// its full name was given ("Sawyer" after "Hawk Sawyer").
func (d *doc) surnameUses(covered []bool, surnames map[string]named) []dyad.Mention {
	var out []dyad.Mention
	for i, t := range d.plainToks {
		end := trimPossessive(d.text, t.span)
		n, ok := surnames[d.text[t.span.Start:end]]
		if !ok || covered[i] || !t.capitalised() || t.span.Start < n.end {
			continue
		}
		span := dyad.Span{Start: t.span.Start, End: end}
		out = append(out, dyad.Mention{Text: span.In(d.text), Span: span, Actor: dyad.Actor{Name: n.name}, Rule: unknownRule(n.name)})
	}
	return out
}

// personNouns are nouns that name a person without a name, with the
// pronoun that refers to them ("" for either).
var personNouns = map[string]string{
	"mother": "she", "woman": "she", "girl": "she", "wife": "she", "daughter": "she", "sister": "she",
	"grandmother": "she", "father": "he", "man": "he", "boy": "he", "husband": "he", "son": "he",
	"brother": "he", "grandfather": "he", "user": "", "resident": "", "commenter": "", "witness": "",
	"student": "", "teacher": "", "worker": "", "voter": "", "neighbor": "", "neighbour": "", "parent": "",
	"customer": "", "passenger": "", "survivor": "", "protester": "", "employee": "", "farmer": "",
	"nurse": "", "doctor": "", "shopper": "", "driver": "", "fan": "", "viewer": "", "reader": "",
}

// unnamedPeople returns a mention for every indefinite phrase that names
// a person by a noun ("one mother", "a local resident"), so that a
// pronoun can lead back to someone the article never names.
func (d *doc) unnamedPeople(covered []bool) []dyad.Mention {
	var out []dyad.Mention
	ts := d.plainToks
	for i := 0; i+1 < len(ts); i++ {
		if !ts[i].is("a", "an", "one", "another") || covered[i] {
			continue
		}
		for k := i + 1; k < len(ts) && k <= i+3 && ts[k].word && ts[k].text == ts[k].lower && !covered[k]; k++ {
			if _, ok := personNouns[ts[k].lower]; ok {
				span := dyad.Span{Start: ts[i].span.Start, End: ts[k].span.End}
				out = append(out, dyad.Mention{Text: span.In(d.text), Span: span, Actor: dyad.Actor{Name: span.In(d.text)}, Rule: unknownNameRule})
				i = k
				break
			}
		}
	}
	return out
}

// nameRun returns how many tokens from plainToks[i] make a name of
// capitalised words that no mention touches: words of one line, separated
// by single spaces (an initial keeps its dot: "Mary E. Lovely"), none a
// speech verb or a word that opens a sentence without naming. It returns
// 0 for a single word and for a run too long to be a name.
func (d *doc) nameRun(covered []bool, i int) int {
	ts := d.plainToks
	if covered[i] || !ts[i].capitalised() || notNames[ts[i].lower] || isPronoun(ts[i].lower) {
		return 0
	}
	if i > 0 && ts[i-1].capitalised() && !covered[i-1] && !notNames[ts[i-1].lower] && ts[i].span.Start-ts[i-1].span.End == 1 {
		return 0 // inside a longer run, too long to be a name
	}
	n, words := 1, 1
	for k := i + 1; k < len(ts) && words <= maxNameWords; k++ {
		t := ts[k]
		if t.is(".") && initial(ts[k-1]) && k+1 < len(ts) && t.span.End+1 == ts[k+1].span.Start {
			n++
			continue
		}
		if nameParticles[t.text] && k+1 < len(ts) && ts[k+1].capitalised() && d.text[ts[k-1].span.End:t.span.Start] == " " {
			n++
			continue
		}
		if bodyConnectors[t.text] && bodyWords[ts[k-1].lower] && k+1 < len(ts) && ts[k+1].capitalised() && d.text[ts[k-1].span.End:t.span.Start] == " " {
			n++ // "Centre for Economic Policy Research", "Bank of England"
			continue
		}
		gap := d.text[ts[k-1].span.End:t.span.Start]
		midInitial := initial(t) && k+1 < len(ts) && ts[k+1].is(".") // "Sonya A. Zoghlin"
		if covered[k] || !t.capitalised() || notNames[t.lower] && !midInitial || gap != " " {
			break
		}
		if _, verb := d.lex.lookup(t.lower); verb {
			break
		}
		if strings.HasSuffix(ts[k-1].text, "'s") || strings.HasSuffix(ts[k-1].text, "’s") {
			break // "Sawyer's Bureau"
		}
		n, words = n+1, words+1
	}
	if words < 2 || words > maxNameWords || ts[i+n-1].is(".") || nameParticles[ts[i+n-1].text] {
		return 0 // a headline in title case, not a name
	}
	if rel := d.deprelAt(ts[i+n-1].span); rel == "compound" || rel == "amod" {
		return 0 // a modifier, where the sentence is parsed: "a New York man"
	}
	return n
}

// surname returns the word by which a name of plainToks[i:i+n] is used
// alone later: its last word but a suffix ("Carlineo" of "Patrick W.
// Carlineo Jr."), without a possessive; "" if none.
func (d *doc) surname(i, n int) string {
	for k := i + n - 1; k > i; k-- {
		t := d.plainToks[k]
		if t.word && !initial(t) && !nameSuffixes[t.lower] {
			return d.text[t.span.Start:trimPossessive(d.text, t.span)]
		}
	}
	return ""
}

// nameSuffixes end a name without being its surname.
var nameSuffixes = set("jr", "sr", "ii", "iii", "iv")

// deprelAt returns the dependency relation of the parsed token at s, or ""
// if its sentence carries no parse.
func (d *doc) deprelAt(s dyad.Span) string {
	if toks, i, ok := d.parsedToken(s); ok {
		return toks[i].Deprel
	}
	return ""
}

// initial reports whether t is a capital letter alone: "E" of "Mary E. Lovely".
func initial(t tok) bool { return t.word && len(t.text) == 1 && t.capitalised() }

// abbreviation reports whether t, before a dot, is an initial, a short
// title or suffix of a name, or a dotted abbreviation: "E.", "Jr.",
// "Sen.", "U.S.".
func abbreviation(t tok) bool {
	return initial(t) || nameAbbreviations[t.lower] || t.word && strings.Contains(t.text, ".") // "U.S."
}

// nameAbbreviations are the titles and suffixes written with a dot inside
// a name.
var nameAbbreviations = map[string]bool{
	"jr": true, "sr": true, "dr": true, "mr": true, "mrs": true, "ms": true, "st": true, "sen": true,
	"rep": true, "gov": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "prof": true,
}

// bodyConnectors join the words of a body's name after a body word:
// "Centre for Economic Policy Research", "Department of Justice".
var bodyConnectors = set("of", "for", "on")

// nameParticles are the lower-case words inside a name: "Monica de Bolle",
// "Ursula von der Leyen".
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "del": true, "della": true, "der": true, "den": true, "van": true,
	"von": true, "la": true, "le": true, "du": true, "dos": true, "al": true, "bin": true, "ibn": true, "bint": true,
}

// trimPossessive returns the end of s without a final "'s" or "’s".
func trimPossessive(text string, s dyad.Span) int {
	w := s.In(text)
	for _, p := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, p) && len(w) > len(p) {
			return s.End - len(p)
		}
	}
	return s.End
}
