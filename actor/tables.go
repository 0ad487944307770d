package actor

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"strings"
	"time"

	"dyad/fold"
)

// Kinds of entry in the phrase table.
const (
	kindName    = "name"    // a country's or organisation's name ("Canada", "NATO")
	kindFormer  = "former"  // a former name ("Zaire")
	kindDemonym = "demonym" // a nationality word ("Canadian")
	kindCapital = "capital" // a capital, an actor only when it acts ("Beijing said")
	kindSeat    = "seat"    // a seat of power, always an actor ("the Kremlin")
	kindOrg     = "org"     // an organisation or armed group ("Hamas")
	kindFull    = "full"    // a person's full name
	kindShort   = "short"   // a person's surname or the name they go by
	kindAgent   = "agent"   // a title or role noun ("prime minister", "riot police")
	kindHonor   = "honor"   // an honorific ("Mr")
	kindRegion  = "region"  // a region of a country, an actor only before an agent ("Darfur rebels")
	kindPeople  = "people"  // a people, an actor only before an agent ("Chechen refugees")
)

// Entity is a country or an international organisation.
type Entity struct {
	Code    string   // Code is the ISO alpha-3 code or the organisation's CAMEO code.
	Name    string   // Name is the usual English name.
	Org     bool     // Org is true for an organisation.
	Kind    string   // Kind is OrgIGO, OrgNGO or OrgIMG for an organisation, "" for a country.
	Members []string // Members are an organisation's member countries.
}

// Kinds of organisation, as in CAMEO's actor codes.
const (
	OrgIGO = "IGO" // OrgIGO is an intergovernmental organisation ("NATO", "the UN").
	OrgNGO = "NGO" // OrgNGO is a non-governmental organisation ("Amnesty International").
	OrgIMG = "IMG" // OrgIMG is an armed group of no one country ("al-Qaeda", "Islamic State").
)

// Person is one tenure of one person in one office.
type Person struct {
	Name    string    // Name is the display name ("Mark Carney").
	Short   string    // Short is the name used alone later in an article ("Carney").
	Aliases []string  // Aliases are other written forms ("Donald Trump").
	Country string    // Country is the ISO code or organisation code.
	Sector  string    // Sector is the CAMEO agent code of the office ("GOV").
	Office  string    // Office is HOS, HOG, REP, FM, DM, OTHER or "".
	Role    string    // Role is the office for a person ("head of government").
	Title   string    // Title is the title before the name, if known ("Prime Minister").
	Start   time.Time // Start is the first day in office.
	End     time.Time // End is the first day out of office, zero if still in office.
	Source  string    // Source names the table the tenure came from.
	Checked string    // Checked is the day a curated row was checked, or "".
}

// Active reports whether p held the office on day d.
func (p *Person) Active(d time.Time) bool {
	return !d.Before(p.Start) && (p.End.IsZero() || d.Before(p.End))
}

// entry is what one phrase can mean.
type entry struct {
	kind     string
	code     string  // country or organisation code
	sector   string  // sector for seats, organisations and agents
	display  string  // organisation name
	office   string  // agents: the office a title names
	title    bool    // agents: may stand before a name
	role     string  // agents: the role for a person
	person   *Person // full and short names
	exact    bool    // the surface must match in case (acronyms: "US")
	curated  bool    // agents: from dyad's own list, may stand alone
	user     string  // the user dictionary that added it, or ""
	spelling string  // the word a misspelling in the text stands for, or ""
}

// Tables are the reference tables the resolver reads: the built-in ones,
// with any user dictionaries laid over them. They are immutable once built.
type Tables struct {
	entities  map[string]*Entity
	phrases   map[string]*node // folded phrase or the start of one -> what it is
	maxWords  int
	people    []*Person
	byOffice  map[string][]*Person  // country+office -> tenures
	spellings map[rune][]spelling   // first letter -> country words a misspelling may stand for
	byFirst   map[string][]nameForm // folded first word of a person's name -> the rest
	bySurname map[string][]*Person  // folded one-word surname -> people
}

func newTables() *Tables {
	return &Tables{entities: map[string]*Entity{}, phrases: map[string]*node{},
		byOffice: map[string][]*Person{}}
}

// add records a meaning for a surface form.
func (t *Tables) add(surface string, e entry) {
	words := Words(surface)
	if len(words) == 0 {
		return
	}
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = fold.Key(surface[w.Start:w.End])
	}
	k := strings.Join(keys, " ")
	if e.kind != kindAgent && e.kind != kindHonor && isAcronym(surface) {
		e.exact = true
	}
	n := t.node(k)
	n.es = append(n.es, e)
	for i := 1; i < len(keys); i++ {
		t.node(strings.Join(keys[:i], " ")).prefix = true
	}
	t.maxWords = max(t.maxWords, len(keys))
}

// node is what a folded word sequence is in the phrase table: the meanings
// of the phrase it spells, and whether longer phrases start with it. One
// map holds both, so that matching costs one lookup a word.
type node struct {
	es     []entry
	prefix bool
}

// node returns the node of key, adding an empty one if there is none.
func (t *Tables) node(key string) *node {
	n := t.phrases[key]
	if n == nil {
		n = &node{}
		t.phrases[key] = n
	}
	return n
}

// isAcronym reports whether s is written in capitals ("US", "U.S.", "NATO"),
// which must then match in case so that "us" is not the United States.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters > 0 && letters <= 6
}

// addPerson indexes a tenure by its names.
func (t *Tables) addPerson(p *Person, user string) {
	t.people = append(t.people, p)
	if p.Office != "" {
		k := p.Country + p.Office
		t.byOffice[k] = append(t.byOffice[k], p)
	}
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		t.add(n, entry{kind: kindFull, code: p.Country, person: p, user: user})
		if v := articleVariant(n); v != "" {
			t.add(v, entry{kind: kindFull, code: p.Country, person: p, user: user})
		}
	}
	if p.Short != "" && p.Short != p.Name {
		t.add(p.Short, entry{kind: kindShort, code: p.Country, person: p, user: user})
	}
}

// articleVariant returns a name with its Arabic article written the other
// way ("Hamad bin Khalifa Al Thani" and "Hamad bin Khalifa al-Thani"), or
// "" if it has none.
func articleVariant(n string) string {
	f := strings.Fields(n)
	for i := 1; i < len(f); i++ {
		switch {
		case (f[i] == "Al" || f[i] == "al" || f[i] == "El" || f[i] == "el") && i+1 < len(f):
			f[i] = strings.ToLower(f[i]) + "-" + f[i+1]
			return strings.Join(append(f[:i+1], f[i+2:]...), " ")
		case articleName(f[i]) && len(f[i]) > 3 && (f[i][2] == '-'):
			f[i] = strings.ToUpper(f[i][:1]) + f[i][1:2] + " " + f[i][3:]
			return strings.Join(f, " ")
		}
	}
	return ""
}

// readTable calls row for each line of a gzipped TSV after the header.
func readTable(name string, gz []byte, fields int, row func([]string) error) error {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != fields {
			return fmt.Errorf("read %s: line %d has %d fields, want %d", name, n, len(f), fields)
		}
		if err := row(f); err != nil {
			return fmt.Errorf("read %s: line %d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// parseDay reads YYYY-MM-DD, YYYY-MM (the first of the month) or YYYY
// (1 January).
func parseDay(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			if t, err := time.Parse(layout, s); err == nil {
				return t, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
}

// Entity returns the country or organisation with code, and false if none.
func (t *Tables) Entity(code string) (*Entity, bool) {
	e, ok := t.entities[code]
	return e, ok
}

// Holders returns the tenures of an office in a country (HOS, HOG, FM, DM,
// REP, OTHER), in the tables' order.
func (t *Tables) Holders(country, office string) []*Person {
	return t.byOffice[country+office]
}

// SourceSeed2022 marks tenures from the December 2022 foreign-minister
// seed that no curated row has brought up to date.
const SourceSeed2022 = "wikidata-2022"

// seedHorizon is the last day the 2022 seed is trusted to name a holder.
var seedHorizon = time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC)

// holder returns who held an office on day d, or nil.
//
// A foreign minister known only from the December 2022 seed, with no later
// row, is not named as the holder after 2023: "the Thai foreign minister"
// in 2026 is THA GOV, foreign minister, with no name, rather than a name
// three years stale.
func (t *Tables) holder(country, office string, d time.Time) *Person {
	var best *Person
	for _, p := range t.byOffice[country+office] {
		if p.Source == SourceSeed2022 && p.End.IsZero() && d.After(seedHorizon) {
			continue
		}
		if p.Active(d) && (best == nil || p.Start.After(best.Start)) {
			best = p
		}
	}
	return best
}
