package coder

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"dyad/cameo"
)

// The built-in verb patterns: converted from the Phoenix dictionary, and
// dyad's own for today's news. See verbs/README.md for the format.
var (
	//go:embed verbs/phoenix.tsv
	phoenixTSV string
	//go:embed verbs/news.tsv
	newsTSV string
)

// NoEvent is the code of a pattern that stops a verb from being coded
// ("hold" + "breath"): the pattern matches, and nothing is coded.
const NoEvent = "---"

// Pattern is one verb pattern: a verb (or an event noun) with the words
// that must stand around it in the parse, and the CAMEO code it gives.
type Pattern struct {
	Code      string     // Code is the CAMEO code, or NoEvent.
	Name      string     // Name is the code's name, for explanations.
	Verb      string     // Verb is the lemma ("hold"), or a phrasal verb ("set up").
	Noun      bool       // Noun marks a nominal event ("noun:tariff").
	Slots     []Slot     // Slots are what must be found around the verb.
	Symmetric bool       // Symmetric codes A→B and B→A for "A and B VERB".
	File      string     // File names the pattern file.
	Line      int        // Line is the pattern's line in File.
	Priority  int        // Priority breaks ties: user files > news.tsv > phoenix.tsv.
	ontology  cameo.Code // the code's ontology entry
}

// Slot is one thing a pattern needs beside its verb: the direct object
// (Prep "") or a prepositional complement, whose head is one of Words, or
// which holds the target actor.
type Slot struct {
	Prep    string          // Prep is the preposition, "" for the direct object.
	Words   map[string]bool // Words are the one-word heads accepted; nil with Target or Any.
	Phrases [][]string      // Phrases are heads with the modifiers they must have: verbal_attack is [verbal attack].
	Target  bool            // Target means the slot holds the target actor.
	Any     bool            // Any accepts any head ("to:*").
	text    string
}

// String writes the slot as in the pattern file.
func (s Slot) String() string { return s.text }

// Where marks a pattern's location: "news.tsv:12".
func (p *Pattern) Where() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// String writes the pattern as in the pattern file.
func (p *Pattern) String() string {
	var fr []string
	for _, s := range p.Slots {
		fr = append(fr, s.text)
	}
	v := p.Verb
	if p.Noun {
		v = "noun:" + v
	}
	if len(fr) == 0 {
		fr = []string{"-"}
	}
	return fmt.Sprintf("%s %s %s", p.Code, v, strings.Join(fr, " "))
}

// Patterns is a set of verb patterns indexed by verb lemma.
type Patterns struct {
	byVerb map[string][]*Pattern
	byNoun map[string][]*Pattern
	sets   map[string][]string
	n      int
}

// Len returns the number of patterns (one per verb and frame).
func (ps *Patterns) Len() int { return ps.n }

// NewPatterns returns an empty pattern set.
func NewPatterns() *Patterns {
	return &Patterns{byVerb: map[string][]*Pattern{}, byNoun: map[string][]*Pattern{}, sets: map[string][]string{}}
}

// Add reads a pattern file (named file, for explanations) into ps; its
// patterns win ties over those read before. It checks every code against
// codes and says which line is wrong.
func (ps *Patterns) Add(file, text string, priority int, codes *cameo.Table) error {
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(strings.SplitN(line, "#", 2)[0], " \t\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		if strings.HasPrefix(f[0], "&") {
			if len(f) != 2 {
				return fmt.Errorf("%s:%d: a word set is \"&name<TAB>word|word\"", file, i+1)
			}
			ps.sets[f[0]] = strings.Split(strings.ToLower(f[1]), "|")
			continue
		}
		if err := ps.addLine(f, file, i+1, priority, codes); err != nil {
			return fmt.Errorf("%s:%d: %w", file, i+1, err)
		}
	}
	return nil
}

// addLine reads "code<TAB>verb|verb<TAB>frame".
func (ps *Patterns) addLine(f []string, file string, line, priority int, codes *cameo.Table) error {
	if len(f) != 3 {
		return fmt.Errorf("%d tab-separated fields, want 3 (code, verbs, frame)", len(f))
	}
	code := strings.TrimSpace(f[0])
	var onto cameo.Code
	if code != NoEvent {
		c, ok := codes.Lookup(code)
		if !ok {
			return fmt.Errorf("unknown CAMEO code %q (see cameo/codes.tsv)", code)
		}
		onto = c
	}
	slots, sym, err := ps.frame(strings.TrimSpace(f[2]))
	if err != nil {
		return err
	}
	col := strings.ToLower(strings.TrimSpace(f[1]))
	noun := strings.HasPrefix(col, "noun:")
	for _, v := range strings.Split(strings.TrimPrefix(col, "noun:"), "|") {
		v = strings.Join(strings.Fields(v), " ")
		if noun {
			v = "noun:" + v
		}
		if v == "" {
			return fmt.Errorf("empty verb in %q", f[1])
		}
		p := &Pattern{Code: code, Name: onto.Name, Verb: v, Slots: slots, Symmetric: sym, File: file, Line: line, Priority: priority, ontology: onto}
		if strings.HasPrefix(v, "noun:") {
			p.Noun, p.Verb = true, strings.TrimPrefix(v, "noun:")
			ps.byNoun[p.Verb] = append(ps.byNoun[p.Verb], p)
			ps.n++
			continue
		}
		// "communicate with": a verb and the preposition of its target.
		if w := strings.Fields(v); len(w) == 2 && prepositions[w[1]] {
			p.Verb = w[0]
			p.Slots = append([]Slot{{Prep: w[1], Target: true, text: w[1] + ":TARGET"}}, slots...)
		}
		ps.byVerb[p.Verb] = append(ps.byVerb[p.Verb], p)
		ps.n++
	}
	return nil
}

// frame reads the frame column: "-", or slots and the word "sym".
func (ps *Patterns) frame(s string) ([]Slot, bool, error) {
	var out []Slot
	sym := false
	for _, it := range strings.Fields(s) {
		if it == "-" {
			continue
		}
		if it == "sym" {
			sym = true
			continue
		}
		sl := Slot{text: it}
		head := it
		if i := strings.Index(it, ":"); i >= 0 {
			sl.Prep, head = strings.ReplaceAll(strings.ToLower(it[:i]), "_", " "), it[i+1:] // "out_of:*"
			if sl.Prep == "" {
				return nil, false, fmt.Errorf("slot %q: empty preposition", it)
			}
		}
		switch head {
		case "TARGET":
			sl.Target = true
		case "*":
			sl.Any = true
		case "":
			return nil, false, fmt.Errorf("slot %q: nothing after the preposition", it)
		default:
			sl.Words = map[string]bool{}
			for _, w := range strings.Split(strings.ToLower(head), "|") {
				if strings.Contains(w, "_") {
					sl.Phrases = append(sl.Phrases, strings.Split(w, "_"))
					continue
				}
				if strings.HasPrefix(w, "&") {
					set, ok := ps.sets[w]
					if !ok {
						return nil, false, fmt.Errorf("slot %q: word set %s is not defined above", it, w)
					}
					for _, x := range set {
						sl.Words[x] = true
					}
					continue
				}
				sl.Words[w] = true
			}
		}
		out = append(out, sl)
	}
	return out, sym, nil
}

// verbs returns the patterns of a verb lemma; nouns those of an event noun.
func (ps *Patterns) verbs(lemma string) []*Pattern { return ps.byVerb[lemma] }
func (ps *Patterns) nouns(lemma string) []*Pattern { return ps.byNoun[lemma] }

// Verbs returns the verbs with patterns, sorted, for listings.
func (ps *Patterns) Verbs() []string {
	out := make([]string, 0, len(ps.byVerb))
	for v := range ps.byVerb {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

// builtinPatterns reads the embedded pattern files.
func builtinPatterns(codes *cameo.Table) (*Patterns, error) {
	ps := NewPatterns()
	if err := ps.Add("phoenix.tsv", phoenixTSV, 0, codes); err != nil {
		return nil, err
	}
	if err := ps.Add("news.tsv", newsTSV, 1, codes); err != nil {
		return nil, err
	}
	return ps, nil
}

var prepositions = map[string]bool{"about": true, "against": true, "at": true, "by": true, "for": true, "from": true,
	"in": true, "into": true, "of": true, "on": true, "onto": true, "over": true, "through": true, "to": true,
	"toward": true, "towards": true, "under": true, "upon": true, "with": true, "within": true, "between": true,
	"among": true, "across": true, "after": true, "before": true, "behind": true, "near": true}
