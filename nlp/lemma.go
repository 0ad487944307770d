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
				return l.undouble(lower[:len(lower)-len(strip)]+add, xpos)
			}
		}
	}
	if strings.HasPrefix(xpos, "NNP") {
		return form
	}
	return lower
}

// undouble returns the lemma of a British inflection that doubles a final
// "l" ("signalled", "travelling", "cancelled"): a verb lemma in "ll" that the
// treebank never has as a lemma, when the one without the last "l" is one
// ("signal"); "installed" and "recalled" keep theirs, which are known.
func (l *lemmaTable) undouble(lem, xpos string) string {
	if xpos != "VBD" && xpos != "VBN" && xpos != "VBG" || !strings.HasSuffix(lem, "ll") {
		return lem
	}
	l.lemmasOnce.Do(func() {
		l.lemmas = make(map[string]bool, len(l.forms)/2)
		for _, v := range l.forms {
			l.lemmas[v] = true
		}
	})
	if short := lem[:len(lem)-1]; !l.lemmas[lem] && l.lemmas[short] {
		return short
	}
	return lem
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
