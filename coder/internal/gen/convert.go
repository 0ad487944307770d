package main

import (
	"fmt"
	"io"
	"strings"

	"dyad/cameo"
)

// prepositions start a prepositional phrase when they stand bare after
// the verb ("WITH +"); particles make a phrasal verb ("SET OFF").
var (
	prepositions = set("about against at by for from in into of on onto over through to toward towards under upon with within without between among across after before behind near")
	particles    = set("out up down off back away forward ahead aside")
)

func set(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// variants expands "(BY/WITH PROTESTS)" into one body per preposition.
func variants(body string) []string {
	for _, f := range strings.Fields(body) {
		w := strings.TrimLeft(f, "({")
		if i := strings.Index(w, "/"); i > 0 && strings.HasPrefix(f, "(") {
			var out []string
			for _, alt := range strings.Split(w, "/") {
				out = append(out, variants(strings.Replace(body, "("+w, "("+alt, 1))...)
			}
			return out
		}
	}
	return []string{body}
}

// convert turns one PETRARCH pattern ("* (TO BORDER)", code "154") into a
// dyad frame; ok is false for patterns dyad cannot express.
func convert(body, code, note string) (pattern, bool) {
	code = pickCode(code)
	if code == "" {
		return pattern{}, false
	}
	if _, ok := cameo.Builtin().Lookup(code); !ok && code != "---" {
		return pattern{}, false // a code CAMEO 1.1b3 does not have
	}
	items := tokens(body)
	if len(items) == 0 || items[0] != "*" {
		return pattern{}, false // words before the verb
	}
	p := pattern{code: code, note: strings.TrimSpace(note)}
	var frame []string
	rest := items[1:]
	if len(rest) > 0 && particles[strings.ToLower(rest[0])] {
		p.particle = strings.ToLower(rest[0])
		rest = rest[1:]
	}
	for i := 0; i < len(rest); i++ {
		it := rest[i]
		switch {
		case it == "$" || it == "^" || it == "%" || it == "*":
		case it == "+":
			frame = append(frame, "TARGET")
		case strings.HasPrefix(it, "("):
			f := phrase(strings.Fields(strings.Trim(it, "()")))
			if f == "" {
				return pattern{}, false // a phrase dyad cannot express: leave the pattern out rather than loosen it
			}
			frame = append(frame, f)
		case prepositions[strings.ToLower(it)] && i+1 < len(rest):
			frame = append(frame, phrase([]string{it, rest[i+1]}))
			i++
		default:
			n := noun(it)
			if n == "" {
				return pattern{}, false
			}
			frame = append(frame, n)
		}
	}
	p.frame = strings.Join(frame, " ")
	if p.frame == "" {
		p.frame = "-"
	}
	return p, true
}

// pickCode returns the event code of "[042:043]" style codes: the first
// non-empty part; "---" means "do not code" and is kept.
func pickCode(c string) string {
	for _, part := range strings.Split(c, ":") {
		part = strings.TrimSpace(part)
		if part == "---" {
			return "---"
		}
		if part != "" && strings.Trim(part, "0123456789") == "" {
			return part
		}
	}
	return ""
}

// phrase converts the words of "(TO BORDER)" into "to:border".
func phrase(ws []string) string {
	if len(ws) == 0 || !prepositions[strings.ToLower(ws[0])] {
		return ""
	}
	prep := strings.ToLower(ws[0])
	var head string
	for _, w := range ws[1:] {
		switch {
		case w == "+":
			return prep + ":TARGET"
		case w == "^" || w == "$" || w == "%":
		default:
			if n := noun(w); n != "" && head == "" {
				head = n
			}
		}
	}
	if head == "" {
		return prep + ":*"
	}
	return prep + ":" + head
}

// noun converts a word, a {MULTI WORD} phrase or an &SET into dyad's
// notation: "border", "verbal_attack", "&military".
func noun(w string) string {
	w = strings.Trim(w, "{}")
	var parts []string
	for _, f := range strings.Fields(w) {
		if f == "^" || f == "+" || f == "$" || f == "%" {
			continue
		}
		if strings.HasPrefix(f, "&") {
			parts = append(parts, strings.ToLower(f))
			continue
		}
		if x := word(f); x != "" {
			parts = append(parts, strings.ReplaceAll(x, "_", ""))
		}
	}
	return strings.Join(parts, "_")
}

// tokens splits a pattern body into items, keeping (…) and {…} together.
func tokens(s string) []string {
	var out []string
	depth, start := 0, -1
	for i, r := range s {
		switch {
		case r == '(' || r == '{':
			if depth == 0 {
				start = i
			}
			depth++
		case r == ')' || r == '}':
			if depth > 0 {
				depth--
				if depth == 0 {
					out = append(out, s[start:i+1])
					start = -1
				}
			}
		case depth == 0 && r == ' ':
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		case depth == 0 && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// write prints the dictionary in dyad's format, one line per block, code,
// particle and frame.
func (d *dict) write(w io.Writer) error {
	fmt.Fprint(w, header)
	for _, name := range d.setOrder {
		if len(d.sets[name]) > 0 {
			fmt.Fprintf(w, "%s\t%s\n", name, strings.Join(d.sets[name], "|"))
		}
	}
	for _, b := range d.blocks {
		if len(b.verbs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n# %s\n", b.name)
		verbs := strings.Join(b.verbs, "|")
		d.writeDefaults(w, b)
		seen := map[string]bool{}
		for _, p := range b.patterns {
			key := p.code + "\t" + p.particle + "\t" + p.frame
			if seen[key] || !d.setsDefined(p.frame) {
				continue
			}
			seen[key] = true
			vs := verbs
			if p.particle != "" {
				vs = withParticle(b.verbs, p.particle)
			}
			fmt.Fprintf(w, "%s\t%s\t%s\n", p.code, vs, p.frame)
			d.lines++
		}
	}
	return nil
}

// writeDefaults prints the codes of a block's verbs when no pattern fits:
// the block's code for the verbs without their own, then each own code
// ("help" is 070 in the AID [060] block). A null ("---") or unknown code
// writes no line, so the verb alone is no event.
func (d *dict) writeDefaults(w io.Writer, b *block) {
	var codes []string
	verbs := map[string][]string{}
	for i, v := range b.verbs {
		c := pickCode(b.code)
		if b.own[i] != "" {
			c = pickCode(b.own[i])
		}
		if c == "" || c == "---" || !known(c) {
			continue
		}
		if verbs[c] == nil {
			codes = append(codes, c)
		}
		verbs[c] = append(verbs[c], v)
	}
	for _, c := range codes {
		fmt.Fprintf(w, "%s\t%s\t-\n", c, strings.Join(verbs[c], "|"))
		d.lines++
	}
}

// withParticle writes a phrasal pattern's verbs: each one-word verb of the
// block with the particle.
func withParticle(verbs []string, particle string) string {
	out := make([]string, 0, len(verbs))
	for _, v := range verbs {
		if !strings.Contains(v, " ") {
			out = append(out, v+" "+particle)
		}
	}
	return strings.Join(out, "|")
}

const header = `# dyad verb patterns converted from the Phoenix CAMEO.2.0 verb dictionary
# (PETRARCH format, (c) 2015 Open Event Data Alliance, MIT licence; see NOTICE).
# Generated by coder/internal/gen; do not edit by hand: add patterns in news.tsv
# or in your own file (dyad analyze --patterns FILE). The format is described
# in coder/verbs/README.md.
`

func known(c string) bool {
	_, ok := cameo.Builtin().Lookup(c)
	return ok
}

// setsDefined reports whether every &set a frame names is defined.
func (d *dict) setsDefined(frame string) bool {
	for _, f := range strings.FieldsFunc(frame, func(r rune) bool { return r == ' ' || r == ':' || r == '_' }) {
		if strings.HasPrefix(f, "&") && len(d.sets[f]) == 0 {
			return false
		}
	}
	return true
}
