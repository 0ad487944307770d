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
// written to model/boundary.model: an ensemble of members perceptrons
// trained with the seeds seed, seed+1, … on their own shuffles, their
// scores summed. It keeps the epoch and the margins that score the best
// sentence F1 on dev; with the same seed and data it gives the same bytes.
func TrainBoundary(train, dev []conllu.Sentence, epochs, members int, seed uint64, log io.Writer) ([]byte, SegmentScores) {
	docs := buildDocs(train)
	members = max(members, 1)
	trainers := make([]*perceptron.Trainer, members)
	rngs := make([]*rand.Rand, members)
	orders := make([][]int, members)
	for k := range trainers {
		s := seed + uint64(k)
		trainers[k] = perceptron.NewTrainer(2)
		rngs[k] = rand.New(rand.NewPCG(s, s^0xb0da))
		orders[k] = rngs[k].Perm(len(docs))
	}
	best, bestScores := (*boundaryClassifier)(nil), evaluateSegment(dev, nil)
	fmt.Fprintf(log, "boundary: rules alone: dev sentences F1 %.2f\n", bestScores.Sentences)
	for epoch := 1; epoch <= epochs; epoch++ {
		models := make([]*perceptron.Model, members)
		for k, tr := range trainers {
			order := orders[k]
			rngs[k].Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, di := range order {
				trainBoundaryDoc(tr, docs[di])
			}
			models[k] = tr.Model(0)
		}
		if c, sc := tuneBoundary(models, dev); sc.Sentences > bestScores.Sentences {
			best, bestScores = c, sc
		}
		fmt.Fprintf(log, "boundary epoch %d: best dev sentences F1 so far %.2f\n", epoch, bestScores.Sentences)
	}
	if best == nil {
		return nil, bestScores
	}
	return best.append(nil), bestScores
}

// tuneBoundary chooses the margins of the ensemble on dev: first the
// ordinary one with guarded gaps closed, then the guard, the strictest of
// those that score best.
func tuneBoundary(models []*perceptron.Model, dev []conllu.Sentence) (*boundaryClassifier, SegmentScores) {
	never := float32(math.Inf(1))
	var best *boundaryClassifier
	var bestScores SegmentScores
	for _, margin := range boundaryMargins(models, dev, gapOpen) {
		c := &boundaryClassifier{models: models, margin: margin, guard: never}
		if sc := evaluateSegment(dev, c.split); best == nil || sc.Sentences > bestScores.Sentences {
			best, bestScores = c, sc
		}
	}
	margin := best.margin
	guards := boundaryMargins(models, dev, gapGuarded)
	sort.Slice(guards, func(i, j int) bool { return guards[i] > guards[j] }) // the strictest wins a tie
	for _, guard := range guards {
		c := &boundaryClassifier{models: models, margin: margin, guard: max(guard, margin)}
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

// boundaryMargins returns the margins worth trying: zero and the positive
// quantiles of the score differences of the ensemble at the gold sentence
// ends of dev that the rules miss, at gaps of kind want. A negative margin
// would split where the classifier itself sees no end: on dev it can win a
// few tenths by chance, and on news it splits many sentences inside (see
// nlp/README.md, "Sentence F1").
func boundaryMargins(models []*perceptron.Model, dev []conllu.Sentence, want gap) []float32 {
	c := &boundaryClassifier{models: models}
	var diffs []float32
	for _, d := range buildDocs(dev) {
		ends := goldEnds(d)
		segment(d.text, func(text string, toks []dyad.Span, i, n int, g gap) bool {
			if g == want && ends[toks[i].End] {
				diffs = append(diffs, c.diff(text, toks, i, n, g))
			}
			return ends[toks[i].End]
		})
	}
	sort.Slice(diffs, func(i, j int) bool { return diffs[i] < diffs[j] })
	var out []float32
	for q := 1; q < 20 && len(diffs) > 0; q++ {
		if d := diffs[len(diffs)*q/20]; d > 0 {
			out = append(out, d)
		}
	}
	return append(out, 0)
}
