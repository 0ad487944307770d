package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	foldpkg "dyad/fold"
)

// person is one tenure of one person in one office.
type person struct {
	country, sector, office, role, title, name, short string
	aliases                                           []string
	start, end, source, checked                       string
	lastSeen                                          string // lastSeen is the last snapshot showing a head, or ""
}

// lastSnapshot is the date of the newest Factbook snapshot in heads.tsv.
const lastSnapshot = "2026-01-22"

// scgEnd is the day Serbia succeeded the dissolved Serbia and Montenegro,
// whose heads the generator lists under Serbia.
const scgEnd = "2006-06-05"

var roleOf = map[string]string{"HOS": "head of state", "HOG": "head of government", "REP": "representative of the head of state"}

func (t *tables) addHeads(cs map[string]*country, path, curated string) error {
	rows, err := readTSV(path, 12)
	if err != nil {
		return err
	}
	homes, err := readTSV(filepath.Join(curated, "home.tsv"), 2)
	if err != nil {
		return err
	}
	home := map[string]string{}
	for _, r := range homes {
		home[r[0]] = r[1]
	}
	aliasRows, err := readTSV(filepath.Join(curated, "head-aliases.tsv"), 3)
	if err != nil {
		return err
	}
	aliases := map[string][]string{}
	shorts := map[string]string{}
	for _, r := range aliasRows {
		aliases[r[0]] = strings.Split(r[1], "|")
		shorts[r[0]] = r[2]
	}
	var ps []person
	for _, r := range rows {
		iso, role, title, nm, surname, start, end := r[0], r[2], r[3], r[4], r[5], r[6], r[7]
		if iso == "" || start == "" || strings.EqualFold(nm, "vacant") {
			continue
		}
		if strings.HasPrefix(nm, "(") { // "(nonresident) Neil Lucas"
			if i := strings.Index(nm, ")"); i > 0 {
				nm = strings.TrimSpace(nm[i+1:])
			}
		}
		if end != "" && end <= start { // the source's successor dates are sometimes wrong
			end = ""
		}
		if iso == "SCG" { // Serbia and Montenegro: Serbia is its successor state
			iso = "SRB"
			if end == "" {
				end = scgEnd
			}
		}
		p := person{country: iso, sector: "GOV", office: role, role: roleOf[role], title: title, name: nm,
			short: surname, start: start, end: end, source: "factbook", lastSeen: r[9]}
		if s := shorts[nm]; s != "" {
			p.short = s
		}
		variants := nameVariants(nm, p.short)
		// The display name is the curated usual form ("Vladimir Putin"),
		// else the name without initials ("Donald Trump").
		switch {
		case len(aliases[nm]) > 0:
			p.name = aliases[nm][0]
		case len(variants) > 0:
			p.name = variants[0]
		}
		p.aliases = dedupe(p.name, p.short, append(append([]string{nm}, variants...), aliases[nm]...))
		ps = append(ps, p)
	}
	ps = closeTenures(ps)
	t.people = append(t.people, dropRealms(ps, home, cs)...)
	return nil
}

var (
	initialRe  = regexp.MustCompile(`\s[A-Z]\.`)
	nicknameRe = regexp.MustCompile(`\s*[("]([^)"]*)[)"]`)
)

// nameVariants gives the forms of a Factbook name that news text uses:
// "Donald J. Trump" is also "Donald Trump"; "Anthony (Tony) Blair" is
// also "Tony Blair" and "Anthony Blair".
func nameVariants(n, short string) []string {
	var out []string
	if m := nicknameRe.FindStringSubmatch(n); m != nil {
		plain := strings.TrimSpace(nicknameRe.ReplaceAllString(n, ""))
		last := lastWord(plain)
		if i := strings.Index(plain, short); short != "" && i > 0 {
			last = plain[i:] // "Pepe Mujica Cordano"
		}
		out = append(out, m[1]+" "+last, plain) // the nickname form first: the usual one
		n = plain
	}
	if v := strings.TrimSpace(initialRe.ReplaceAllString(n, "")); v != n {
		out = append(out, v)
		n = v
	}
	// "Justin Pierre James Trudeau" is "Justin Trudeau" in the news.
	if f := strings.Fields(n); len(f) > 2 && strings.HasSuffix(n, " "+short) && !strings.HasPrefix(n, short) {
		if v := f[0] + " " + short; v != n {
			out = append(out, v)
		}
	}
	return out
}

// shortName is the part of a name used alone later in an article: the
// family name, which comes first in Chinese and Korean names.
func shortName(country, n string) string {
	f := strings.Fields(n)
	switch country {
	case "CHN", "TWN", "KOR", "PRK", "THA": // family name first; Thais go by the given name
		return f[0]
	}
	for i := 1; i < len(f)-1; i++ { // "Ursula von der Leyen" is "von der Leyen"
		switch f[i] {
		case "von", "van", "de", "der", "da", "la", "del":
			return strings.Join(f[i:], " ")
		}
	}
	return lastWord(n)
}

func lastWord(s string) string {
	f := strings.Fields(s)
	return f[len(f)-1]
}

// dedupe drops repeated aliases and those equal to the name or the short
// form (which is indexed as a surname).
func dedupe(nm, short string, as []string) []string {
	seen := map[string]bool{fold(nm): true, fold(short): true}
	var out []string
	for _, a := range as {
		if !seen[fold(a)] {
			seen[fold(a)] = true
			out = append(out, a)
		}
	}
	return out
}

// closeTenures ends an open tenure at the start of a later holder of the
// same office: the source leaves some ends empty ("no successor parsed").
func closeTenures(ps []person) []person {
	key := func(p person) string { return p.country + p.office + "\x00" + p.role }
	next := map[string][]string{}
	for _, p := range ps {
		next[key(p)] = append(next[key(p)], p.start)
	}
	for i := range ps {
		p := &ps[i]
		if p.end != "" || p.lastSeen >= lastSnapshot {
			continue
		}
		for _, s := range next[key(*p)] {
			if s > p.start && (p.end == "" || s < p.end) {
				p.end = s
			}
		}
		if p.end == "" && p.lastSeen != "" { // gone from the source with no successor
			p.end = p.lastSeen
			if len(p.end) == 4 {
				p.end += "-12-31"
			}
		}
	}
	return ps
}

// dropRealms keeps one row for a head of state that the Factbook repeats
// for each realm or territory (same name and start): the curated home, or
// the UN member with the most memberships.
func dropRealms(ps []person, home map[string]string, cs map[string]*country) []person {
	groups := map[string][]int{}
	for i, p := range ps {
		if p.office == "HOS" {
			k := p.name + "\x00" + p.start[:4]
			groups[k] = append(groups[k], i)
		}
	}
	for k, idx := range groups { // one country's own repeated rows are not realms
		countries := map[string]bool{}
		for _, i := range idx {
			countries[ps[i].country] = true
		}
		if len(countries) < 2 {
			delete(groups, k)
		}
	}
	drop := map[int]bool{}
	for _, idx := range groups {
		if len(idx) < 2 {
			continue
		}
		keep := idx[0]
		best := -1
		for _, i := range idx {
			c := cs[ps[i].country]
			if h := home[ps[i].name]; h != "" {
				if ps[i].country == h {
					keep, best = i, 1<<30
				}
				continue
			}
			if c != nil && c.member("UN") && len(c.Orgs) > best {
				keep, best = i, len(c.Orgs)
			}
		}
		for _, i := range idx {
			if i != keep {
				drop[i] = true
			}
		}
	}
	var out []person
	for i, p := range ps {
		if !drop[i] {
			out = append(out, p)
		}
	}
	return out
}

// addMinisters reads the 2022 foreign-minister seed and the curated
// office-holders. A curated row replaces a seed row for the same person and
// office; the seed's open tenures end where a curated successor starts.
func (t *tables) addMinisters(seedPath, curatedPath string) error {
	seed, err := readCSV(seedPath)
	if err != nil {
		return err
	}
	cur, err := readTSV(curatedPath, 9)
	if err != nil {
		return err
	}
	var ps []person
	known := map[string]bool{}
	for _, r := range cur {
		p := person{country: r[0], sector: r[1], office: r[2], role: r[3], name: r[4], start: r[6], end: r[7],
			source: "curated", checked: r[8]}
		if r[5] != "" {
			p.aliases = strings.Split(r[5], "|")
		}
		p.short = shortName(p.country, p.name)
		known[p.country+p.office+fold(p.short)] = true
		ps = append(ps, p)
	}
	for _, r := range seed[1:] { // seed[0] is the CSV header
		iso, nm, start := r[0], r[1], r[2]
		if known[iso+"FM"+fold(shortName(iso, nm))] || start == "" {
			continue
		}
		ps = append(ps, person{country: iso, sector: "GOV", office: "FM", role: "foreign minister", name: nm,
			short: shortName(iso, nm), start: start, source: "wikidata-2022"})
	}
	t.people = append(t.people, closeTenures(ps)...)
	return nil
}

// fold is the lookup key the resolver uses.
func fold(s string) string { return foldpkg.Key(s) }

func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return rows, nil
}

// readTSV reads a tab-separated file with a header line, skipping comment
// lines starting with "#" and blank lines; every row must have at most n
// fields (missing trailing fields are filled with ""). The header is not
// returned.
func readTSV(path string, n int) ([][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	var rows [][]string
	header := true
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) > n {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", path, i+1, len(f), n)
		}
		for len(f) < n {
			f = append(f, "")
		}
		rows = append(rows, f)
	}
	return rows, nil
}

func sortPeople(ps []person) {
	sort.Slice(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.country != b.country {
			return a.country < b.country
		}
		if a.office != b.office {
			return a.office < b.office
		}
		if a.start != b.start {
			return a.start < b.start
		}
		return a.name < b.name
	})
}
