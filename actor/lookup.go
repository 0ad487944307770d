package actor

import (
	"sort"
	"strings"
	"time"

	"dyad"
)

// Answer is what the tables say about a name on a day.
type Answer struct {
	Actor   dyad.Actor // Actor is the name's actor on the day.
	Rule    string     // Rule says how it was resolved.
	Tenures []Person   // Tenures are every office the tables give a person of that name, oldest first.
}

// Lookup resolves a name as if it stood alone in an article published on
// date (zero: as of the newest rows): "Li Qiang" on 2024-05-01 is CHN GOV,
// head of government. Titles and nationality words may be part of the name
// ("Thai Foreign Minister Sihasak"). It returns an ENOTFOUND error if the
// tables cannot resolve the name.
func (r *Resolver) Lookup(name string, date time.Time) (Answer, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return Answer{}, dyad.Errorf(dyad.EINVALID, "lookup: empty name")
	}
	a := dyad.NewAnalysis(dyad.Article{Text: name, Published: date})
	a.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(name)}}}
	s := newScan(r, a)
	s.tokens(a.Sentences[0])
	if len(s.toks) == 0 {
		return Answer{}, dyad.Errorf(dyad.EINVALID, "lookup: %q has no words", name)
	}
	// A surname alone is looked up as a full name would be: the user asks
	// about it on purpose.
	if n, es := s.match(0); n == len(s.toks) && find(es, kindShort) != nil && find(es, kindFull) == nil {
		if act, e, ok := r.t.resolvePerson(es, dayOf(a), "", "", true, s.persons); ok {
			return Answer{Actor: act, Rule: withUser(RuleSurname, e), Tenures: r.tenures(es)}, nil
		}
	}
	s.sentence(0)
	for _, m := range s.mentions {
		if m.Span.Start == 0 && m.Span.End == len(name) {
			_, es := s.match(0)
			return Answer{Actor: m.Actor, Rule: m.Rule, Tenures: r.tenures(es)}, nil
		}
	}
	return Answer{}, dyad.Errorf(dyad.ENOTFOUND, "%q is not in the actor tables; add it with a dictionary (dyad dict check FILE)", name)
}

// tenures returns the tenures of the people among es, oldest first.
func (r *Resolver) tenures(es []entry) []Person {
	names := map[string]bool{}
	for _, e := range es {
		if e.person != nil {
			names[e.person.Name] = true
		}
	}
	var out []Person
	for _, p := range r.t.people {
		if names[p.Name] {
			out = append(out, *p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out
}
