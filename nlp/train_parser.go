package nlp

import (
	"fmt"
	"io"
	"math/rand/v2"

	"dyad/nlp/perceptron"
)

// treeSentence is a training sentence for the parser and labeler: forms,
// the tags the tagger predicts for it, and the gold tree.
type treeSentence struct {
	words, tags, upos []string
	forms             []string
	deprels           []string
	heads             []int // 0-based, n for the root
}

// zeroCost sets gold[m] for each move m that loses no reachable gold arc
// (Goldberg and Nivre's dynamic oracle for arc-hybrid) and reports whether
// any move is zero-cost.
func zeroCost(st *parseState, goldHeads []int, gold *[nMoves]bool) bool {
	for m := range gold {
		gold[m] = st.valid(m)
	}
	if len(st.stack) == 0 {
		return gold[shift]
	}
	s0, b0 := st.s(0), st.b0
	if gold[shift] && goldHeads[b0] == s0 {
		gold[left], gold[right] = false, false
		return true
	}
	if goldHeads[s0] == b0 && gold[left] {
		gold[shift], gold[right] = false, false
		return true
	}
	if len(st.stack) >= 2 && goldHeads[s0] == st.s(1) {
		gold[left] = false
	}
	if gold[shift] && depsBetween(b0, st.stack, goldHeads) {
		gold[shift] = false
	}
	for k := b0 + 1; k <= st.n; k++ {
		if goldHeads[s0] == k || (k < st.n && goldHeads[k] == s0) {
			gold[left], gold[right] = false, false
			break
		}
	}
	return gold[shift] || gold[left] || gold[right]
}

func depsBetween(target int, others []int, heads []int) bool {
	for _, o := range others {
		if heads[o] == target || (target < len(heads) && heads[target] == o) {
			return true
		}
	}
	return false
}

// trainParser trains the move scorer for epochs with the dynamic oracle,
// following its own predictions from the second epoch on, and keeps the
// epoch with the best dev UAS.
// With labels non-nil the parser also learns to name its arcs as it makes
// them, and its moves see the relations (Options.ArcLabels).
func trainParser(train, dev []treeSentence, labels *labelSet, plain bool, cl *clusterTable, epochs int, seed uint64, reverse bool, log io.Writer) *transitionParser {
	if reverse {
		train = reverseTrees(train)
	}
	tr := perceptron.NewTrainer(nMoves)
	var arcs *perceptron.Trainer
	var arcScores []float32
	if labels != nil {
		arcs = perceptron.NewTrainer(len(labels.names))
		arcScores = make([]float32, len(labels.names))
	}
	rng := rand.New(rand.NewPCG(seed, seed^0xa11ce))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	fs := make([]uint64, 0, 128)
	scores := make([]float32, nMoves)
	var gold [nMoves]bool
	var best *transitionParser
	bestUAS := -1.0
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := train[si]
			st := newParseState(s.words, s.tags, s.upos)
			st.plain = plain
			if cl != nil {
				st.clus = cl.of(st.words)
			}
			if arcs != nil {
				st.withLabels()
			}
			for !st.done() {
				fs = st.features(fs[:0])
				tr.Scores(fs, scores)
				guess := argmax(scores, st.valid)
				if !zeroCost(st, s.heads, &gold) {
					st.apply(guess)
					if guess != shift && arcs != nil {
						trainArc(arcs, st, s, labels, fs, arcScores)
					}
					continue
				}
				best := argmax(scores, func(m int) bool { return gold[m] })
				tr.Update(fs, best, guess)
				tr.Tick()
				next := best
				if epoch > 1 && rng.Float64() < 0.9 {
					next = guess
				}
				st.apply(next)
				if next != shift && arcs != nil {
					trainArc(arcs, st, s, labels, fs, arcScores)
				}
			}
		}
		p := &transitionParser{model: tr.Model(0), reverse: reverse, plain: plain, clusters: cl}
		if arcs != nil {
			p.arcs = arcs.Model(0)
		}
		uas, _ := attachment([]*transitionParser{p}, nil, dev)
		fmt.Fprintf(log, "parser epoch %d: dev UAS %.2f%% (%d features)\n", epoch, uas, tr.Features())
		if len(dev) == 0 || uas > bestUAS {
			best, bestUAS = p, uas
		}
	}
	for _, frac := range []float64{0.02, 0.01, 0.005} {
		pr := &transitionParser{model: best.model.(*perceptron.Model).Pruned(frac), arcs: best.arcs, reverse: reverse, plain: plain, clusters: cl}
		uas, _ := attachment([]*transitionParser{pr}, nil, dev)
		fmt.Fprintf(log, "best parser pruned at %g: dev UAS %.2f%% (%d weights)\n", frac, uas, pr.model.(*perceptron.Model).Weights())
	}
	return best
}

// reverseTrees returns the sentences written right to left, for training
// a right-to-left parser.
func reverseTrees(sents []treeSentence) []treeSentence {
	out := make([]treeSentence, len(sents))
	for k, s := range sents {
		n := len(s.words)
		r := treeSentence{words: reversed(s.words), tags: reversed(s.tags), upos: reversed(s.upos),
			forms: reversed(s.forms), deprels: reversed(s.deprels), heads: make([]int, n)}
		for i, h := range s.heads {
			if h < n {
				h = n - 1 - h
			}
			r.heads[n-1-i] = h
		}
		out[k] = r
	}
	return out
}

// trainArc names the arc just made with the arc scorer, first learning
// from it if the arc is right.
func trainArc(arcs *perceptron.Trainer, st *parseState, s treeSentence, labels *labelSet, fs []uint64, scores []float32) {
	d := st.last
	fs = arcFeatures(st, d, fs[:0])
	arcs.Scores(fs, scores)
	guess := argmax(scores, nil)
	if st.heads[d] == s.heads[d] {
		arcs.Update(fs, labels.ids[s.deprels[d]], guess)
		arcs.Tick()
	}
	st.setLabel(d, guess)
}
