package nlp

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"dyad/nlp/conllu"
)

// lemmaTable finds the lemma of a word from its form and XPOS tag: the
// lemma seen with the form in the treebank, else the rule of the longest
// known suffix for the tag, else the lower-cased form.
type lemmaTable struct {
	forms map[string]string // "form\tXPOS" and "lower\tXPOS" -> lemma
	rules map[string]string // "XPOS\tsuffix" -> "strip\tappend" rule

	lemmasOnce sync.Once
	lemmas     map[string]bool // every lemma of forms, built on first use
}

// maxSuffix is the longest suffix the rules look at, in runes.
const maxSuffix = 5

// Lemma returns the lemma of form tagged xpos.
func (l *lemmaTable) Lemma(form, xpos string) string {
	if lem, ok := l.forms[form+"\t"+xpos]; ok {
		return lem
	}
	lower := strings.ToLower(form)
	if lem, ok := l.forms[lower+"\t"+xpos]; ok {
		return lem
	}
	if xpos == "NNP" || xpos == "NNPS" && !strings.HasSuffix(lower, "s") {
		return form
	}
	for n := min(maxSuffix, utf8.RuneCountInString(lower)-1); n >= 1; n-- {
		if rule, ok := l.rules[xpos+"\t"+suffix(lower, n)]; ok {
			strip, add, _ := strings.Cut(rule, "\t")
			if len(strip) <= len(lower) && strings.HasSuffix(lower, strip) {
				return l.verbLemma(lower[:len(lower)-len(strip)]+add, lower, xpos)
			}
		}
	}
	if strings.HasPrefix(xpos, "NNP") {
		return form
	}
	return l.verbLemma(lower, lower, xpos)
}

// verbLemma checks the lemma lem that a suffix rule gave the verb
// inflection lower: a lemma the treebank has is kept. A British inflection
// that doubles a final "l" ("signalled", "travelling", "cancelled") gets the
// lemma without the last "l" when that one is known ("signal"; "installed"
// and "recalled" keep theirs, which are known). Otherwise the first known
// lemma among the regular ones the form can have replaces an unknown one
// ("declined": "decline", not "declin"; see attested).
func (l *lemmaTable) verbLemma(lem, lower, xpos string) string {
	if xpos != "VBD" && xpos != "VBN" && xpos != "VBG" && xpos != "VBZ" {
		return lem
	}
	l.lemmasOnce.Do(func() {
		l.lemmas = make(map[string]bool, len(l.forms)/2)
		for _, v := range l.forms {
			l.lemmas[v] = true
		}
	})
	if l.lemmas[lem] {
		return lem
	}
	if strings.HasSuffix(lem, "ll") && l.lemmas[lem[:len(lem)-1]] {
		return lem[:len(lem)-1]
	}
	if c := l.attested(lower, xpos); c != "" {
		return c
	}
	if c := l.prefixed(lower, xpos); c != "" {
		return c
	}
	return lem
}

// verbPrefixes make new verbs of irregular ones: "withheld" is "with" and
// "held", "overtook" "over" and "took".
var verbPrefixes = []string{"with", "over", "under", "out", "fore", "mis", "re", "up"}

// prefixed returns the lemma of an unknown irregular verb inflection made
// of a prefix and a form the treebank knows with the same tag ("withheld":
// "withhold", "undertook": "undertake"), or "".
func (l *lemmaTable) prefixed(lower, xpos string) string {
	for _, p := range verbPrefixes {
		rest, ok := strings.CutPrefix(lower, p)
		if !ok || len(rest) < 3 {
			continue
		}
		if lem, ok := l.forms[rest+"\t"+xpos]; ok {
			return p + lem
		}
	}
	return ""
}

// attested returns the first of the regular lemmas of the verb inflection
// lower that the treebank has as a lemma, or "" if none is: "declined" may
// be "decline" or "declin", "stopped" "stop", "carried" "carry", "taxes"
// "tax", "making" "make".
func (l *lemmaTable) attested(lower, xpos string) string {
	for _, c := range regularLemmas(lower, xpos) {
		if l.lemmas[c] {
			return c
		}
	}
	return ""
}

// regularLemmas lists the lemmas a regular verb inflection can have, most
// likely first.
func regularLemmas(lower, xpos string) []string {
	var stem string
	var cands []string
	switch {
	case (xpos == "VBD" || xpos == "VBN") && strings.HasSuffix(lower, "ied"):
		return []string{lower[:len(lower)-3] + "y"}
	case (xpos == "VBD" || xpos == "VBN") && strings.HasSuffix(lower, "ed"):
		stem = lower[:len(lower)-2]
		cands = []string{stem + "e", stem}
	case xpos == "VBG" && strings.HasSuffix(lower, "ing"):
		stem = lower[:len(lower)-3]
		cands = []string{stem, stem + "e"}
	case xpos == "VBZ" && strings.HasSuffix(lower, "ies"):
		return []string{lower[:len(lower)-3] + "y"}
	case xpos == "VBZ" && strings.HasSuffix(lower, "es"):
		return []string{lower[:len(lower)-1], lower[:len(lower)-2]}
	case xpos == "VBZ" && strings.HasSuffix(lower, "s"):
		return []string{lower[:len(lower)-1]}
	default:
		return nil
	}
	if n := len(stem); n >= 2 && stem[n-1] == stem[n-2] { // "stopped", "travelling"
		cands = append(cands, stem[:n-1])
	}
	return cands
}

// trainLemmatizer builds the form table and the suffix rules from the
// treebank; rules come from words seen fewer than 10 times, which behave
// like the unknown words they will serve.
func trainLemmatizer(sents []conllu.Sentence) *lemmaTable {
	formCounts := map[string]map[string]int{}
	ruleCounts := map[string]map[string]int{}
	wordCounts := map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			wordCounts[strings.ToLower(w.Form)]++
		}
	}
	bump := func(m map[string]map[string]int, k, v string) {
		if m[k] == nil {
			m[k] = map[string]int{}
		}
		m[k][v]++
	}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "_" || w.Lemma == "" {
				continue
			}
			bump(formCounts, w.Form+"\t"+w.XPOS, w.Lemma)
			lower := strings.ToLower(w.Form)
			if wordCounts[lower] >= 10 {
				continue
			}
			strip, add := rule(lower, strings.ToLower(w.Lemma))
			for n := 1; n <= maxSuffix && n < utf8.RuneCountInString(lower); n++ {
				bump(ruleCounts, w.XPOS+"\t"+suffix(lower, n), strip+"\t"+add)
			}
		}
	}
	l := &lemmaTable{forms: map[string]string{}, rules: map[string]string{}}
	for k, vs := range formCounts {
		l.forms[k] = best(vs)
	}
	for k, vs := range ruleCounts {
		l.rules[k] = best(vs)
	}
	return l
}

// rule returns the suffix to strip from form and the one to append to make
// lemma.
func rule(form, lemma string) (strip, add string) {
	i := 0
	for i < len(form) && i < len(lemma) && form[i] == lemma[i] {
		i++
	}
	return form[i:], lemma[i:]
}

// best returns the most frequent key, the smallest on ties.
func best(counts map[string]int) string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b := keys[0]
	for _, k := range keys {
		if counts[k] > counts[b] {
			b = k
		}
	}
	return b
}
