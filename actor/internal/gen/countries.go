package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// country is the part of a Factbook line the generator reads.
type country struct {
	ISO3         string `json:"iso3"`
	Match        string `json:"iso_match"`
	NameShort    string `json:"name_short"`
	NameLong     string `json:"name_long"`
	Abbreviation string `json:"abbreviation"`
	FormerNames  string `json:"former_names"`
	NationalNoun string `json:"nationality_noun"`
	NationalAdj  string `json:"nationality_adjective"`
	Capitals     []struct {
		Name     string   `json:"name"`
		Variants []string `json:"variants"`
	} `json:"capitals"`
	Orgs []struct {
		Org       string `json:"org"`
		Qualifier string `json:"qualifier"`
	} `json:"intl_orgs"`
}

// member reports whether c lists org with no qualifier.
func (c *country) member(org string) bool {
	for _, o := range c.Orgs {
		if o.Org == org && o.Qualifier == "" {
			return true
		}
	}
	return false
}

func readFactbook(path string) (map[string]*country, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read factbook: %w", err)
	}
	defer f.Close()
	out := map[string]*country{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for n := 1; sc.Scan(); n++ {
		var c country
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		// Only exact ISO entries (and Kosovo) are countries of their own;
		// "part" entities such as Gaza share their sovereign's code.
		if c.ISO3 != "" && (c.Match == "exact" || c.Match == "user-assigned") {
			out[c.ISO3] = &c
		}
	}
	return out, sc.Err()
}

// name is one surface that resolves to a country or organisation.
type name struct {
	surface, code, kind, sector, display string
}

var (
	parenRe  = regexp.MustCompile(`\s*\([^)]*\)`)
	noteRe   = regexp.MustCompile(`;?\s*note\s*-.*$`)
	pluralRe = regexp.MustCompile(`^(.*?)\((s|es|men|women)\)$`)
)

// forms splits a Factbook name or nationality field into surface forms:
// "Briton(s), British (collective plural)" gives Briton, Britons, British.
func forms(field string) []string {
	field = noteRe.ReplaceAllString(field, "")
	var out []string
	for _, part := range regexp.MustCompile(`,|;| or `).Split(field, -1) {
		part = strings.TrimSpace(part)
		if m := pluralRe.FindStringSubmatch(part); m != nil {
			base := m[1]
			out = append(out, base)
			switch m[2] {
			case "men", "women":
				out = append(out, strings.TrimSuffix(base, strings.TrimSuffix(m[2], "en")+"an")+m[2])
			default:
				out = append(out, base+m[2])
			}
			continue
		}
		part = strings.TrimSpace(parenRe.ReplaceAllString(part, ""))
		if part != "" && len(strings.Fields(part)) <= 5 {
			out = append(out, part)
		}
	}
	return out
}

// theForms turns "Bahamas, The" and "The Gambia" into both "The Gambia"
// and "Gambia".
func theForms(s string) []string {
	s = strings.TrimSpace(s)
	if t, ok := strings.CutSuffix(s, ", The"); ok {
		return []string{t, "The " + t}
	}
	if t, ok := strings.CutPrefix(s, "The "); ok {
		return []string{t, s}
	}
	return []string{s}
}

func (t *tables) addCountries(cs map[string]*country, curated string) error {
	var names []name
	for code, c := range cs {
		t.entities = append(t.entities, entity{code: code, name: firstNonEmpty(c.NameShort, c.NameLong, code)})
		for _, s := range []string{c.NameShort, noteRe.ReplaceAllString(c.NameLong, "")} {
			for _, f := range theForms(s) {
				names = append(names, name{f, code, "name", "", ""})
			}
		}
		for _, f := range forms(strings.ReplaceAll(c.Abbreviation, "(or ", ", ")) {
			names = append(names, name{f, code, "name", "", ""})
		}
		if !strings.Contains(c.FormerNames, "former name") {
			for _, f := range forms(c.FormerNames) {
				names = append(names, name{f, code, "former", "", ""})
			}
		}
		for _, f := range append(forms(c.NationalNoun), forms(c.NationalAdj)...) {
			names = append(names, name{f, code, "demonym", "", ""})
		}
		// Only the capitals of states stand for a government: the capital
		// of Bermuda is Hamilton, of the Isle of Man Douglas.
		if c.member("UN") || code == "TWN" || code == "XKX" || code == "VAT" {
			for _, cap := range c.Capitals {
				for _, f := range append([]string{cap.Name}, cap.Variants...) {
					names = append(names, name{f, code, "capital", "", ""})
				}
			}
		}
	}
	names = unambiguous(names, cs)
	extra, err := readTSV(filepath.Join(curated, "aliases.tsv"), 4)
	if err != nil {
		return err
	}
	drop := map[string]bool{}
	for _, r := range extra {
		if r[1] == "drop" {
			drop[fold(r[2])+"\x00"+r[0]] = true
		}
	}
	kept := names[:0]
	for _, n := range names {
		if !drop[fold(n.surface)+"\x00"+n.code] {
			kept = append(kept, n)
		}
	}
	names = kept
	for _, r := range extra {
		if r[1] == "drop" {
			continue
		}
		names = append(names, name{r[2], r[0], r[1], r[3], ""})
		// A code the Factbook has no exact entry for (PSE: Gaza and the
		// West Bank are "part" entities) becomes a country named by its
		// first curated name.
		if cs[r[0]] == nil && r[1] == "name" {
			cs[r[0]] = &country{ISO3: r[0], NameShort: r[2]}
			t.entities = append(t.entities, entity{code: r[0], name: r[2]})
		}
	}
	t.names = append(t.names, names...)
	return nil
}

// unambiguous drops surfaces that name more than one country, unless
// exactly one of them is a UN member ("Dutch" is NLD, not Aruba).
func unambiguous(names []name, cs map[string]*country) []name {
	codes := map[string]map[string]bool{}
	for _, n := range names {
		k := strings.ToLower(n.surface)
		if codes[k] == nil {
			codes[k] = map[string]bool{}
		}
		codes[k][n.code] = true
	}
	var out []name
	for _, n := range names {
		set := codes[strings.ToLower(n.surface)]
		if len(set) == 1 {
			out = append(out, n)
			continue
		}
		var un []string
		for c := range set {
			if cs[c] != nil && cs[c].member("UN") {
				un = append(un, c)
			}
		}
		if len(un) == 1 && un[0] == n.code {
			out = append(out, n)
		}
	}
	return out
}

func (t *tables) addOrgs(cs map[string]*country, path string) error {
	rows, err := readTSV(path, 8)
	if err != nil {
		return err
	}
	for _, r := range rows {
		code, ctry, sector, kind, full, fb, surfaces := r[0], r[1], r[2], r[3], r[4], r[5], r[6]
		if kind != "IGO" && kind != "NGO" && kind != "IMG" {
			return fmt.Errorf("%s: %s: kind %q: want IGO, NGO or IMG", path, code, kind)
		}
		var members []string
		if fb != "" {
			for c, v := range cs {
				if v.member(fb) {
					members = append(members, c)
				}
			}
			sort.Strings(members)
		}
		if code == ctry {
			t.entities = append(t.entities, entity{code: code, name: full, kind: kind, members: members})
		}
		for _, s := range strings.Split(surfaces, "|") {
			t.names = append(t.names, name{s, ctry, "org", sector, full})
		}
	}
	return nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// addGroups adds the regions and peoples of groups.tsv: names that make an
// actor only before an agent noun ("Darfur rebels").
func (t *tables) addGroups(path string) error {
	rows, err := readTSV(path, 3)
	if err != nil {
		return err
	}
	for _, r := range rows {
		surface, kind, code := r[0], r[1], r[2]
		if kind != "region" && kind != "people" {
			return fmt.Errorf("%s: %s: kind %q: want region or people", path, surface, kind)
		}
		t.names = append(t.names, name{surface, code, kind, "", ""})
	}
	return nil
}
