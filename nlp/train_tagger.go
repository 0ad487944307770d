package nlp

import (
	"fmt"
	"io"
	"math/rand/v2"

	"dyad/nlp/conllu"
	"dyad/nlp/perceptron"
)

// tagSet maps joint "UPOS XPOS" tags to class ids.
type tagSet struct {
	names []string
	ids   map[string]int
}

func newTagSet(sents []conllu.Sentence) *tagSet {
	ts := &tagSet{ids: map[string]int{}}
	for _, s := range sents {
		for _, w := range s.Words {
			ts.id(w.UPOS + " " + w.XPOS)
		}
	}
	return ts
}

func (ts *tagSet) id(tag string) int {
	if id, ok := ts.ids[tag]; ok {
		return id
	}
	ts.ids[tag] = len(ts.names)
	ts.names = append(ts.names, tag)
	return len(ts.names) - 1
}

func forms(s conllu.Sentence) []string {
	out := make([]string, len(s.Words))
	for i, w := range s.Words {
		out[i] = w.Form
	}
	return out
}

// trainTagger trains a tagger for epochs over train, keeping the epoch that
// tags dev best (all epochs if dev is empty).
func trainTagger(train, dev []conllu.Sentence, tags *tagSet, cl *clusterTable, epochs int, seed uint64, log io.Writer) *posTagger {
	tr := perceptron.NewTrainer(len(tags.names))
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	fs := make([]uint64, 0, 64)
	scores := make([]float32, len(tags.names))
	counts := tagCounts(train)
	dict := tagDictionary(counts)
	var best *posTagger
	bestAcc := -1.0
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			s := train[si]
			c := newTagContext(forms(s), nil, nil, cl)
			for i, w := range s.Words {
				c.amb[i] = ambiguityClass(counts[c.norms[i]], w.XPOS, dictMinCount)
			}
			for i, w := range s.Words {
				fs = tagFeatures(c, i, fs[:0])
				tr.Scores(fs, scores)
				guess := argmax(scores, nil)
				gold := tags.ids[w.UPOS+" "+w.XPOS]
				tr.Update(fs, gold, guess)
				tr.Tick()
				c.tags[i] = gold
				if guess == gold {
					correct++
				}
				total++
			}
		}
		t := &posTagger{tags: tags.names, dict: dict, model: tr.Model(0), clusters: cl}
		acc := tagAccuracy(t, dev)
		fmt.Fprintf(log, "tagger epoch %d: train %.2f%% dev %.2f%% (UPOS %.2f%%, %d features)\n", epoch,
			100*float64(correct)/float64(max(total, 1)), acc, uposAccuracy(t, dev), tr.Features())
		if len(dev) == 0 || acc > bestAcc {
			best, bestAcc = t, acc
		}
	}
	return best
}

// tagAccuracy returns the percentage of words of sents tagged with the
// right joint tag.
func tagAccuracy(t *posTagger, sents []conllu.Sentence) float64 {
	correct, total := 0, 0
	for _, s := range sents {
		upos, xpos := t.Tag(forms(s))
		for i, w := range s.Words {
			if upos[i] == w.UPOS && xpos[i] == w.XPOS {
				correct++
			}
			total++
		}
	}
	return 100 * float64(correct) / float64(max(total, 1))
}

// uposAccuracy returns the percentage of words of sents with the right
// UPOS.
func uposAccuracy(t *posTagger, sents []conllu.Sentence) float64 {
	correct, total := 0, 0
	for _, s := range sents {
		upos, _ := t.Tag(forms(s))
		for i, w := range s.Words {
			correct += b2i(upos[i] == w.UPOS)
			total++
		}
	}
	return 100 * float64(correct) / float64(max(total, 1))
}

// trainSecondPass trains the second tagger pass of t, which sees the first
// pass's tags on the right; firstTags are the first-pass tags of train,
// predicted by taggers that did not see the sentence (jackknifing). It
// keeps the epoch that tags dev best, or none if none beats the first
// pass alone.
func trainSecondPass(t *posTagger, train, dev []conllu.Sentence, firstTags [][]int, tags *tagSet, epochs int, seed uint64, log io.Writer) {
	tr := perceptron.NewTrainer(len(tags.names))
	rng := rand.New(rand.NewPCG(seed, seed^0x2ba55))
	order := rng.Perm(len(train))
	counts := tagCounts(train)
	fs := make([]uint64, 0, 64)
	scores := make([]float32, len(tags.names))
	bestAcc := tagAccuracy(t, dev)
	var best scorer
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := train[si]
			c := newTagContext(forms(s), nil, nil, t.clusters)
			c.right = firstTags[si]
			for i, w := range s.Words {
				c.amb[i] = ambiguityClass(counts[c.norms[i]], w.XPOS, dictMinCount)
			}
			for i, w := range s.Words {
				fs = tagFeatures(c, i, fs[:0])
				tr.Scores(fs, scores)
				gold := tags.ids[w.UPOS+" "+w.XPOS]
				tr.Update(fs, gold, argmax(scores, nil))
				tr.Tick()
				c.tags[i] = gold
			}
		}
		cand := &posTagger{tags: t.tags, dict: t.dict, model: t.model, second: tr.Model(0), clusters: t.clusters}
		acc := tagAccuracy(cand, dev)
		fmt.Fprintf(log, "tagger second pass epoch %d: dev %.2f%% (UPOS %.2f%%)\n", epoch, acc, uposAccuracy(cand, dev))
		if acc > bestAcc {
			best, bestAcc = cand.second, acc
		}
	}
	t.second = best
}
