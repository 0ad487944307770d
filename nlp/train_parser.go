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

// bestMoves sets gold[m] for each valid move m of least cost, the number
// of gold arcs it makes unreachable (Goldberg and Nivre's dynamic oracle
// for arc-hybrid, 2013), and reports whether any move is valid.
func bestMoves(st *parseState, goldHeads []int, gold *[nMoves]bool) bool {
	costs := moveCosts(st, goldHeads)
	least := -1
	for m, c := range costs {
		if st.valid(m) && (least < 0 || c < least) {
			least = c
		}
	}
	for m, c := range costs {
		gold[m] = st.valid(m) && c == least
	}
	return least >= 0
}

// moveCosts returns, for each move, the number of gold arcs still
// reachable that it would make unreachable.
func moveCosts(st *parseState, goldHeads []int) [nMoves]int {
	var c [nMoves]int
	s0, s1, b0 := st.s(0), st.s(1), st.b0
	if b0 < st.n { // shift: b0 loses its head and its dependents in the stack
		for _, k := range st.stack {
			if (k != s0 && goldHeads[b0] == k) || goldHeads[k] == b0 {
				c[shift]++
			}
		}
	}
	if s0 < 0 {
		return c
	}
	// left and right: s0 loses its dependents in the buffer, and its head
	// in the buffer beyond b0 (left) or anywhere in the buffer (right) or
	// at s1 (left).
	for k := b0; k < st.n; k++ {
		if goldHeads[k] == s0 {
			c[left]++
			c[right]++
		}
	}
	h := goldHeads[s0]
	if h >= b0 {
		c[right]++
		if h > b0 {
			c[left]++
		}
	}
	if s1 >= 0 && h == s1 {
		c[left]++
	}
	return c
}

// trainParser trains the move scorer for epochs with the dynamic oracle,
// following its own predictions from the second epoch on, and keeps the
// epoch with the best dev UAS.
func trainParser(train, dev []treeSentence, labels *labelSet, epochs int, seed uint64, reverse bool, log io.Writer) *transitionParser {
	if reverse {
		train = reverseTrees(train)
	}
	tr := perceptron.NewTrainer(nMoves)
	arcs := perceptron.NewTrainer(len(labels.names))
	arcScores := make([]float32, len(labels.names))
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
			for !st.done() {
				fs = st.features(fs[:0])
				tr.Scores(fs, scores)
				guess := argmax(scores, st.valid)
				if !bestMoves(st, s.heads, &gold) {
					st.apply(guess)
					if guess != shift {
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
				if next != shift {
					trainArc(arcs, st, s, labels, fs, arcScores)
				}
			}
		}
		p := &transitionParser{model: tr.Model(0), arcs: arcs.Model(0), reverse: reverse}
		uas, _ := attachment([]*transitionParser{p}, nil, dev)
		fmt.Fprintf(log, "parser epoch %d: dev UAS %.2f%% (%d features)\n", epoch, uas, tr.Features())
		if len(dev) == 0 || uas > bestUAS {
			best, bestUAS = p, uas
		}
	}
	for _, frac := range []float64{0.02, 0.01, 0.005} {
		pr := &transitionParser{model: best.model.(*perceptron.Model).Pruned(frac), arcs: best.arcs, reverse: reverse}
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
