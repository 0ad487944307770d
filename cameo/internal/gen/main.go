// Command gen writes cameo/codes.tsv, the CAMEO ontology that dyad ships,
// from the merged CAMEO codebook in ../shared/testdata/cameo. Run it from
// the repository root:
//
//	go run ./cameo/internal/gen -in ../shared/testdata/cameo/cameo-codebook.jsonl -out cameo/codes.tsv
//
// It keeps GDELT's Goldstein weights and Schrodt's 2021 CAMEO→PLOVER
// crosswalk. The crosswalk leaves the 01 (statement) and 02 (appeal) roots
// unmapped; dyad maps 02 to REQUEST, which PLOVER defines to cover appeals,
// and leaves 01 without a PLOVER type, as PLOVER does not code statements.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
)

type mapping struct {
	Event   string   `json:"event"`
	Mode    string   `json:"mode"`
	Context []string `json:"context"`
}

type code struct {
	Code      string    `json:"code"`
	Name      string    `json:"name"`
	Root      string    `json:"root"`
	QuadClass int       `json:"quad_class"`
	Goldstein float64   `json:"goldstein"`
	PLOVER    []mapping `json:"plover_2021"`
}

func main() {
	in := flag.String("in", "../shared/testdata/cameo/cameo-codebook.jsonl", "merged CAMEO codebook (JSONL)")
	out := flag.String("out", "cameo/codes.tsv", "table to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		log.Fatal(err)
	}
}

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("open codebook: %w", err)
	}
	defer f.Close()
	var b strings.Builder
	b.WriteString("# CAMEO codes with GDELT Goldstein weights and the 2021 CAMEO→PLOVER crosswalk; see NOTICE.\n")
	b.WriteString("code\troot\tname\tquad_class\tgoldstein\tplover\tmode\tcontext\n")
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var c code
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return fmt.Errorf("parse codebook: %w", err)
		}
		m := plover(c)
		fmt.Fprintf(&b, "%s\t%s\t%s\t%d\t%.1f\t%s\t%s\t%s\n", c.Code, c.Root, c.Name, c.QuadClass,
			c.Goldstein, m.Event, m.Mode, strings.Join(m.Context, ","))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read codebook: %w", err)
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// plover returns the first crosswalk mapping, REQUEST for the 02 root and
// nothing for the 01 root.
func plover(c code) mapping {
	switch {
	case len(c.PLOVER) > 0:
		return c.PLOVER[0]
	case c.Root == "02":
		return mapping{Event: "REQUEST"}
	}
	return mapping{}
}
