// Command gen builds the gazetteer that package place embeds
// (place/data/places.tsv.gz) from the GeoNames extract in the shared data:
//
//	go run ./place/internal/gen -shared ../shared -out place/data
//
// or "go generate ./place". It keeps every place of the extract (population
// at least 15,000, plus capitals and first-order seats) except historical,
// abandoned and destroyed ones, with its Latin-script alternate names, and
// turns the ISO alpha-2 country codes into alpha-3 with the Factbook join.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder")
	out := flag.String("out", "place/data", "the folder to write the gazetteer to")
	flag.Parse()
	if err := run(*shared, *out); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

func run(shared, out string) error {
	iso3, err := readISO(filepath.Join(shared, "data/factbook/countries.jsonl"))
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(shared, "data/places/cities.tsv.gz"))
	if err != nil {
		return fmt.Errorf("read places: %w", err)
	}
	defer f.Close()
	rows, err := convert(f, iso3)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("make %s: %w", out, err)
	}
	return write(filepath.Join(out, "places.tsv.gz"), rows)
}

// readISO maps ISO alpha-2 codes to alpha-3 from the Factbook extract.
func readISO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read factbook: %w", err)
	}
	out := map[string]string{}
	for _, line := range bytes.Split(b, []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var c struct{ ISO2, ISO3, Match string }
		var raw struct {
			ISO2  string `json:"iso2"`
			ISO3  string `json:"iso3"`
			Match string `json:"iso_match"`
		}
		if err := json.Unmarshal(line, &raw); err != nil {
			return nil, fmt.Errorf("read factbook: %w", err)
		}
		c.ISO2, c.ISO3, c.Match = raw.ISO2, raw.ISO3, raw.Match
		// Gaza and the West Bank are "part" of PS; a part never replaces
		// the exact entry of its code.
		if c.ISO2 != "" && (c.Match == "exact" || c.Match == "user-assigned" || c.Match == "part" && out[c.ISO2] == "") {
			out[c.ISO2] = c.ISO3
		}
	}
	return out, nil
}

// convert reads the GeoNames extract and returns the output rows:
// id, name, alternates (| separated), country, feature, population, lat, lon.
func convert(r io.Reader, iso3 map[string]string) ([][]string, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read places: %w", err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	var rows [][]string
	for n := 0; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), "\t")
		if n == 0 {
			continue
		}
		if len(f) != 10 {
			return nil, fmt.Errorf("read places: line %d has %d fields, want 10", n+1, len(f))
		}
		switch f[6] {
		case "PPLH", "PPLQ", "PPLW":
			continue
		}
		country := iso3[f[4]]
		if country == "" {
			continue
		}
		alternates := f[3]
		if !major(f[6], f[7]) {
			alternates = ""
		}
		rows = append(rows, []string{f[0], f[1], strings.Join(latinNames(f[1], f[2], alternates), "|"), country, f[6], f[7], f[8], f[9]})
	}
	return rows, sc.Err()
}

// major reports whether a place keeps its alternate names: capitals, first-
// order seats and cities of 100,000 or more.
func major(feature, population string) bool {
	return feature == "PPLC" || feature == "PPLA" || len(population) > 5
}

// latinNames keeps the ASCII name and the Latin-script alternates, dropping
// codes (all capitals, as airport codes) and the main name itself.
func latinNames(main, ascii, alternates string) []string {
	seen := map[string]bool{main: true}
	var out []string
	add := func(s string) {
		if s == "" || seen[s] || !latin(s) || isCode(s) || !unicode.IsUpper([]rune(s)[0]) {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	add(ascii)
	for _, a := range strings.Split(alternates, ",") {
		add(strings.TrimSpace(a))
	}
	sort.Strings(out)
	return out
}

func latin(s string) bool {
	for _, r := range s {
		if r > 0x24F || r == '|' || (!unicode.IsLetter(r) && !strings.ContainsRune(" -'.", r)) {
			return false
		}
	}
	return true
}

func isCode(s string) bool {
	return len(s) <= 4 && strings.ToUpper(s) == s
}

func write(path string, rows [][]string) error {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "id\tname\talternates\tcountry\tfeature\tpopulation\tlat\tlon")
	for _, r := range rows {
		fmt.Fprintln(w, strings.Join(r, "\t"))
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
