package actor

import (
	"regexp"
	"sort"
	"strings"
	"time"

	"dyad"
)

// Resolver is the stage that fills Analysis.Mentions.
type Resolver struct {
	dict *Dictionary
}

var _ dyad.Stage = (*Resolver)(nil)

// New returns a resolver over the built-in dictionary.
func New() (*Resolver, error) {
	d, err := builtin()
	if err != nil {
		return nil, err
	}
	return &Resolver{dict: d}, nil
}

// Name returns "actors".
func (r *Resolver) Name() string { return "actors" }

// Run replaces a.Mentions with the actor mentions of every sentence.
func (r *Resolver) Run(a *dyad.Analysis) error {
	a.Mentions = []dyad.Mention{}
	seen := map[string]*entry{} // surname → person named in full earlier
	for i, s := range a.Sentences {
		if s.Boilerplate {
			continue
		}
		ws := splitWords(s.Span.In(a.Article.Text))
		for j := range ws {
			ws[j].span.Start += s.Span.Start
			ws[j].span.End += s.Span.Start
		}
		for _, m := range r.sentence(ws, a.Article.Published, seen) {
			m.Sentence = i
			m.Text = m.Span.In(a.Article.Text)
			a.Mentions = append(a.Mentions, m)
		}
	}
	return nil
}

// word is a word of the text with its span.
type word struct {
	text string
	span dyad.Span
}

var wordRE = regexp.MustCompile(`(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*`)

func splitWords(s string) []word {
	var out []word
	for _, m := range wordRE.FindAllStringIndex(s, -1) {
		out = append(out, word{text: s[m[0]:m[1]], span: dyad.Span{Start: m[0], End: m[1]}})
	}
	return out
}

// match returns the longest entry of one of kinds starting at ws[i], and
// how many words it covers.
func (r *Resolver) match(ws []word, i int, kinds ...string) (*entry, int) {
	var best *entry
	n := 0
	if i >= len(ws) {
		return nil, 0
	}
	for _, k := range kinds {
		for _, p := range r.dict.byFirst[fold(ws[i].text, k)] {
			if p.e.kind != k || len(p.words) <= n || i+len(p.words) > len(ws) {
				continue
			}
			if matchWords(p.words, ws[i:], k) {
				best, n = p.e, len(p.words)
			}
		}
	}
	return best, n
}

func matchWords(pattern []string, ws []word, kind string) bool {
	for j, w := range pattern {
		if fold(ws[j].text, kind) != w {
			return false
		}
	}
	return true
}

// placePrepositions make a capital a place rather than an actor.
var placePrepositions = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true,
	"into": true, "outside": true, "across": true, "visit": true, "visited": true, "visiting": true, "of": true}

// sentence returns the mentions in one sentence's words.
func (r *Resolver) sentence(ws []word, day time.Time, seen map[string]*entry) []dyad.Mention {
	var out []dyad.Mention
	for i := 0; i < len(ws); {
		m, n := r.mentionAt(ws, i, day, seen)
		if n == 0 {
			i++
			continue
		}
		out = append(out, m)
		i += n
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Span.Start < out[b].Span.Start })
	return out
}

// mentionAt tries every mention shape at ws[i] and returns the mention and
// the number of words it covers (0 if none).
func (r *Resolver) mentionAt(ws []word, i int, day time.Time, seen map[string]*entry) (dyad.Mention, int) {
	j := i
	demonym, n := r.match(ws, j, kindDemonym)
	j += n
	title, n := r.match(ws, j, kindTitle)
	j += n
	if j < len(ws) {
		if p, n := r.person(ws, j, day, seen); p != nil {
			return personMention(p, demonym, title, day, ws[i].span.Start, ws[j+n-1].span.End), j + n - i
		}
	}
	if demonym != nil {
		if title != nil {
			return mentionOf(demonym.country, title.sector, "", strings.ToLower(title.phrases[0]), "dictionary: demonym + title", ws[i], ws[j-1]), j - i
		}
		if agent, n := r.match(ws, j, kindAgent); agent != nil {
			return mentionOf(demonym.country, agent.sector, "", "", "dictionary: demonym + sector noun", ws[i], ws[j+n-1]), j + n - i
		}
	}
	if c, n := r.match(ws, i, kindCountry); c != nil {
		return mentionOf(c.country, "", "", "", "dictionary: country name", ws[i], ws[i+n-1]), n
	}
	if c, n := r.match(ws, i, kindCapital); c != nil && (i == 0 || !placePrepositions[strings.ToLower(ws[i-1].text)]) {
		return mentionOf(c.country, c.sector, "", "", "dictionary: capital as actor", ws[i], ws[i+n-1]), n
	}
	return dyad.Mention{}, 0
}

// person returns the person named at ws[j] in full, or by surname alone.
func (r *Resolver) person(ws []word, j int, day time.Time, seen map[string]*entry) (*entry, int) {
	if p, n := r.match(ws, j, kindPerson); p != nil {
		p = r.holder(p.name, day, p)
		for _, sur := range p.surnames {
			seen[sur] = p
		}
		return p, n
	}
	if p := seen[ws[j].text]; p != nil {
		return p, 1
	}
	return r.surname(ws[j].text, day), 1
}

// holder returns the tenure of name that covers day, or fallback.
func (r *Resolver) holder(name string, day time.Time, fallback *entry) *entry {
	for _, e := range r.dict.byName[name] {
		if e.inOffice(day) {
			return e
		}
	}
	return fallback
}

// surname returns the person with surname s: the only one in office on
// day, or else the only one the dictionary knows by it.
func (r *Resolver) surname(s string, day time.Time) *entry {
	var holder, any *entry
	holders, people := 0, 0
	for _, e := range r.dict.surnames[s] {
		if e.inOffice(day) && (holder == nil || holder.name != e.name) {
			holder, holders = e, holders+1
		}
		if any == nil || any.name != e.name {
			any, people = e, people+1
		}
	}
	switch {
	case holders == 1:
		return holder
	case holders == 0 && people == 1:
		return any
	}
	return nil
}

func personMention(p, demonym, title *entry, day time.Time, start, end int) dyad.Mention {
	m := dyad.Mention{Span: dyad.Span{Start: start, End: end}, Rule: "dictionary: leader name"}
	m.Actor = dyad.NewActor(p.country, "", p.name, "")
	if p.inOffice(day) {
		m.Actor = dyad.NewActor(p.country, p.sector, p.name, p.role)
	} else {
		m.Rule = "dictionary: leader name, not in office on the article's date"
	}
	if title != nil {
		m.Rule += " with title"
	}
	if demonym != nil && demonym.country != p.country {
		m.Rule += "; demonym disagrees"
	}
	return m
}

func mentionOf(country, sector, name, role, rule string, first, last word) dyad.Mention {
	return dyad.Mention{Span: dyad.Span{Start: first.span.Start, End: last.span.End},
		Actor: dyad.NewActor(country, sector, name, role), Rule: rule}
}
