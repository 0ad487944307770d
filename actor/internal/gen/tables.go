package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// tables is everything the generator writes.
type tables struct {
	entities []entity
	names    []name
	people   []person
	agents   []agent
}

// entity is a country or organisation.
type entity struct {
	code, name string
	kind       string // IGO, NGO or IMG for an organisation, "" for a country
	members    []string
}

// agent is a role noun or title ("prime minister", "riot police").
type agent struct {
	phrase, sector, office, title, role, source string
}

var (
	phoenixLine = regexp.MustCompile(`^([^\[#{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3})[A-Z]*\]`)
	substRe     = regexp.MustCompile(`^!([A-Z]+)!\s*=\s*(.*)$`)
)

// addAgents reads the Phoenix agents dictionary, expands its substitution
// sets and regular plurals, and lays the curated titles over it.
func (t *tables) addAgents(phoenix, curated string) error {
	b, err := os.ReadFile(phoenix)
	if err != nil {
		return fmt.Errorf("read agents: %w", err)
	}
	subst := map[string][]string{}
	byPhrase := map[string]agent{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if m := substRe.FindStringSubmatch(line); m != nil {
			for _, v := range strings.Split(m[2], ",") {
				subst["!"+m[1]+"!"] = append(subst["!"+m[1]+"!"], strings.TrimSpace(v))
			}
			continue
		}
		m := phoenixLine.FindStringSubmatch(line)
		if m == nil || strings.HasPrefix(line, "#") {
			continue
		}
		for _, p := range expand(m[1], subst) {
			for _, f := range withPlural(p) {
				if len(strings.Fields(f)) <= 4 {
					byPhrase[f] = agent{phrase: f, sector: m[3], source: "phoenix"}
				}
			}
		}
	}
	rows, err := readTSV(filepath.Join(curated, "titles.tsv"), 5)
	if err != nil {
		return err
	}
	for _, r := range rows {
		for i, f := range withPlural(r[0]) {
			title := r[3]
			if i > 0 {
				title = "0" // "ministers" stands before no name
			}
			if i == 0 || byPhrase[f].source != "curated" {
				byPhrase[f] = agent{phrase: f, sector: r[1], office: r[2], title: title, role: r[4], source: "curated"}
			}
		}
	}
	for _, a := range byPhrase {
		t.agents = append(t.agents, a)
	}
	return nil
}

// expand turns a Phoenix phrase ("BUSINESS!PERSON!", "ARMED_POLICE") into
// lower-case word sequences.
func expand(p string, subst map[string][]string) []string {
	p = strings.TrimRight(strings.TrimSpace(p), "_")
	out := []string{p}
	for k, vs := range subst {
		if !strings.Contains(p, k) {
			continue
		}
		out = out[:0]
		for _, v := range vs {
			out = append(out, strings.ReplaceAll(p, k, v))
		}
	}
	for i, s := range out {
		s = strings.NewReplacer("_", " ", "  ", " ").Replace(s)
		out[i] = strings.ToLower(strings.TrimSpace(s))
	}
	return out
}

// withPlural adds the regular plural, as PETRARCH does for agent nouns.
func withPlural(p string) []string {
	switch {
	case strings.HasSuffix(p, "s"), strings.HasSuffix(p, "men"), strings.HasSuffix(p, "ry"):
		return []string{p}
	case strings.HasSuffix(p, "y") && !strings.HasSuffix(p, "ey") && !strings.HasSuffix(p, "ay"):
		return []string{p, p[:len(p)-1] + "ies"}
	case strings.HasSuffix(p, "man"):
		return []string{p, p[:len(p)-3] + "men"}
	case strings.HasSuffix(p, "ch"), strings.HasSuffix(p, "sh"), strings.HasSuffix(p, "x"):
		return []string{p, p + "es"}
	}
	return []string{p, p + "s"}
}

// write writes the four tables, each a gzipped TSV with a header line.
func (t *tables) write(dir string) error {
	sort.Slice(t.entities, func(i, j int) bool { return t.entities[i].code < t.entities[j].code })
	var rows [][]string
	for _, e := range t.entities {
		rows = append(rows, []string{e.code, e.name, e.kind, strings.Join(e.members, " ")})
	}
	if err := writeTable(filepath.Join(dir, "entities.tsv.gz"), "code\tname\tkind\tmembers", rows); err != nil {
		return err
	}
	rows = rows[:0]
	seen := map[string]bool{}
	for _, n := range t.names {
		n.surface = strings.TrimSpace(n.surface)
		k := strings.Join([]string{n.surface, n.code, n.kind, n.sector}, "\t")
		if n.surface == "" || seen[k] {
			continue
		}
		seen[k] = true
		rows = append(rows, []string{n.surface, n.code, n.kind, n.sector, n.display})
	}
	sortRows(rows)
	if err := writeTable(filepath.Join(dir, "names.tsv.gz"), "surface\tcode\tkind\tsector\tdisplay", rows); err != nil {
		return err
	}
	sortPeople(t.people)
	rows = rows[:0]
	for _, p := range t.people {
		rows = append(rows, []string{p.country, p.sector, p.office, p.role, p.title, p.name, p.short,
			strings.Join(p.aliases, "|"), p.start, p.end, p.source, p.checked})
	}
	if err := writeTable(filepath.Join(dir, "people.tsv.gz"),
		"country\tsector\toffice\trole\ttitle\tname\tshort\taliases\tstart\tend\tsource\tchecked", rows); err != nil {
		return err
	}
	rows = rows[:0]
	for _, a := range t.agents {
		rows = append(rows, []string{a.phrase, a.sector, a.office, a.title, a.role, a.source})
	}
	sortRows(rows)
	return writeTable(filepath.Join(dir, "agents.tsv.gz"), "phrase\tsector\toffice\ttitle\trole\tsource", rows)
}

func sortRows(rows [][]string) {
	sort.Slice(rows, func(i, j int) bool { return strings.Join(rows[i], "\t") < strings.Join(rows[j], "\t") })
}

// writeTable writes a gzipped TSV with a fixed gzip header, so that the
// bytes depend only on the rows.
func writeTable(path, header string, rows [][]string) error {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, header)
	for _, r := range rows {
		for i, f := range r {
			if strings.ContainsAny(f, "\t\n") {
				return fmt.Errorf("write %s: field %q holds a tab or newline", path, f)
			}
			if i > 0 {
				w.WriteByte('\t')
			}
			w.WriteString(f)
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
