package coder

import (
	_ "embed"
	"fmt"
	"strings"

	"dyad/cameo"
)

//go:embed surface.tsv
var surfaceTSV string

// surfacePattern is one verb pattern.
type surfacePattern struct {
	Code      cameo.Code // Code is the CAMEO code the pattern codes.
	Verbs     [][]string // Verbs are the verb forms, as lower-case words.
	Objects   [][]string // Objects are the nouns that must follow, if any.
	Target    []string   // Target lists "obj" or prepositions, tried in order.
	Symmetric bool       // Symmetric codes both directions for "A and B VERB".
	Line      int        // Line is the pattern's line in its file, for explanations.
}

// parseSurface reads patterns in the layout of surface.tsv, checking each
// code against the CAMEO table.
func parseSurface(tsv string, codes *cameo.Table) ([]surfacePattern, error) {
	var out []surfacePattern
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

func parsePattern(line string, codes *cameo.Table) (surfacePattern, error) {
	f := strings.Split(line, "\t")
	if len(f) != 5 {
		return surfacePattern{}, fmt.Errorf("%d fields, want 5", len(f))
	}
	code, ok := codes.Lookup(f[0])
	if !ok {
		return surfacePattern{}, fmt.Errorf("unknown CAMEO code %q", f[0])
	}
	p := surfacePattern{Code: code, Verbs: alternatives(f[1]), Objects: alternatives(f[2]),
		Target: strings.Split(f[3], "|"), Symmetric: f[4] == "sym"}
	if len(p.Verbs) == 0 {
		return surfacePattern{}, fmt.Errorf("no verbs")
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
