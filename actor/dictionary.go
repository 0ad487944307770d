// Package actor provides dyad's first actor resolver: a stage that finds
// mentions of countries, their governments, leaders and groups in each
// sentence and resolves them to CAMEO-style actors as of the article's date.
//
// It is a first version, driven by a small dictionary (seed.tsv: the
// countries of the seed article, their demonyms, capitals and dated
// leaders, titles and sector nouns). A mention is the longest run of
// [demonym] [title] [person], [demonym] sector-noun, a country name, or a
// capital that is not the object of a place preposition ("Ottawa seeks" is
// an actor, "in Beijing" is not). A surname alone resolves to a person named
// in full earlier in the article, or to the only office holder of that
// surname on the article's date. Leaders out of office on that date keep
// their country but no sector or role. Pronouns are not resolved.
package actor

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"time"

	"dyad"
)

//go:embed seed.tsv
var seedTSV string

// Kinds of dictionary entries.
const (
	kindCountry = "country"
	kindDemonym = "demonym"
	kindCapital = "capital"
	kindPerson  = "person"
	kindTitle   = "title"
	kindAgent   = "agent"
)

// entry is one dictionary row.
type entry struct {
	kind, country, sector string
	phrases               []string
	name, role            string
	surnames              []string  // for persons: the surname forms ("Xi")
	start, end            time.Time // tenure; zero means open
}

// inOffice reports whether the person held the role on day d (a zero d
// counts as in office, for lack of a better guess).
func (e *entry) inOffice(d time.Time) bool {
	if d.IsZero() {
		return e.end.IsZero()
	}
	return !d.Before(e.start) && (e.end.IsZero() || d.Before(e.end))
}

// Dictionary holds the entries indexed by their first word.
type Dictionary struct {
	byFirst  map[string][]phrase
	byName   map[string][]*entry // persons by display name, one entry per tenure
	surnames map[string][]*entry // persons by surname
}

// phrase is one way of writing an entry, as words.
type phrase struct {
	words []string
	e     *entry
}

var builtin = sync.OnceValues(func() (*Dictionary, error) { return ParseDictionary(seedTSV) })

// ParseDictionary reads a dictionary in the layout of seed.tsv.
func ParseDictionary(tsv string) (*Dictionary, error) {
	d := &Dictionary{byFirst: map[string][]phrase{}, byName: map[string][]*entry{}, surnames: map[string][]*entry{}}
	for i, line := range strings.Split(tsv, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := parseEntry(line)
		if err != nil {
			return nil, fmt.Errorf("actor dictionary line %d: %w", i+1, err)
		}
		if e.kind == kindPerson {
			d.byName[e.name] = append(d.byName[e.name], e)
		}
		for _, p := range e.phrases {
			if sur, ok := strings.CutPrefix(p, "~"); ok {
				d.surnames[sur] = append(d.surnames[sur], e)
				e.surnames = append(e.surnames, sur)
				continue
			}
			words := splitWords(p)
			key := fold(words[0].text, e.kind)
			ws := make([]string, len(words))
			for j, w := range words {
				ws[j] = fold(w.text, e.kind)
			}
			d.byFirst[key] = append(d.byFirst[key], phrase{words: ws, e: e})
		}
	}
	return d, nil
}

func parseEntry(line string) (*entry, error) {
	f := strings.Split(line, "\t")
	if len(f) != 8 {
		return nil, fmt.Errorf("%d fields, want 8", len(f))
	}
	e := &entry{kind: f[0], country: f[1], sector: f[2], name: f[4], role: f[5]}
	for _, p := range strings.Split(f[3], "|") {
		if p = strings.TrimSpace(p); len(splitWords(p)) > 0 {
			e.phrases = append(e.phrases, p)
		}
	}
	if len(e.phrases) == 0 {
		return nil, fmt.Errorf("no phrases")
	}
	var err error
	if e.start, err = optionalDate(f[6]); err != nil {
		return nil, err
	}
	if e.end, err = optionalDate(f[7]); err != nil {
		return nil, err
	}
	switch e.kind {
	case kindCountry, kindDemonym, kindCapital, kindPerson, kindTitle, kindAgent:
		return e, nil
	}
	return nil, fmt.Errorf("kind %q: want country, demonym, capital, person, title or agent", e.kind)
}

func optionalDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return dyad.ParseDate(s)
}

// fold lower-cases the words of entries matched regardless of case (sector
// nouns); names, titles and demonyms match as written.
func fold(w, kind string) string {
	if kind == kindAgent {
		return strings.ToLower(w)
	}
	return w
}
