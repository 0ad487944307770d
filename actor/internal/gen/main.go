// Command gen builds the actor tables that dyad embeds (actor/data/*.tsv.gz)
// from the shared reference data and the hand-curated files beside it:
//
//	go run ./actor/internal/gen -shared ../shared -out actor/data
//
// or "go generate ./actor". Inputs: the CIA World Factbook extract
// (countries, names, demonyms, capitals, memberships), the dated heads of
// state and government, the 2022 foreign-minister seed, the Phoenix agents
// dictionary (MIT), and curated/*.tsv (dyad's own). Outputs are sorted, so a
// rerun on the same inputs writes the same bytes.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	shared := flag.String("shared", "../shared", "the shared data folder")
	curated := flag.String("curated", "actor/internal/gen/curated", "the folder of curated tables")
	out := flag.String("out", "actor/data", "the folder to write the tables to")
	flag.Parse()
	if err := run(*shared, *curated, *out); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

// Input paths inside the shared folder.
const (
	factbookPath = "data/factbook/countries.jsonl"
	headsPath    = "data/leaders/heads.tsv"
	ministerPath = "data/leaders/foreign-ministers-2022.csv"
	agentsPath   = "testdata/petrarch-validation/dictionaries/phoenix-ud-2018/Phoenix.agents.txt"
)

func run(shared, curated, out string) error {
	countries, err := readFactbook(filepath.Join(shared, factbookPath))
	if err != nil {
		return err
	}
	t := &tables{}
	if err := t.addCountries(countries, curated); err != nil {
		return err
	}
	if err := t.addOrgs(countries, filepath.Join(curated, "orgs.tsv")); err != nil {
		return err
	}
	if err := t.addGroups(filepath.Join(curated, "groups.tsv")); err != nil {
		return err
	}
	if err := t.addHeads(countries, filepath.Join(shared, headsPath), curated); err != nil {
		return err
	}
	if err := t.addMinisters(filepath.Join(shared, ministerPath), filepath.Join(curated, "people.tsv")); err != nil {
		return err
	}
	if err := t.addAgents(filepath.Join(shared, agentsPath), curated); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("make %s: %w", out, err)
	}
	return t.write(out)
}
