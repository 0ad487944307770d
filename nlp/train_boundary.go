package nlp

import (
	"fmt"
	"io"
	"math"
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
		if c, sc := tuneBoundary(tr.Model(0), dev); sc.Sentences > bestScores.Sentences {
			best, bestScores = c, sc
		}
		fmt.Fprintf(log, "boundary epoch %d: best dev sentences F1 so far %.2f\n", epoch, bestScores.Sentences)
	}
	if best == nil {
		return nil, bestScores
	}
	return best.append(nil), bestScores
}

// tuneBoundary chooses the margins of the classifier m on dev: first the
// ordinary one with guarded gaps closed, then the guard, the strictest of
// those that score best.
func tuneBoundary(m *perceptron.Model, dev []conllu.Sentence) (*boundaryClassifier, SegmentScores) {
	never := float32(math.Inf(1))
	var best *boundaryClassifier
	var bestScores SegmentScores
	for _, margin := range boundaryMargins(m, dev, gapOpen) {
		c := &boundaryClassifier{model: m, margin: margin, guard: never}
		if sc := evaluateSegment(dev, c.split); best == nil || sc.Sentences > bestScores.Sentences {
			best, bestScores = c, sc
		}
	}
	margin := best.margin
	guards := boundaryMargins(m, dev, gapGuarded)
	sort.Slice(guards, func(i, j int) bool { return guards[i] > guards[j] }) // the strictest wins a tie
	for _, guard := range guards {
		c := &boundaryClassifier{model: m, margin: margin, guard: max(guard, margin)}
		if sc := evaluateSegment(dev, c.split); sc.Sentences > bestScores.Sentences {
			best, bestScores = c, sc
		}
	}
	return best, bestScores
}

// trainBoundaryDoc trains on the gaps of one document, splitting where
// the gold sentences end.
func trainBoundaryDoc(tr *perceptron.Trainer, d rawDoc) {
	ends := goldEnds(d)
	var scores [2]float32
	fs := make([]uint64, 0, 32)
	segment(d.text, func(text string, toks []dyad.Span, i, n int, g gap) bool {
		fs = boundaryFeatures(text, toks, i, n, g, fs[:0])
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
// score differences at the gold sentence ends of dev that the rules miss,
// at gaps of kind want.
func boundaryMargins(m *perceptron.Model, dev []conllu.Sentence, want gap) []float32 {
	var diffs []float32
	var scores [2]float32
	fs := make([]uint64, 0, 32)
	for _, d := range buildDocs(dev) {
		ends := goldEnds(d)
		segment(d.text, func(text string, toks []dyad.Span, i, n int, g gap) bool {
			m.Scores(boundaryFeatures(text, toks, i, n, g, fs[:0]), scores[:])
			if g == want && ends[toks[i].End] {
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
