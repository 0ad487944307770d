// Package coder provides dyad's first event coder: the stage that finds
// who did what to whom in each sentence and codes it in CAMEO and PLOVER.
//
// It is a first version, working on words and actor mentions without a
// parse. The verb patterns are data (patterns.tsv, which users can read and
// extend). For a pattern's verb in a sentence, the source is the nearest
// actor mention before the verb that was not the target of an earlier event
// in the sentence ("A and B held talks" gives A→B and B→A for symmetric
// patterns), and the target is the first mention after the verb or after
// the pattern's preposition. Negation, plans and conditionals before the
// verb set the mood. The date is the nearest resolved time expression in the
// sentence, otherwise the publication date. Events without a target, or
// whose source and target are the same actor, are not coded. The parse-based
// coder replaces this one.
package coder

import (
	_ "embed"
	"fmt"
	"strings"

	"dyad/cameo"
)

//go:embed patterns.tsv
var patternsTSV string

// Pattern is one verb pattern.
type Pattern struct {
	Code      cameo.Code // Code is the CAMEO code the pattern codes.
	Verbs     [][]string // Verbs are the verb forms, as lower-case words.
	Objects   [][]string // Objects are the nouns that must follow, if any.
	Target    []string   // Target lists "obj" or prepositions, tried in order.
	Symmetric bool       // Symmetric codes both directions for "A and B VERB".
	Line      int        // Line is the pattern's line in its file, for explanations.
}

// ParsePatterns reads patterns in the layout of patterns.tsv, checking each
// code against the CAMEO table.
func ParsePatterns(tsv string, codes *cameo.Table) ([]Pattern, error) {
	var out []Pattern
	for i, line := range strings.Split(tsv, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		p, err := parsePattern(line, codes)
		if err != nil {
			return nil, fmt.Errorf("patterns line %d: %w", i+1, err)
		}
		p.Line = i + 1
		out = append(out, p)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("patterns: none found")
	}
	return out, nil
}

func parsePattern(line string, codes *cameo.Table) (Pattern, error) {
	f := strings.Split(line, "\t")
	if len(f) != 5 {
		return Pattern{}, fmt.Errorf("%d fields, want 5", len(f))
	}
	code, ok := codes.Lookup(f[0])
	if !ok {
		return Pattern{}, fmt.Errorf("unknown CAMEO code %q", f[0])
	}
	p := Pattern{Code: code, Verbs: alternatives(f[1]), Objects: alternatives(f[2]),
		Target: strings.Split(f[3], "|"), Symmetric: f[4] == "sym"}
	if len(p.Verbs) == 0 {
		return Pattern{}, fmt.Errorf("no verbs")
	}
	return p, nil
}

// alternatives splits "a b|c" into [[a b] [c]]; "-" means none.
func alternatives(s string) [][]string {
	if s == "-" || s == "" {
		return nil
	}
	var out [][]string
	for _, alt := range strings.Split(s, "|") {
		if ws := strings.Fields(strings.ToLower(alt)); len(ws) > 0 {
			out = append(out, ws)
		}
	}
	return out
}
