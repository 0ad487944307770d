package quote

import (
	"sort"
	"strings"

	"dyad"
)

// refKind is what kind of phrase may name a speaker.
type refKind int

const (
	refPerson      refKind = iota // a mention of a named person
	refPronoun                    // he, she, they, it
	refRole                       // a definite role phrase: "the prime minister"
	refInstitution                // a mention of a country or body: "the Israeli military"
	refName                       // a run of capitalised words no mention covers: "John Smith"
)

// ref is a phrase that may name a speaker.
type ref struct {
	kind    refKind
	span    dyad.Span
	mention *dyad.Mention // mention is set for refPerson and refInstitution.
	role    string        // role is set for refRole.
	of      bool          // of: the phrase follows a preposition ("the envoy of Xi"), so it modifies the subject.
}

// modifierPreps make the phrase after them a modifier of a subject, not
// the subject: "the envoy of Xi", "a spokesman for Carney".
var modifierPreps = map[string]bool{"of": true, "for": true, "to": true, "with": true, "from": true, "beside": true}

// ageRole is the role of a description by age ("the 56-year-old"), which
// refers back to the last person named.
const ageRole = "(age)"

// isAge reports whether w is an age written as one word: "56-year-old".
func isAge(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}

// pronouns that can be the subject of a speech verb.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true}

func isPronoun(w string) bool { return subjectPronouns[w] }

// notNames are capitalised words that start sentences or clauses without
// naming anyone.
var notNames = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "but": true, "and": true,
	"this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "we": true, "i": true, "you": true, "after": true, "before": true,
	"speaking": true, "asked": true, "when": true, "while": true, "if": true, "as": true, "for": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "meanwhile": true,
	"however": true, "earlier": true, "later": true, "also": true, "then": true, "there": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// functionWords may follow a name without making it a modifier: "Assembly
// on Tuesday", "Carney later said".
var functionWords = map[string]bool{
	"on": true, "in": true, "at": true, "of": true, "for": true, "to": true, "from": true, "with": true,
	"by": true, "and": true, "or": true, "but": true, "who": true, "which": true, "that": true,
	"after": true, "before": true, "during": true, "over": true, "last": true, "this": true,
	"later": true, "also": true, "then": true, "again": true, "earlier": true, "today": true,
	"yesterday": true, "himself": true, "herself": true, "however": true, "too": true,
}

// refsIn returns the phrases in s that may name a speaker, in text order,
// each marked if a preposition puts it in a modifier.
func (d *doc) refsIn(s dyad.Span) []ref {
	out := d.refsAt(s)
	for i := range out {
		out[i].of = d.inModifier(dyad.Span{Start: s.Start, End: out[i].span.Start})
	}
	return out
}

// inModifier reports whether what follows s lies in a modifier of the
// phrase that opens s: after a preposition that follows a lower-case word
// since the last comma ("the envoy of Xi", "the authors of the study
// published in the journal Nature"). A capital before the preposition
// makes a title instead: "Secretary of State Mike Pompeo".
func (d *doc) inModifier(s dyad.Span) bool {
	ts := d.plain(s)
	for n := len(ts) - 1; n >= 0 && !ts[n].is(","); n-- {
		if modifierPreps[ts[n].lower] && n > 0 && ts[n-1].word && !ts[n-1].capitalised() {
			return true
		}
	}
	return false
}

// headPhrase returns the phrase that opens s before a modifier: "The
// authors" of "The authors of the research published in …"; an empty span
// if s does not open with one to three lower-case words (after a
// determiner) and a preposition.
func (d *doc) headPhrase(s dyad.Span) dyad.Span {
	ts := d.plain(s)
	i := 0
	if i < len(ts) && ts[i].is("the", "a", "an", "two", "three", "several", "some") {
		i++
	}
	for k := i; k < len(ts) && k <= i+3; k++ {
		if !ts[k].word || ts[k].capitalised() && k > 0 {
			return dyad.Span{}
		}
		if modifierPreps[ts[k].lower] {
			if k == i {
				return dyad.Span{}
			}
			return dyad.Span{Start: ts[0].span.Start, End: ts[k-1].span.End}
		}
	}
	return dyad.Span{}
}

// refsAt returns the phrases in s that may name a speaker, in text order.
func (d *doc) refsAt(s dyad.Span) []ref {
	var out []ref
	ts := d.plain(dyad.Span{Start: back(d.text, s.Start, s.End), End: s.End})
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if m := d.mentionAt(t.span, s); m != nil {
			for i+1 < len(ts) && ts[i+1].span.Start < m.Span.End {
				i++
			}
			if p, n := d.possessor(m, ts, i+1); n > 0 {
				out = append(out, ref{kind: refInstitution, span: p.Span, mention: p})
				i += n
				continue
			}
			kind := refInstitution
			if m.Actor.Name != "" && m.Rule != unknownBodyRule && m.Rule != unknownPlaceRule {
				kind = refPerson
			}
			out = append(out, ref{kind: kind, span: m.Span, mention: m})
			continue
		}
		if !t.word {
			continue
		}
		if isPronoun(t.lower) && !(t.capitalised() && i+1 < len(ts) && ts[i+1].capitalised()) {
			out = append(out, ref{kind: refPronoun, span: t.span}) // but "He Jianxiong" is a name
			continue
		}
		if t.is("the") && i+1 < len(ts) && isAge(ts[i+1].lower) {
			out = append(out, ref{kind: refRole, span: dyad.Span{Start: t.span.Start, End: ts[i+1].span.End}, role: ageRole})
			i++ // "the 56-year-old said"
			continue
		}
		if r, n := d.roleAt(ts, i); n > 0 {
			out = append(out, r)
			i += n - 1
			continue
		}
		if n := d.nameAt(ts, i); n > 0 {
			out = append(out, ref{kind: refName, span: dyad.Span{Start: t.span.Start, End: ts[i+n-1].span.End}})
			i += n - 1
		}
	}
	return out
}

// possessor returns, for a mention followed by "'s" and lower-case words
// ("Swift's rep", "China's foreign ministry"), a mention of the whole
// phrase that speaks for the possessor's side: its country and sector, but
// not its name. ts[j] is the token after the mention; n is how many tokens
// the phrase adds (0 if it is no such phrase).
func (d *doc) possessor(m *dyad.Mention, ts []tok, j int) (*dyad.Mention, int) {
	rest := d.text[m.Span.End:]
	if !strings.HasPrefix(rest, "'s ") && !strings.HasPrefix(rest, "’s ") {
		return nil, 0
	}
	k := j
	if k < len(ts) && (ts[k].is("'", "’") || ts[k].text == "s") {
		k++ // the tokenizer split "'s" off a mention that ends before it
	}
	if k < len(ts) && ts[k].is("s") {
		k++
	}
	e := k
	for e < len(ts) && e < k+3 && ts[e].word && !ts[e].capitalised() && !functionWords[ts[e].lower] {
		if _, verb := d.lex.lookup(ts[e].text); verb {
			break
		}
		e++
	}
	if e == k {
		return nil, 0
	}
	span := dyad.Span{Start: m.Span.Start, End: ts[e-1].span.End}
	a := dyad.Actor{Code: m.Actor.Code, Country: m.Actor.Country, Sector: m.Actor.Sector}
	return &dyad.Mention{Text: span.In(d.text), Span: span, Actor: a, Rule: "possessor: " + m.Text}, e - j
}

// mentionAt returns the mention starting in t and ending inside s, or nil.
func (d *doc) mentionAt(t, s dyad.Span) *dyad.Mention {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= t.Start })
	if i < len(d.mentions) && d.mentions[i].Span.Start < t.End && d.mentions[i].Span.End <= s.End {
		return &d.mentions[i]
	}
	return nil
}

// roleAt matches a definite role phrase whose role words start at ts[i]:
// "the prime minister", "the Canadian president". It returns the phrase,
// from its "the", and how many tokens from i it takes.
func (d *doc) roleAt(ts []tok, i int) (ref, int) {
	if !d.roles.first[ts[i].lower] {
		return ref{}, 0
	}
	lower := make([]string, 0, roleWords)
	for k := i; k < len(ts) && k < i+roleWords; k++ {
		lower = append(lower, ts[k].lower)
	}
	role, n := d.roles.match(lower)
	if n == 0 || i+n < len(ts) && ts[i+n].capitalised() {
		return ref{}, 0 // "the General Assembly" is a name
	}
	for k := i - 1; k >= 0 && k >= i-3 && ts[k].word; k-- {
		if ts[k].is("the") {
			return ref{kind: refRole, span: dyad.Span{Start: ts[k].span.Start, End: ts[i+n-1].span.End}, role: role}, n
		}
	}
	return ref{}, 0
}

// nameAt returns how many capitalised words, from ts[i], make a name that
// no mention covers (0 if none).
func (d *doc) nameAt(ts []tok, i int) int {
	n := 0
	for k := i; k < len(ts) && (ts[k].capitalised() && !notNames[ts[k].lower] ||
		n > 0 && nameParticles[ts[k].text] && k+1 < len(ts) && ts[k+1].capitalised()); k++ {
		if _, ok := d.lex.lookup(ts[k].lower); ok {
			break
		}
		n++
	}
	if n == 1 && strings.Contains(ts[i].text, ".") {
		return 0 // "U.S", "U.N": a dotted abbreviation names a country or body, not a person
	}
	if k := i + n; n > 0 && k < len(ts) && ts[k].word && !ts[k].capitalised() {
		if _, verb := d.lex.lookup(ts[k].lower); !verb && !functionWords[ts[k].lower] && !auxiliaries[ts[k].lower] {
			return 0 // a modifier: "a Ukrainian border guard"
		}
	}
	return n
}

// pick chooses the speaker among refs: a person, a pronoun or a name no
// mention covers first, then a role phrase, then an institution, and any
// of them in a modifier ("the envoy of Xi") only after all the others;
// among equals the first, or the last if nearest is set.
func pick(refs []ref, nearest bool) (ref, bool) {
	rank := func(r ref) int {
		n := 3
		switch r.kind {
		case refPerson, refPronoun, refName:
			n = 0
		case refRole:
			n = 1
		case refInstitution:
			n = 2
		}
		if r.of {
			n += 4
		}
		return n
	}
	best, found := ref{}, false
	for _, r := range refs {
		if !found || rank(r) < rank(best) || (nearest && rank(r) == rank(best)) {
			best, found = r, true
		}
	}
	return best, found
}

// speaker resolves r, found by the pattern named rule, to a speaker.
func (d *doc) speaker(r ref, rule string) *dyad.Speaker {
	switch r.kind {
	case refPerson, refInstitution:
		return fromMention(r.mention, r.span, rule)
	case refPronoun:
		if m := d.antecedent(r.span, d.text[r.span.Start:r.span.End]); m != nil {
			s := fromMention(m, r.span, rule+"; pronoun → "+m.Text)
			return s
		}
		return nil // a pronoun with nothing to refer to names no one
	case refRole:
		if m := d.roleHolder(r); m != nil {
			return fromMention(m, r.span, rule+"; role → "+m.Text)
		}
		return &dyad.Speaker{Name: r.span.In(d.text), Span: r.span, Rule: rule + "; role, no holder named"}
	}
	return &dyad.Speaker{Name: r.span.In(d.text), Span: r.span, Rule: rule + "; name not resolved"}
}

// fromMention returns the speaker a mention names, located at span.
func fromMention(m *dyad.Mention, span dyad.Span, rule string) *dyad.Speaker {
	a := m.Actor
	name := a.Name
	if name == "" {
		name = strings.TrimPrefix(strings.TrimPrefix(m.Text, "the "), "The ")
	}
	s := &dyad.Speaker{Name: name, Actor: &a, Span: span, Rule: rule}
	if a.IsZero() || unknown(m) {
		s.Actor = nil
	}
	return s
}

// mentionOf returns a mention standing for the speaker s, with a zero
// actor but its name if s was not resolved to an actor; nil if s is nil or
// an unresolved pronoun.
func mentionOf(s *dyad.Speaker) *dyad.Mention {
	switch {
	case s == nil:
		return nil
	case s.Actor == nil:
		if isPronoun(strings.ToLower(s.Name)) {
			return nil
		}
		return &dyad.Mention{Text: s.Name, Span: s.Span, Actor: dyad.Actor{Name: s.Name}, Rule: unknownRule(s.Name)}
	}
	return &dyad.Mention{Text: s.Name, Span: s.Span, Actor: *s.Actor}
}
