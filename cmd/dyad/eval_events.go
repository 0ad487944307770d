package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"dyad"
	"dyad/actor"
	"dyad/coder"
)

const evalEventsExample = `dyad eval events --gold ../shared/testdata/petrarch-validation/petr2-gsr-english.jsonl \
    --parses ../shared/testdata/petrarch-validation/petr2-gsr-english.parses.jsonl`

// goldRecord is one gold sentence, in either of the two layouts read: the
// PETRARCH validation records ("expected" triples) or the PLOVER gold
// standard records (source and target lists, cameo_code_inferred).
type goldRecord struct {
	ID       string       `json:"id"`
	Text     string       `json:"text"`
	Date     string       `json:"date"`
	Expected []goldTriple `json:"expected"`
	Evaluate *bool        `json:"evaluate"`
	Source   []goldActor  `json:"source"`
	Target   []goldActor  `json:"target"`
	Markup   string       `json:"markup"`
	CAMEO    string       `json:"cameo_code_inferred"`
}

type goldTriple struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

type goldActor struct {
	Code string `json:"code"`
}

func runEvalEvents(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "eval events", "eval events --gold FILE.jsonl [--parses FILE.jsonl] [--patterns FILE]... [--all-moods] [--format text|json] [--errors]", evalEventsExample)
	gold := fs.String("gold", "", "gold `FILE.jsonl`: records with text, date and expected (source, target, code) triples, or PLOVER gold records")
	parses := fs.String("parses", "", "CoNLL-U parses `FILE.jsonl` ({id, parse}) to code from instead of the NLP stage")
	format := fs.String("format", "text", "output `format`: text or json")
	showErrors := fs.Bool("errors", false, "list every record where dyad and the gold differ, with its sentence")
	allMoods := fs.Bool("all-moods", false, "count negated, planned and hypothetical events too (by default only asserted events count)")
	explainID := fs.String("explain", "", "explain how the record with this `ID` was coded (all: every record)")
	pats := patternsFlag(fs)
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if *gold == "" {
		return usagef("eval events: --gold FILE.jsonl is required")
	}
	if *format != "text" && *format != "json" {
		return usagef("eval events: --format %q: want text or json", *format)
	}
	recs, err := readGold(*gold)
	if err != nil {
		return err
	}
	var trees map[string]string
	if *parses != "" {
		if trees, err = readParses(*parses); err != nil {
			return err
		}
	}
	ev, err := newEventEvaluator(*pats, trees, env)
	if err != nil {
		return err
	}
	sc := newEventScores()
	for _, r := range recs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if *explainID != "" && *explainID != "all" && r.ID != *explainID {
			continue
		}
		got, err := ev.code(ctx, r, *allMoods)
		if *explainID != "" && ev.last != nil {
			for i := range ev.last.Sentences { // a dateline or a headline is a sentence of its own
				writeTrace(env.Stdout, ev.last, ev.events.Explain(ev.last, i))
			}
		}
		if err != nil {
			fmt.Fprintf(env.Stderr, "dyad: eval events: record %s: %v\n", r.ID, err)
		}
		sc.add(r, goldTriples(r), got, *showErrors, env.Stdout)
	}
	sc.Records, sc.Gold, sc.Mode, sc.AllMoods = len(recs), *gold, ev.mode, *allMoods
	sc.finish()
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(sc)
	}
	sc.write(env.Stdout)
	return nil
}

// readGold reads gold records, skipping those marked not to evaluate.
func readGold(path string) ([]goldRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval events: open gold: %w", err)
	}
	defer f.Close()
	var out []goldRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r goldRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("eval events: %s:%d: %w (want one JSON object a line)", path, n, err)
		}
		if r.Evaluate != nil && !*r.Evaluate {
			continue
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval events: read %s: %w", path, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("eval events: %s has no records to evaluate", path)
	}
	return out, nil
}

// readParses reads {id, parse} lines into a map from id to CoNLL-U.
func readParses(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval events: read parses: %w", err)
	}
	out := map[string]string{}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	for {
		var p struct{ ID, Format, Parse string }
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("eval events: %s: %w", path, err)
		}
		if p.Format == "conllu" {
			out[p.ID] = p.Parse
		}
	}
	return out, nil
}

// goldTriples returns the expected (source country, target country, code)
// triples of r. PLOVER records give sources and targets; "SRC/TAR" actors
// of a record without targets act on each other.
func goldTriples(r goldRecord) []triple {
	var out []triple
	for _, e := range r.Expected {
		out = append(out, triple{goldCountry(e.Source), goldCountry(e.Target), e.Code})
	}
	if len(r.Expected) > 0 || r.Text == "" {
		return out
	}
	switch {
	case len(r.Target) > 0:
		for _, s := range r.Source {
			for _, t := range r.Target {
				out = append(out, triple{goldCountry(s.Code), goldCountry(t.Code), r.CAMEO})
			}
		}
	case strings.Contains(r.Markup, "SRC/TAR") && len(r.Source) > 1:
		for _, s := range r.Source {
			for _, t := range r.Source {
				if s.Code != t.Code {
					out = append(out, triple{goldCountry(s.Code), goldCountry(t.Code), r.CAMEO})
				}
			}
		}
	default:
		for _, s := range r.Source {
			out = append(out, triple{goldCountry(s.Code), "", r.CAMEO})
		}
	}
	return out
}

// goldCountry returns the country part of a CAMEO actor code: "USA" of
// "USAGOV", "UNO" of "IGOUNOMIL", "IGO" of a bare "IGO".
func goldCountry(code string) string {
	if strings.HasPrefix(code, "IGO") && len(code) >= 6 {
		org := code[3:6]
		for i := 6; i+3 <= len(code); i += 3 { // "IGOEUREEC": region, then the organisation
			if !sectorCodes[code[i:i+3]] {
				org = code[i : i+3]
			}
		}
		code = org
	}
	if len(code) > 3 {
		code = code[:3]
	}
	if iso, ok := cameoCountries[code]; ok {
		return iso
	}
	return code
}

// cameoCountries maps the CAMEO country codes that differ from ISO 3166
// alpha-3 to the ISO codes dyad uses.
// "EEC" is CAMEO's code for the European Union ("IGOEUREEC"), "EUR" dyad's.
var cameoCountries = map[string]string{"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GMY": "DEU", "UKG": "GBR", "RUM": "ROU", "EEC": "EUR"}

// sectorCodes are CAMEO agent codes that follow an organisation's code.
var sectorCodes = map[string]bool{"GOV": true, "MIL": true, "COP": true, "BUS": true, "OPP": true, "REB": true,
	"LEG": true, "JUD": true, "MED": true, "CVL": true, "PTY": true, "REF": true, "HRI": true, "MUS": true}

// patternsFlag defines --patterns on fs, repeatable.
func patternsFlag(fs *flag.FlagSet) *dictFlags {
	var l dictFlags
	fs.Var(&l, "patterns", "user verb pattern `FILE` (see coder/verbs/README.md) added to the built-in ones; repeatable")
	return &l
}

// readPatternFiles reads user pattern files.
func readPatternFiles(paths []string) ([]coder.PatternFile, error) {
	var out []coder.PatternFile
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read patterns: %w", err)
		}
		out = append(out, coder.PatternFile{Name: p, Text: string(b)})
	}
	return out, nil
}

// systemCountry returns the country an event participant stands for in
// the gold data. An armed group of no one country (al-Qaeda, Islamic State)
// is "IMG" in both layouts (PETRARCH's IMGMUSISI, PLOVER's IMG). In PLOVER
// records every other organisation is "IGO" ("NATO troops" too), named
// international NGOs included (the records code Amnesty International and
// the Red Cross as IGO); organisations that belong to a country are coded
// by it (Hamas is PSEREB, coded PSE).
func (ev *eventEvaluator) systemCountry(p dyad.Participant, plover bool) string {
	e, ok := ev.tables.Entity(p.Country)
	switch {
	case !ok || !e.Org:
		return p.Country
	case e.Kind == actor.OrgIMG:
		return actor.OrgIMG
	case plover:
		return actor.OrgIGO
	}
	return p.Country
}
