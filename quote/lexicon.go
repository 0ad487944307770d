package quote

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed verbs.txt
var verbsTxt string

// verb is one speech verb form of the lexicon.
type verb struct {
	Lemma      string // Lemma is the dictionary form ("say").
	Report     bool   // Report: the verb introduces reported speech.
	Addressee  bool   // Addressee: the verb's direct object is who is spoken to.
	Call       bool   // Call: the verb characterises with a quoted phrase only.
	Bare       bool   // Bare: the verb may report a clause without "that".
	After      bool   // After: the form attributes only right after a quotation, before its subject.
	Participle bool   // Participle: the form ends in -ing and borrows its clause's subject.
}

// lexicon maps lower-case word forms to speech verbs.
type lexicon map[string]verb

// builtinLexicon is the embedded lexicon, parsed once.
var builtinLexicon = sync.OnceValues(func() (lexicon, error) { return parseLexicon(verbsTxt) })

// lookup returns the speech verb spelled w (any case), if it is one,
// leaving out the forms that attribute only right after a quotation.
func (l lexicon) lookup(w string) (verb, bool) {
	v, ok := l[strings.ToLower(w)]
	return v, ok && !v.After
}

// lookupAfter returns the speech verb spelled w (any case) in the
// position right after a quotation (“…,” comments Johnston).
func (l lexicon) lookupAfter(w string) (verb, bool) {
	v, ok := l[strings.ToLower(w)]
	return v, ok
}

// parseLexicon reads the verbs.txt format: lemma, flags, forms.
func parseLexicon(src string) (lexicon, error) {
	lex := lexicon{}
	for n, line := range strings.Split(src, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) < 3 {
			return nil, fmt.Errorf("verbs.txt:%d: want lemma, flags and forms, got %q", n+1, line)
		}
		v := verb{Lemma: f[0]}
		for _, flag := range strings.Split(f[1], ",") {
			switch flag {
			case "report":
				v.Report = true
			case "to":
				v.Addressee = true
			case "call":
				v.Call = true
			case "bare":
				v.Bare = true
			case "after":
				v.After = true
			case "-":
			default:
				return nil, fmt.Errorf("verbs.txt:%d: unknown flag %q", n+1, flag)
			}
		}
		for _, form := range f[2:] {
			if _, dup := lex[form]; dup {
				return nil, fmt.Errorf("verbs.txt:%d: form %q listed twice", n+1, form)
			}
			w := v
			w.Participle = strings.HasSuffix(form, "ing")
			lex[form] = w
		}
	}
	return lex, nil
}

//go:embed roles.txt
var rolesTxt string

// roles maps a role phrase ("prime minister") to what it matches in an
// earlier mention's text or actor role.
type roles struct {
	matches map[string][]string // matches maps a role phrase to what it matches.
	first   map[string]bool     // first holds the first word of every role phrase.
}

// builtinRoles is the embedded role table, parsed once.
var builtinRoles = sync.OnceValues(func() (roles, error) { return parseRoles(rolesTxt) })

// parseRoles reads the roles.txt format: role words, tab, |-separated matches.
func parseRoles(src string) (roles, error) {
	r := roles{matches: map[string][]string{}, first: map[string]bool{}}
	for n, line := range strings.Split(src, "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		role, matches, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(matches) == "" {
			return roles{}, fmt.Errorf("roles.txt:%d: want role, tab, matches; got %q", n+1, line)
		}
		role = strings.TrimSpace(role)
		r.matches[role] = strings.Split(strings.TrimSpace(matches), "|")
		r.first[strings.Fields(role)[0]] = true
	}
	return r, nil
}

// roleWords is the most words a role phrase has.
const roleWords = 3

// match returns the role spelled by the lower-case words at the start of
// ws (longest first) and how many words it takes, or 0.
func (r roles) match(ws []string) (string, int) {
	for n := min(roleWords, len(ws)); n > 0; n-- {
		if k := strings.Join(ws[:n], " "); r.matches[k] != nil {
			return k, n
		}
	}
	return "", 0
}
