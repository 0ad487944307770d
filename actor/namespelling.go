package actor

import (
	"strings"
	"unicode/utf8"
)

// A known person's misspelt name resolves to them when the misspelling is
// small and something else agrees: "Francois Mitterand" (the first name
// agrees, the surname is one edit from "Mitterrand") or "President Dos
// Sontas" (the title names an office "Dos Santos" held on the day, the
// surname is two edits away). The surname compared has at least six
// letters; one edit is allowed below nine letters, two from nine on, and
// every person within reach must belong to one country.

// addFirstNames indexes the people by the first word of each written form
// of their name, and by their one-word surname.
func (t *Tables) addFirstNames() {
	t.byFirst = map[string][]nameForm{}
	t.bySurname = map[string][]*Person{}
	for _, p := range t.people {
		if sur := foldPhrase(p.Short); !strings.Contains(sur, " ") && len(strings.Fields(foldPhrase(p.Name))) > 1 {
			t.bySurname[sur] = append(t.bySurname[sur], p)
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			words := strings.Fields(foldPhrase(n))
			if len(words) < 2 {
				continue
			}
			t.byFirst[words[0]] = append(t.byFirst[words[0]], nameForm{rest: strings.Join(words[1:], " "), person: p})
		}
	}
}

// nameForm is a written form of a person's name without its first word.
type nameForm struct {
	rest   string
	person *Person
}

// spelledPerson returns the person a misspelt name over tokens [k, k+n)
// stands for and the number of name tokens used, or nil.
// office is the office a title before the name names, or ""; hint is the
// country a nationality word named, or "".
func (s *scan) spelledPerson(k, n int, office, hint string) (*Person, int) {
	for m := n; m >= 1; m-- {
		if p := s.byFirstName(k, m, hint); p != nil {
			return p, m
		}
		if p := s.bySurname(k, m, office, hint); p != nil {
			return p, m
		}
		if p := s.byOffice(k, m, office, hint); p != nil {
			return p, m
		}
	}
	return nil, 0
}

// byFirstName finds the person whose first name is token k and whose
// other names are within reach of tokens [k+1, k+m).
func (s *scan) byFirstName(k, m int, hint string) *Person {
	if m < 2 {
		return nil
	}
	rest := s.phraseKey(k+1, k+m)
	var found *Person
	for _, f := range s.r.t.byFirst[s.toks[k].key] {
		if (hint == "" || f.person.Country == hint) && closeName(rest, f.rest) {
			if found != nil && found.Country != f.person.Country {
				return nil
			}
			found = f.person
		}
	}
	return found
}

// bySurname finds the person whose surname of six letters or more is
// token k+1 and whose first name token k is, or misspells by two edits at
// most ("Pervaiz Musharraf", "Hugo Chavez" for Hugo Chavez Frias), or who
// held the office a title before names ("President Bill Clinton").
func (s *scan) bySurname(k, m int, office, hint string) *Person {
	if m != 2 || utf8.RuneCountInString(s.toks[k+1].key) < minSpelling {
		return nil
	}
	first := []rune(s.toks[k].key)
	var found *Person
	for _, p := range s.r.t.bySurname[s.toks[k+1].key] {
		given := []rune(strings.Fields(foldPhrase(p.Name))[0])
		if hint != "" && p.Country != hint || len(first) < 3 {
			continue
		}
		if !(office != "" && officeFits(office, p.Office)) && nicknames[string(first)] != string(given) &&
			(first[0] != given[0] || editDistance(first, given) > 2) {
			continue
		}
		if found != nil && found.Country != p.Country {
			return nil
		}
		found = p
	}
	return found
}

// nicknames are the usual short forms of English given names: "Bill
// Clinton" is William Clinton.
var nicknames = map[string]string{"bill": "william", "billy": "william", "will": "william", "bob": "robert",
	"bobby": "robert", "rob": "robert", "jim": "james", "jimmy": "james", "joe": "joseph", "mike": "michael",
	"dick": "richard", "rick": "richard", "ron": "ronald", "tom": "thomas", "ted": "edward", "ed": "edward",
	"andy": "andrew", "nick": "nicholas", "dave": "david", "steve": "stephen", "chris": "christopher",
	"ben": "benjamin", "alex": "alexander", "sam": "samuel", "dan": "daniel", "matt": "matthew", "pete": "peter",
	"liz": "elizabeth", "kate": "catherine", "jack": "john", "tony": "anthony", "larry": "lawrence",
	"jerry": "gerald", "gerry": "gerald", "fred": "frederick", "al": "albert"}

// byOffice finds the person in office on the day, in the office a title
// names, whose name or surname is within reach of tokens [k, k+m).
func (s *scan) byOffice(k, m int, office, hint string) *Person {
	if office == "" {
		return nil
	}
	text := s.phraseKey(k, k+m)
	var found *Person
	for _, p := range s.r.t.people {
		if hint != "" && p.Country != hint || !officeFits(office, p.Office) || !p.Active(s.day) {
			continue
		}
		if closeName(text, foldPhrase(p.Short)) || closeName(text, foldPhrase(p.Name)) {
			if found != nil && found.Country != p.Country {
				return nil
			}
			found = p
		}
	}
	return found
}

// officeFits reports whether a title's office covers a person's office.
func officeFits(title, office string) bool {
	return title == office || title == "LEADER" && (office == "HOS" || office == "HOG")
}

// closeName reports whether the folded text is a small misspelling of the
// folded name: not equal, of six letters or more, and within one edit
// (two from nine letters on).
func closeName(text, name string) bool {
	n := utf8.RuneCountInString(name)
	if text == name || n < minSpelling {
		return false
	}
	limit := 1
	if n >= 9 {
		limit = 2
	}
	a, b := []rune(text), []rune(name)
	if abs(len(a)-len(b)) > limit || a[0] != b[0] {
		return false
	}
	return editDistance(a, b) <= limit
}

// spelledName resolves a misspelt known name after a title ("President
// Dos Sontas") or standing alone with a known first name ("Francois
// Mitterand"), and returns the tokens used from j, or 0.
func (s *scan) spelledName(j int, p *phrase, at int) int {
	n := s.unknownName(at)
	if n == 0 {
		return 0
	}
	office, hint := "", ""
	if p.agent != nil && p.agent.title {
		office = p.agent.office
	}
	if p.mod != nil {
		hint = p.mod.code
	}
	who, m := s.spelledPerson(at, n, office, hint)
	if who == nil {
		return 0
	}
	n0 := s.r.t.phrases[foldPhrase(who.Name)]
	if n0 == nil {
		return 0
	}
	a, e, ok := s.r.t.resolvePerson(n0.es, s.day, hint, office, true, s.persons)
	if !ok {
		return 0
	}
	if p.former {
		a = formerHolder(a)
	}
	rule := RuleFullName
	start := at
	if p.mod != nil || p.agent != nil {
		rule, start = RuleTitleName, p.modOrAgentStart()
	}
	if p.former {
		start = j
	}
	s.persons[e.person.Name] = true
	s.add(start, at+m, a, withUser(rule, e)+" (taken for "+who.Name+")")
	s.remember(at, at+m, a)
	return at + m - j
}

// lowerHolder returns the meanings of a name written in lower case after a
// title ("President obama") that name someone holding the title's office
// on the day, or nil.
func (s *scan) lowerHolder(k int, office string) []entry {
	n := s.r.t.phrases[s.toks[k].key]
	if n == nil || office == "" {
		return nil
	}
	var out []entry
	for _, e := range n.es {
		if (e.kind == kindShort || e.kind == kindFull) && e.person != nil &&
			officeFits(office, e.person.Office) && e.person.Active(s.day) {
			out = append(out, e)
		}
	}
	return out
}
