package nlp

import (
	"sort"
	"strings"
	"unicode"

	"dyad/nlp/conllu"
	"dyad/nlp/perceptron"
)

// posTagger assigns each word a joint UPOS and Penn XPOS tag with a greedy
// left-to-right averaged perceptron.
type posTagger struct {
	tags  []string          // tags[c] is "UPOS XPOS"
	dict  map[string]string // normalised form -> the XPOS tags seen with it, for frequent forms
	model scorer
	// second, if not nil, retags the sentence seeing the first pass's
	// tags on the right as well.
	second scorer
	// words, if not nil, holds the context-free scores of the words of
	// dict (see withWordScores).
	words map[string]*wordScores
	// clusters, if not nil, gives the word clusters that the features of
	// the word and its neighbours see.
	clusters *clusterTable
}

// tagContext holds the per-sentence inputs of the tagger features.
type tagContext struct {
	forms, norms, shapes []string
	amb                  []string // ambiguity classes from the tag dictionary, "?" if unknown
	tags                 []int    // tags chosen so far
	right                []int    // the first pass's tags, for the second pass; nil in the first
	// words[i], if words is not nil, holds the context-free scores of
	// word i, nil if it has none.
	words []*wordScores
	clus  []string // cluster codes of the words, nil if the tagger has none
}

// newTagContext returns the context of the forms, with the ambiguity
// classes of dict, the cached scores of words (nil while training) and the
// word clusters of cl (nil: none).
func newTagContext(forms []string, dict map[string]string, words map[string]*wordScores, cl *clusterTable) *tagContext {
	n := len(forms)
	c := &tagContext{forms: forms, norms: make([]string, n), shapes: make([]string, n),
		amb: make([]string, n), tags: make([]int, n)}
	if words != nil {
		c.words = make([]*wordScores, n)
	}
	for i, f := range forms {
		c.norms[i] = norm(f)
		c.shapes[i] = shape(f)
		c.amb[i] = "?"
		if ws, ok := words[c.norms[i]]; ok {
			c.words[i], c.amb[i] = ws, ws.amb
		} else if a, ok := dict[c.norms[i]]; ok && words == nil {
			c.amb[i] = a
		}
	}
	if cl != nil {
		c.clus = cl.of(c.norms)
	}
	return c
}

// clusAt returns the cluster code of word i, "<" before the sentence and
// ">" after it.
func (c *tagContext) clusAt(i int) string {
	switch {
	case i < 0:
		return "<"
	case i >= len(c.clus):
		return ">"
	}
	return c.clus[i]
}

// clusterFeatures appends the word cluster features of word i: the
// clusters of the word and its neighbours at two or three granularities
// (Koo, Carreras and Collins 2008), and the word's cluster with the
// previous tag.
func clusterFeatures(c *tagContext, i, p1 int, fs []uint64) []uint64 {
	key, keyInt := perceptron.Key, perceptron.KeyInt
	c0, cm1, cp1 := c.clusAt(i), c.clusAt(i-1), c.clusAt(i+1)
	return append(fs, key(70, cpre(c0, 2)), key(71, cpre(c0, 3)), key(72, c0),
		key(73, cpre(cm1, 2)), key(74, cpre(cm1, 3)), key(75, cpre(cp1, 2)), key(76, cpre(cp1, 3)),
		key(77, cpre(c.clusAt(i-2), 2)), key(78, cpre(c.clusAt(i+2), 2)), keyInt(79, cpre(c0, 3), p1))
}

func (c *tagContext) ambAt(i int) string {
	if i < 0 || i >= len(c.amb) {
		return "-"
	}
	return c.amb[i]
}

func (c *tagContext) word(i int) string {
	switch {
	case i < 0:
		return "<s>"
	case i >= len(c.forms):
		return "</s>"
	}
	return c.norms[i]
}

func rightTag(c *tagContext, i int) int {
	if i >= len(c.right) {
		return -2
	}
	return c.right[i]
}

func (c *tagContext) tag(i int) int {
	if i < 0 {
		return -1
	}
	return c.tags[i]
}

// tagFeatures appends the feature keys of word i to fs; for a word with
// cached scores, only those that depend on its context.
func tagFeatures(c *tagContext, i int, fs []uint64) []uint64 {
	w := c.norms[i]
	form := c.forms[i]
	whole := c.words == nil || c.words[i] == nil
	p1, p2 := c.tag(i-1), c.tag(i-2)
	key, keyInt := perceptron.Key, perceptron.KeyInt
	if whole {
		fs = append(fs, key(0), key(1, w))
	}
	fs = append(fs, key(2, c.word(i-1)), key(3, c.word(i+1)),
		key(4, c.word(i-2)), key(5, c.word(i+2)), key(6, c.shapes[i]),
		keyInt(7, "", p1), keyInt(8, "", p1*1000+p2), keyInt(9, w, p1),
		key(10, c.word(i-1), w), key(11, w, c.word(i+1)), key(12, suffix(c.word(i-1), 3)),
		key(13, suffix(c.word(i+1), 3)), keyInt(14, c.word(i+1), p1))
	if whole {
		fs = affixFeatures(w, fs)
	}
	a0, a1 := c.amb[i], c.ambAt(i+1)
	if whole {
		fs = append(fs, key(40, a0))
	}
	fs = append(fs, key(41, a1), key(42, c.ambAt(i+2)), keyInt(43, a0, p1),
		key(44, a0, a1), key(45, w, a1), key(46, c.ambAt(i-1), a0))
	if c.right != nil {
		r1, r2 := rightTag(c, i+1), rightTag(c, i+2)
		fs = append(fs, keyInt(60, "", r1), keyInt(61, "", r1*1000+r2), keyInt(62, w, r1),
			keyInt(63, "", p1*1000+r1), keyInt(64, "", c.right[i]), keyInt(65, w, c.right[i]))
	}
	if c.clus != nil {
		fs = clusterFeatures(c, i, p1, fs)
	}
	if i == 0 {
		fs = append(fs, key(30, c.shapes[i]))
	}
	if strings.ContainsRune(form, '-') {
		fs = append(fs, key(31, suffix(w[strings.LastIndexByte(w, '-')+1:], 3)))
	}
	if i+1 < len(c.forms) {
		fs = append(fs, key(32, c.shapes[i+1]))
	}
	if form != "" && unicode.IsUpper([]rune(prefix(form, 1))[0]) {
		fs = append(fs, keyInt(33, c.word(i-1), p1))
	}
	return fs
}

// tag tags the forms, writing the tag ids into c.tags.
func (t *posTagger) tag(c *tagContext, fs []uint64, scores []float32) {
	c.right = nil
	for i := range c.forms {
		fs = tagFeatures(c, i, fs[:0])
		score(t.model, c, i, false, fs, scores)
		c.tags[i] = argmax(scores[:len(t.tags)], nil)
	}
	if t.second == nil {
		return
	}
	c.right = append([]int(nil), c.tags...)
	for i := range c.forms {
		fs = tagFeatures(c, i, fs[:0])
		score(t.second, c, i, true, fs, scores)
		c.tags[i] = argmax(scores[:len(t.tags)], nil)
	}
}

// Tag returns the UPOS and XPOS tags of the forms.
func (t *posTagger) Tag(forms []string) (upos, xpos []string) {
	c := newTagContext(forms, t.dict, t.words, t.clusters)
	t.tag(c, make([]uint64, 0, 64), make([]float32, len(t.tags)))
	upos, xpos = make([]string, len(forms)), make([]string, len(forms))
	for i, id := range c.tags {
		upos[i], xpos[i] = splitTag(t.tags[id])
	}
	return upos, xpos
}

func splitTag(tag string) (upos, xpos string) {
	u, x, _ := strings.Cut(tag, " ")
	return u, x
}

// tagCounts counts the XPOS tags of each normalised form.
func tagCounts(sents []conllu.Sentence) map[string]map[string]int {
	counts := map[string]map[string]int{}
	for _, s := range sents {
		for _, w := range s.Words {
			k := norm(w.Form)
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][w.XPOS]++
		}
	}
	return counts
}

// ambiguityClass returns the tags a form had at least 5 % of its minCount
// or more occurrences, or "?" for a rarer form. If leaveOut is not "", one
// occurrence with that tag is discounted, so that a training word does not
// see its own tag.
func ambiguityClass(tags map[string]int, leaveOut string, minCount int) string {
	total := -b2i(leaveOut != "")
	for _, n := range tags {
		total += n
	}
	if total < minCount {
		return "?"
	}
	var keep []string
	for t, n := range tags {
		if t == leaveOut {
			n--
		}
		if n > 0 && n*20 >= total {
			keep = append(keep, t)
		}
	}
	sort.Strings(keep)
	return strings.Join(keep, "|")
}

// dictMinCount is how often a form must occur to enter the tag dictionary.
const dictMinCount = 3

// tagDictionary maps each frequent form to its ambiguity class.
func tagDictionary(counts map[string]map[string]int) map[string]string {
	dict := map[string]string{}
	for k, tags := range counts {
		if a := ambiguityClass(tags, "", dictMinCount); a != "?" {
			dict[k] = a
		}
	}
	return dict
}
