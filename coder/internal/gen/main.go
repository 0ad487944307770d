// Command gen converts the Phoenix CAMEO.2.0 verb dictionary (PETRARCH's
// format, MIT, Open Event Data Alliance) into dyad's verb pattern format
// (coder/verbs/phoenix.tsv). It is run by hand; its output is committed:
//
//	go run ./coder/internal/gen -in ../shared/testdata/petrarch-validation/dictionaries/phoenix-ud-2018/CAMEO.2.0.txt -out coder/verbs/phoenix.tsv
//
// What it keeps: each verb block's verbs (lemma, and phrasal verbs as
// "set up"), the block's default code, each verb's own code ("HELP [070]"
// in the AID [060] block: PETRARCH codes the verb alone with it, and
// matches the block's patterns on it too), and every pattern whose words follow
// the verb: objects (a word, a {multi word} phrase written with "_" between
// modifier and head, a &synonym set), prepositional phrases "(to border)",
// and the target marker "+". Patterns with words before the verb, and the
// dictionary's transformations, are left out and counted on standard error.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
)

func main() {
	in := flag.String("in", "", "the CAMEO.2.0.txt dictionary")
	out := flag.String("out", "coder/verbs/phoenix.tsv", "the pattern file to write")
	flag.Parse()
	if err := run(*in, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(in, out string) error {
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("open dictionary: %w", err)
	}
	defer f.Close()
	d, err := parse(f)
	if err != nil {
		return err
	}
	w, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	if err := d.write(w); err != nil {
		w.Close()
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: %d blocks, %d sets, %d patterns read, %d kept as %d lines, %d skipped (words before the verb or unreadable)\n",
		len(d.blocks), len(d.sets), d.read, d.kept, d.lines, d.skipped)
	return w.Close()
}

// dict is the parsed dictionary.
type dict struct {
	sets                       map[string][]string
	setOrder                   []string
	blocks                     []*block
	read, kept, skipped, lines int
}

// block is one verb block: its verbs, default code and patterns. A verb
// may carry its own code ("HELP [070]" in the AID [060] block): PETRARCH
// codes that verb alone with it, and matches the block's patterns on it
// like on every other verb of the block. own[i] is verbs[i]'s code, or "".
type block struct {
	name, code string
	verbs      []string
	own        []string
	patterns   []pattern
}

// pattern is one converted pattern.
type pattern struct {
	code, particle, frame, note string
}

var (
	headerRE  = regexp.MustCompile(`^---\s+(\S+)\s+\[([^\]]*)\]\s+---`)
	patternRE = regexp.MustCompile(`^-\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$`)
)

func parse(r io.Reader) (*dict, error) {
	d := &dict{sets: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	section, set := "", ""
	var cur *block
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		switch {
		case strings.HasPrefix(line, "####### SYNONYM"):
			section = "sets"
			continue
		case strings.HasPrefix(line, "####### VERB"):
			section = "verbs"
			continue
		case strings.HasPrefix(line, "########"):
			section = ""
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		switch section {
		case "sets":
			if strings.HasPrefix(line, "&") {
				set = strings.ToLower(strings.Fields(line)[0])
				d.setOrder = append(d.setOrder, set)
			} else if strings.HasPrefix(line, "+") && set != "" {
				w := word(strings.Fields(strings.TrimPrefix(line, "+"))[0])
				if w != "" {
					d.sets[set] = append(d.sets[set], w)
				}
			}
		case "verbs":
			cur = d.verbLine(line, cur)
		}
	}
	return d, sc.Err()
}

// verbLine reads one line of the verb section.
func (d *dict) verbLine(line string, cur *block) *block {
	if m := headerRE.FindStringSubmatch(line); m != nil {
		b := &block{name: m[1], code: m[2]}
		d.blocks = append(d.blocks, b)
		return b
	}
	if cur == nil {
		return nil
	}
	if m := patternRE.FindStringSubmatch(line); m != nil {
		d.read++
		kept := false
		for _, body := range variants(m[1]) {
			if p, ok := convert(body, m[2], m[3]); ok {
				cur.patterns = append(cur.patterns, p)
				kept = true
			}
		}
		if kept {
			d.kept++
		} else {
			d.skipped++
		}
		return cur
	}
	if strings.HasPrefix(line, "-") {
		d.read++
		d.skipped++
		return cur
	}
	body, code := verbCode(strings.SplitN(line, "#", 2)[0])
	f := strings.Fields(body)
	if len(f) == 0 {
		return cur
	}
	v := strings.TrimPrefix(f[0], "+")
	if v = strings.Trim(strings.ToLower(strings.ReplaceAll(v, "_", " ")), " "); v != "" && !strings.ContainsAny(v, "{}") {
		cur.verbs = append(cur.verbs, v)
		cur.own = append(cur.own, code)
	}
	return cur
}

// verbCode splits a verb line ("HELP [070]", "SEEK {SEEKS SOUGHT} [030]",
// "RECONVENE[---]") into the verb and its forms, and the verb's own code
// ("" when it has none and takes the block's).
func verbCode(line string) (body, code string) {
	i := strings.Index(line, "[")
	if i < 0 {
		return line, ""
	}
	code = line[i+1:]
	if j := strings.Index(code, "]"); j >= 0 {
		code = code[:j]
	}
	return line[:i], strings.TrimSpace(code)
}

// word lower-cases a dictionary word and drops its trailing "_".
func word(w string) string {
	return strings.ToLower(strings.Trim(w, "_"))
}
