package actor

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

// The embedded tables, written by internal/gen; see data/NOTICE.
var (
	//go:embed data/entities.tsv.gz
	entitiesGz []byte
	//go:embed data/names.tsv.gz
	namesGz []byte
	//go:embed data/people.tsv.gz
	peopleGz []byte
	//go:embed data/agents.tsv.gz
	agentsGz []byte
)

// builtin returns the built-in tables, loaded once. User dictionaries are
// laid over a copy (see New), never over these.
var builtin = sync.OnceValues(func() (*tableSource, error) {
	s := &tableSource{}
	err := readTable("entities", entitiesGz, 4, func(f []string) error {
		var members []string
		if f[3] != "" {
			members = strings.Fields(f[3])
		}
		s.entities = append(s.entities, Entity{Code: f[0], Name: f[1], Org: f[2] != "", Kind: f[2], Members: members})
		return nil
	})
	if err == nil {
		err = readTable("names", namesGz, 5, func(f []string) error {
			s.names = append(s.names, nameRow{surface: f[0], e: entry{kind: f[2], code: f[1], sector: f[3], display: f[4]}})
			return nil
		})
	}
	if err == nil {
		err = readTable("people", peopleGz, 12, func(f []string) error {
			p, err := parsePerson(f)
			s.people = append(s.people, p)
			return err
		})
	}
	if err == nil {
		err = readTable("agents", agentsGz, 6, func(f []string) error {
			s.agents = append(s.agents, nameRow{surface: f[0], e: entry{kind: kindAgent, sector: f[1], office: f[2],
				title: f[3] == "1", role: f[4], curated: f[5] == "curated"}})
			return nil
		})
	}
	return s, err
})

// tableSource is the parsed content of the embedded tables.
type tableSource struct {
	entities []Entity
	names    []nameRow
	people   []Person
	agents   []nameRow
}

// nameRow is one surface and its meaning.
type nameRow struct {
	surface string
	e       entry
}

func parsePerson(f []string) (Person, error) {
	p := Person{Country: f[0], Sector: f[1], Office: f[2], Role: f[3], Title: f[4], Name: f[5], Short: f[6],
		Source: f[10], Checked: f[11]}
	if f[7] != "" {
		p.Aliases = strings.Split(f[7], "|")
	}
	var err error
	if p.Start, err = parseDay(f[8]); err != nil {
		return p, fmt.Errorf("start: %w", err)
	}
	if f[9] != "" {
		if p.End, err = parseDay(f[9]); err != nil {
			return p, fmt.Errorf("end: %w", err)
		}
	}
	return p, nil
}

// build makes the lookup tables from the built-in source and dictionaries,
// later dictionaries winning over earlier ones and over the built-in rows.
func build(src *tableSource, dicts []*Dict) *Tables {
	t := newTables()
	for i := range src.entities {
		e := src.entities[i]
		t.entities[e.Code] = &e
	}
	replaced := map[string]bool{} // folded person names a dictionary redefines
	for _, d := range dicts {
		for _, e := range d.Entries {
			if e.Kind == KindPerson {
				replaced[foldPhrase(e.Name)] = true
			}
		}
	}
	for _, n := range src.names {
		t.add(n.surface, n.e)
	}
	for _, n := range src.agents {
		t.add(n.surface, n.e)
	}
	// Honorifics stand before a surname and mark it as a person's ("Mr Xi").
	for _, h := range []string{"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Sheikh"} {
		t.add(h, entry{kind: kindHonor})
	}
	for i := range src.people {
		p := src.people[i]
		if !replaced[foldPhrase(p.Name)] {
			t.addPerson(&p, "")
		}
	}
	for _, d := range dicts {
		d.apply(t)
	}
	t.addSpellings()
	t.addFirstNames()
	return t
}
