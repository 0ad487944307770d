package nlp

import (
	"dyad/nlp/perceptron"
)

// wordScores holds, for a word of the tag dictionary, the summed weights
// of the tagger features that depend on the word alone (see
// wordFeatures), so that tagging it looks up only the features of its
// context.
type wordScores struct {
	amb    string             // the word's ambiguity class
	first  perceptron.Partial // first pass
	second perceptron.Partial // second pass, if the tagger has one
}

// wordFeatures appends the feature keys of the normalised word w with
// ambiguity class amb that do not depend on its context; tagFeatures
// emits the same keys for a word without wordScores.
func wordFeatures(w, amb string, fs []uint64) []uint64 {
	fs = append(fs, perceptron.Key(0), perceptron.Key(1, w))
	fs = affixFeatures(w, fs)
	return append(fs, perceptron.Key(40, amb))
}

func affixFeatures(w string, fs []uint64) []uint64 {
	for n := 1; n <= 4; n++ {
		fs = append(fs, perceptron.KeyInt(20, suffix(w, n), n))
	}
	for n := 1; n <= 3; n++ {
		fs = append(fs, perceptron.KeyInt(21, prefix(w, n), n))
	}
	return fs
}

// withWordScores returns t with the wordScores of its dictionary words,
// or t itself if its scorers are not compact models (while training).
func (t *posTagger) withWordScores() *posTagger {
	first, ok := t.model.(*perceptron.Model)
	if !ok {
		return t
	}
	second, ok := t.second.(*perceptron.Model)
	if t.second != nil && !ok {
		return t
	}
	out := *t
	out.words = make(map[string]*wordScores, len(t.dict))
	var fs []uint64
	for w, amb := range t.dict {
		fs = wordFeatures(w, amb, fs[:0])
		ws := &wordScores{amb: amb, first: first.Partial(fs)}
		if second != nil {
			ws.second = second.Partial(fs)
		}
		out.words[w] = ws
	}
	return &out
}

// score sets scores from the feature keys fs of word i of c, with the
// word's cached weights if it has some.
func score(s scorer, c *tagContext, i int, secondPass bool, fs []uint64, scores []float32) {
	if c.words == nil || c.words[i] == nil {
		s.Scores(fs, scores)
		return
	}
	p := c.words[i].first
	if secondPass {
		p = c.words[i].second
	}
	s.(*perceptron.Model).ScoresWith(p, fs, scores)
}
