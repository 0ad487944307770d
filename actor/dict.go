package actor

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"dyad/fold"
)

// Kinds of user dictionary entry.
const (
	KindPerson  = "person"  // a person in an office, with dates
	KindName    = "name"    // a name of a country or organisation ("Blighty" -> GBR)
	KindDemonym = "demonym" // a nationality word ("Kiwi" -> NZL)
	KindCapital = "capital" // a city standing for its government when it acts
	KindSeat    = "seat"    // a building or place that always stands for an actor ("Blue House")
	KindAgent   = "agent"   // a role noun giving a sector ("coast guard" -> MIL)
)

// Entry is one line of a user dictionary.
type Entry struct {
	Kind    string   `yaml:"kind"`    // Kind is one of the Kind constants.
	Name    string   `yaml:"name"`    // Name is the person's name or the surface form.
	Country string   `yaml:"country"` // Country is the ISO alpha-3 or organisation code.
	Sector  string   `yaml:"sector"`  // Sector is a CAMEO agent code ("GOV"), or "".
	Office  string   `yaml:"office"`  // Office is HOS, HOG, FM, DM, REP, OTHER or "" (people only).
	Role    string   `yaml:"role"`    // Role is the person-readable role ("foreign minister").
	Start   string   `yaml:"start"`   // Start is the first day in office, YYYY-MM-DD (people only).
	End     string   `yaml:"end"`     // End is the first day out of office, or "".
	Aliases []string `yaml:"aliases"` // Aliases are other written forms of a person's name.
	Short   string   `yaml:"short"`   // Short is the name used alone later ("Sihasak"); default the last word.
	Line    int      `yaml:"-"`       // Line is the entry's line in its file.
}

// Dict is a user dictionary: entries that add to or override the built-in
// tables. A person entry replaces every built-in tenure of a person with the
// same name; any other entry replaces the built-in meanings of its surface.
//
// A TSV dictionary has a header line naming its columns, in any order, from
// kind, name, country, sector, office, role, start, end, aliases (|
// separated) and short; lines starting with # are comments:
//
//	kind	name	country	sector	office	role	start	aliases
//	person	Sihasak Phuangketkeow	THA	GOV	FM	foreign minister	2025-09-19	Sihasak
//	name	Blighty	GBR
//	agent	coast guard		MIL
//
// A YAML dictionary (.yaml or .yml) is a list of entries with the same keys:
//
//   - kind: person
//     name: Sihasak Phuangketkeow
//     country: THA
//     office: FM
//     role: foreign minister
//     start: 2025-09-19
//     aliases: [Sihasak]
//
// See testdata/example-dict.yaml for every kind.
type Dict struct {
	Path    string  // Path names the file the entries came from.
	Entries []Entry // Entries are in file order.
}

// DictError lists every problem found in a dictionary file, each with its
// line.
type DictError struct {
	Path     string   // Path names the file.
	Problems []string // Problems are "line N: reason".
}

// Error names the file and lists the problems.
func (e *DictError) Error() string {
	return fmt.Sprintf("dictionary %s: %s", e.Path, strings.Join(e.Problems, "; "))
}

// ReadDict reads a user dictionary: YAML if the file name ends in .yaml or
// .yml, TSV otherwise. A malformed file returns a *DictError naming each bad
// line.
func ReadDict(path string) (*Dict, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read dictionary: %w", err)
	}
	return ParseDict(path, b)
}

// ParseDict parses a dictionary file's content; path names it in errors and
// chooses the format by extension.
func ParseDict(path string, b []byte) (*Dict, error) {
	var (
		entries  []Entry
		problems []string
	)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yaml", ".yml":
		entries, problems = parseYAML(b)
	default:
		entries, problems = parseTSV(b)
	}
	for _, e := range entries {
		if err := e.validate(); err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", e.Line, err))
		}
	}
	if len(problems) > 0 {
		return nil, &DictError{Path: path, Problems: problems}
	}
	return &Dict{Path: path, Entries: entries}, nil
}

// tsvColumns are the columns a TSV dictionary may have, in any order.
var tsvColumns = map[string]bool{"kind": true, "name": true, "country": true, "sector": true, "office": true,
	"role": true, "start": true, "end": true, "aliases": true, "short": true}

func parseTSV(b []byte) ([]Entry, []string) {
	var (
		entries  []Entry
		problems []string
		header   []string
	)
	for i, line := range strings.Split(string(b), "\n") {
		n := i + 1
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if header == nil {
			for _, c := range f {
				if !tsvColumns[c] {
					return nil, []string{fmt.Sprintf("line %d: unknown column %q in the header (columns: kind, name, country, sector, office, role, start, end, aliases, short)", n, c)}
				}
			}
			header = f
			continue
		}
		if len(f) > len(header) {
			problems = append(problems, fmt.Sprintf("line %d: %d fields, the header has %d", n, len(f), len(header)))
			continue
		}
		e := Entry{Line: n}
		for j, v := range f {
			e.set(header[j], strings.TrimSpace(v))
		}
		entries = append(entries, e)
	}
	if header == nil {
		problems = append(problems, "line 1: no header line (kind<TAB>name<TAB>country ...)")
	}
	return entries, problems
}

func (e *Entry) set(col, v string) {
	switch col {
	case "kind":
		e.Kind = v
	case "name":
		e.Name = v
	case "country":
		e.Country = v
	case "sector":
		e.Sector = v
	case "office":
		e.Office = v
	case "role":
		e.Role = v
	case "start":
		e.Start = v
	case "end":
		e.End = v
	case "short":
		e.Short = v
	case "aliases":
		if v != "" {
			e.Aliases = strings.Split(v, "|")
		}
	}
}

func parseYAML(b []byte) ([]Entry, []string) {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(b)).Decode(&doc); err != nil {
		return nil, []string{yamlProblem(err)}
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.SequenceNode {
		return nil, []string{"line 1: want a list of entries (- kind: person ...)"}
	}
	var (
		entries  []Entry
		problems []string
	)
	for _, item := range doc.Content[0].Content {
		if item.Kind != yaml.MappingNode {
			problems = append(problems, fmt.Sprintf("line %d: want a mapping (kind: ..., name: ...)", item.Line))
			continue
		}
		if p := unknownKeys(item); p != "" {
			problems = append(problems, p)
			continue
		}
		var e Entry
		if err := item.Decode(&e); err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", item.Line, err))
			continue
		}
		e.Line = item.Line
		entries = append(entries, e)
	}
	return entries, problems
}

func unknownKeys(m *yaml.Node) string {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i]; !tsvColumns[k.Value] {
			return fmt.Sprintf("line %d: unknown key %q", k.Line, k.Value)
		}
	}
	return ""
}

var yamlLineRe = regexp.MustCompile(`line (\d+)`)

// yamlProblem turns a YAML syntax error into "line N: reason".
func yamlProblem(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("line %s: %s", m[1], yamlLineRe.ReplaceAllString(msg, ""))
	}
	return "line 1: " + msg
}

var (
	codeRe   = regexp.MustCompile(`^[A-Z]{3}$`)
	offices  = map[string]bool{"": true, "HOS": true, "HOG": true, "FM": true, "DM": true, "REP": true, "OTHER": true}
	errNoDay = errors.New("people need a start date (YYYY-MM-DD)")
)

// validate reports the first problem with e.
func (e *Entry) validate() error {
	switch {
	case e.Kind == "":
		return errors.New("no kind (person, name, demonym, capital, seat or agent)")
	case e.Kind != KindPerson && e.Kind != KindName && e.Kind != KindDemonym && e.Kind != KindCapital &&
		e.Kind != KindSeat && e.Kind != KindAgent:
		return fmt.Errorf("unknown kind %q (want person, name, demonym, capital, seat or agent)", e.Kind)
	case strings.TrimSpace(e.Name) == "" || len(Words(e.Name)) == 0:
		return errors.New("no name")
	case e.Kind != KindAgent && !codeRe.MatchString(e.Country):
		return fmt.Errorf("country %q is not a three-letter code such as CAN or EUR", e.Country)
	case e.Kind == KindAgent && e.Sector == "":
		return errors.New("an agent needs a sector (GOV, MIL, COP, ...)")
	case e.Sector != "" && !codeRe.MatchString(e.Sector):
		return fmt.Errorf("sector %q is not a three-letter CAMEO agent code such as GOV", e.Sector)
	case !offices[e.Office]:
		return fmt.Errorf("office %q is not HOS, HOG, FM, DM, REP or OTHER", e.Office)
	case e.Kind == KindPerson && e.Start == "":
		return errNoDay
	}
	return e.validateDates()
}

func (e *Entry) validateDates() error {
	var start, end time.Time
	var err error
	if e.Start != "" {
		if start, err = parseDay(e.Start); err != nil {
			return fmt.Errorf("start: %w", err)
		}
	}
	if e.End != "" {
		if end, err = parseDay(e.End); err != nil {
			return fmt.Errorf("end: %w", err)
		}
		if !end.After(start) {
			return fmt.Errorf("end %s is not after start %s", e.End, e.Start)
		}
	}
	return nil
}

// person returns the tenure a person entry describes.
func (e *Entry) person() *Person {
	p := &Person{Name: e.Name, Short: e.Short, Aliases: e.Aliases, Country: e.Country, Sector: e.Sector,
		Office: e.Office, Role: e.Role, Source: "user"}
	if p.Sector == "" {
		p.Sector = "GOV"
	}
	if p.Short == "" {
		p.Short = lastWord(e.Name)
		switch e.Country { // family name first; Thais go by the given name
		case "CHN", "TWN", "KOR", "PRK", "THA":
			if ws := Words(e.Name); len(ws) > 0 {
				p.Short = e.Name[ws[0].Start:ws[0].End]
			}
		}
	}
	p.Start, _ = parseDay(e.Start) // validated
	if e.End != "" {
		p.End, _ = parseDay(e.End)
	}
	return p
}

// apply lays the dictionary over t: a surface it defines loses its built-in
// meanings; a person it defines was left out of t by build.
func (d *Dict) apply(t *Tables) {
	rule := "user dictionary " + filepath.Base(d.Path)
	for _, e := range d.Entries {
		if e.Kind == KindPerson {
			t.addPerson(e.person(), rule)
			continue
		}
		if n := t.phrases[foldPhrase(e.Name)]; n != nil {
			n.es = nil // the user's meaning replaces the built-in ones
		}
		kind := map[string]string{KindName: kindName, KindDemonym: kindDemonym, KindCapital: kindCapital,
			KindSeat: kindSeat, KindAgent: kindAgent}[e.Kind]
		t.add(e.Name, entry{kind: kind, code: e.Country, sector: e.Sector, role: e.Role, office: e.Office,
			title: e.Kind == KindAgent && e.Role != "", curated: true, user: rule})
	}
}

// foldPhrase is the table key of a phrase: its words' keys joined by spaces.
func foldPhrase(s string) string {
	ws := Words(s)
	keys := make([]string, len(ws))
	for i, w := range ws {
		keys[i] = fold.Key(s[w.Start:w.End])
	}
	return strings.Join(keys, " ")
}

func lastWord(s string) string {
	ws := Words(s)
	if len(ws) == 0 {
		return s
	}
	w := ws[len(ws)-1]
	return s[w.Start:w.End]
}
