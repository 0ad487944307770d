// Package cameo provides the CAMEO event ontology: every CAMEO code with its
// name, root, quad class and Goldstein weight, and its PLOVER type, mode and
// context from the 2021 crosswalk. The table is embedded (codes.tsv, see
// NOTICE for its origin) and parsed once.
package cameo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

//go:embed codes.tsv
var codesTSV string

// Code is one CAMEO event code.
type Code struct {
	Code      string   // Code is the CAMEO code ("040"); leading zeros matter.
	Root      string   // Root is the two-digit root ("04").
	Name      string   // Name is the code's name ("Consult").
	QuadClass int      // QuadClass is 1 verbal cooperation … 4 material conflict.
	Goldstein float64  // Goldstein is the GDELT Goldstein weight, −10..10.
	PLOVER    string   // PLOVER is the PLOVER event type, "" for statements (01).
	Mode      string   // Mode is the PLOVER mode, if any ("visit").
	Context   []string // Context lists PLOVER contexts, if any ("diplomatic").
}

// Table is the CAMEO ontology, indexed by code.
type Table struct {
	codes map[string]Code
	order []string
}

var builtin = sync.OnceValues(func() (*Table, error) { return Parse(codesTSV) })

// Builtin returns the embedded table.
func Builtin() *Table {
	t, err := builtin()
	if err != nil {
		panic(fmt.Sprintf("cameo: embedded table is corrupt: %v", err)) // caught by the package tests
	}
	return t
}

// Lookup returns the code c; ok is false if CAMEO has no such code.
func (t *Table) Lookup(c string) (Code, bool) {
	code, ok := t.codes[c]
	return code, ok
}

// Codes returns every code in CAMEO order.
func (t *Table) Codes() []Code {
	out := make([]Code, len(t.order))
	for i, c := range t.order {
		out[i] = t.codes[c]
	}
	return out
}

// Parse reads a table in the layout of codes.tsv: '#' comment lines, a
// header, then code, root, name, quad_class, goldstein, plover, mode and
// context, tab-separated.
func Parse(tsv string) (*Table, error) {
	t := &Table{codes: map[string]Code{}}
	header := true
	for i, line := range strings.Split(tsv, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		c, err := parseRow(line)
		if err != nil {
			return nil, fmt.Errorf("cameo table line %d: %w", i+1, err)
		}
		t.codes[c.Code] = c
		t.order = append(t.order, c.Code)
	}
	if len(t.order) == 0 {
		return nil, fmt.Errorf("cameo table: no codes")
	}
	return t, nil
}

func parseRow(line string) (Code, error) {
	f := strings.Split(line, "\t")
	if len(f) != 8 {
		return Code{}, fmt.Errorf("%d fields, want 8", len(f))
	}
	quad, err := strconv.Atoi(f[3])
	if err != nil || quad < 1 || quad > 4 {
		return Code{}, fmt.Errorf("quad class %q: want 1 to 4", f[3])
	}
	g, err := strconv.ParseFloat(f[4], 64)
	if err != nil || g < -10 || g > 10 {
		return Code{}, fmt.Errorf("goldstein %q: want -10 to 10", f[4])
	}
	if len(f[0]) < 2 || !strings.HasPrefix(f[0], f[1]) {
		return Code{}, fmt.Errorf("code %q does not start with its root %q", f[0], f[1])
	}
	c := Code{Code: f[0], Root: f[1], Name: f[2], QuadClass: quad, Goldstein: g, PLOVER: f[5], Mode: f[6]}
	if f[7] != "" {
		c.Context = strings.Split(f[7], ",")
	}
	return c, nil
}
