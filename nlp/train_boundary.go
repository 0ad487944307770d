package nlp

import (
	"fmt"
	"io"
	"math/rand/v2"
	"sort"

	"dyad"
	"dyad/nlp/conllu"
	"dyad/nlp/perceptron"
)

// TrainBoundary trains the sentence boundary classifier that Segment
// consults where its rules see no sentence end, on the raw text rebuilt
// from train (see EvaluateSegment), and returns its encoding, to be
// written to model/boundary.model. It keeps the epoch and the margin that
// score the best sentence F1 on dev; with the same seed and data it gives
// the same bytes.
func TrainBoundary(train, dev []conllu.Sentence, epochs int, seed uint64, log io.Writer) ([]byte, SegmentScores) {
	docs := buildDocs(train)
	tr := perceptron.NewTrainer(2)
	rng := rand.New(rand.NewPCG(seed, seed^0xb0da))
	order := rng.Perm(len(docs))
	best, bestScores := (*boundaryClassifier)(nil), evaluateSegment(dev, nil)
	fmt.Fprintf(log, "boundary: rules alone: dev sentences F1 %.2f\n", bestScores.Sentences)
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, di := range order {
			trainBoundaryDoc(tr, docs[di])
		}
		m := tr.Model(0)
		for _, margin := range boundaryMargins(m, dev) {
			c := &boundaryClassifier{model: m, margin: margin}
			sc := evaluateSegment(dev, c.split)
			if sc.Sentences > bestScores.Sentences {
				best, bestScores = c, sc
			}
		}
		fmt.Fprintf(log, "boundary epoch %d: best dev sentences F1 so far %.2f\n", epoch, bestScores.Sentences)
	}
	if best == nil {
		return nil, bestScores
	}
	return best.append(nil), bestScores
}

// trainBoundaryDoc trains on the gaps of one document, splitting where
// the gold sentences end.
func trainBoundaryDoc(tr *perceptron.Trainer, d rawDoc) {
	ends := goldEnds(d)
	var scores [2]float32
	fs := make([]uint64, 0, 32)
	segment(d.text, func(text string, toks []dyad.Span, i, n int) bool {
		fs = boundaryFeatures(text, toks, i, n, fs[:0])
		tr.Scores(fs, scores[:])
		gold := b2i(ends[toks[i].End])
		tr.Update(fs, gold, argmax(scores[:], nil))
		tr.Tick()
		return gold == 1
	})
}

func goldEnds(d rawDoc) map[int]bool {
	ends := make(map[int]bool, len(d.sents))
	for _, s := range d.sents {
		ends[s.End] = true
	}
	return ends
}

// boundaryMargins returns the margins worth trying: quantiles of the
// score differences at the gold sentence ends of dev that the rules miss.
func boundaryMargins(m *perceptron.Model, dev []conllu.Sentence) []float32 {
	var diffs []float32
	var scores [2]float32
	fs := make([]uint64, 0, 32)
	for _, d := range buildDocs(dev) {
		ends := goldEnds(d)
		segment(d.text, func(text string, toks []dyad.Span, i, n int) bool {
			m.Scores(boundaryFeatures(text, toks, i, n, fs[:0]), scores[:])
			if ends[toks[i].End] {
				diffs = append(diffs, scores[1]-scores[0])
			}
			return ends[toks[i].End]
		})
	}
	sort.Slice(diffs, func(i, j int) bool { return diffs[i] < diffs[j] })
	var out []float32
	for q := 1; q < 20 && len(diffs) > 0; q++ {
		out = append(out, diffs[len(diffs)*q/20])
	}
	return append(out, 0)
}
