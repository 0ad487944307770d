package nlp

import (
	"dyad/nlp/perceptron"
)

// The moves of the arc-hybrid transition system. The root is a virtual word
// at the end of the buffer.
const (
	shift = iota // push the first buffer word onto the stack
	left         // attach the stack top to the first buffer word, pop it
	right        // attach the stack top to the word below it, pop it
	nMoves
)

// transitionParser is a greedy arc-hybrid dependency parser scoring moves with an
// averaged perceptron; it finds the unlabelled tree, the relLabeler names the
// relations.
type transitionParser struct {
	model   scorer
	arcs    scorer // arcs names each arc as it is made (nil: no relations seen by the moves)
	reverse bool   // reverse parses the sentence from right to left
	plain   bool   // plain scores moves with the first 76 templates only (TrainOptions.PlainTemplates)
	// clusters, if not nil, gives the word clusters that the cluster
	// templates see.
	clusters *clusterTable
}

// parseState is the configuration of the transition system over one
// sentence of n words; index n is the root.
type parseState struct {
	n      int
	words  []string // normalised forms
	tags   []string // XPOS tags
	upos   []string // UPOS tags
	stack  []int
	b0     int   // first word of the buffer
	heads  []int // heads[i] is the head of word i, -1 if none yet, n for the root
	l1, l2 []int // leftmost and second leftmost children
	r1, r2 []int // rightmost and second rightmost children
	nl, nr []int // numbers of left and right children
	punct  []int // punct[k] counts the punctuation marks before word k, built on first use
	verbs  []int // verbs[k] counts the verbs before word k, built on first use
	last   int   // the word attached by the last move
	plain  bool  // plain leaves out the move features beyond the first 76 templates
	labels []int // labels[i] is the relation id of word i, noLabel if none (nil: no relations)
	lset   []uint64
	rset   []uint64 // sets of the relations of the left and right children
	// arcScores holds the arc scorer's relation scores of each word, a row
	// of one per relation, if the parser names arcs.
	arcScores []float32
	clus      []string // cluster codes of the words (nil: no cluster templates)
}

func newParseState(words, tags, upos []string) *parseState {
	n := len(words)
	st := &parseState{n: n, words: words, tags: tags, upos: upos, stack: make([]int, 0, n)}
	slab := make([]int, 7*(n+1)) // heads, l1, l2, r1, r2 (-1: none), nl, nr
	for i := range slab[:5*(n+1)] {
		slab[i] = -1
	}
	part := func(k int) []int { return slab[k*(n+1) : (k+1)*(n+1) : (k+1)*(n+1)] }
	st.heads, st.l1, st.l2, st.r1, st.r2 = part(0), part(1), part(2), part(3), part(4)
	st.nl, st.nr = part(5), part(6)
	return st
}

// withLabels makes room for the relations of the words, which a parser
// that names its arcs records.
func (st *parseState) withLabels() {
	st.labels = make([]int, st.n)
	for i := range st.labels {
		st.labels[i] = noLabel
	}
	sets := make([]uint64, 2*(st.n+1))
	st.lset, st.rset = sets[:st.n+1:st.n+1], sets[st.n+1:]
}

func (st *parseState) done() bool { return st.b0 >= st.n && len(st.stack) == 0 }

func (st *parseState) valid(m int) bool {
	switch m {
	case shift:
		return st.b0 < st.n
	case left:
		return len(st.stack) >= 1 && (st.b0 < st.n || len(st.stack) == 1)
	case right:
		return len(st.stack) >= 2
	}
	return false
}

// forced returns the only valid move, or -1 if there is a choice: shift
// when the stack is empty, and every move once the buffer holds only the
// root. The scores cannot change a forced move, so it is not scored.
func (st *parseState) forced() int {
	only := -1
	for m := range nMoves {
		if st.valid(m) {
			if only >= 0 {
				return -1
			}
			only = m
		}
	}
	return only
}

func (st *parseState) apply(m int) {
	switch m {
	case shift:
		st.stack = append(st.stack, st.b0)
		st.b0++
	case left:
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.b0, s0)
	case right:
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.stack[len(st.stack)-1], s0)
	}
}

func (st *parseState) attach(h, d int) {
	st.heads[d] = h
	st.last = d
	if d < h {
		st.nl[h]++
		if st.l1[h] < 0 || d < st.l1[h] {
			st.l2[h], st.l1[h] = st.l1[h], d
		} else if st.l2[h] < 0 || d < st.l2[h] {
			st.l2[h] = d
		}
		return
	}
	st.nr[h]++
	if d > st.r1[h] {
		st.r2[h], st.r1[h] = st.r1[h], d
	} else if d > st.r2[h] {
		st.r2[h] = d
	}
}

// s returns the i-th word from the top of the stack, or -1.
func (st *parseState) s(i int) int {
	if i >= len(st.stack) {
		return -1
	}
	return st.stack[len(st.stack)-1-i]
}

// b returns the i-th word of the buffer (n for the root), or -1.
func (st *parseState) b(i int) int {
	if st.b0+i > st.n {
		return -1
	}
	return st.b0 + i
}

func (st *parseState) w(i int) string { return st.at(st.words, i) }

// at returns xs[i] for a word i of the sentence, "-" for none and
// "<root>" for the root.
func (st *parseState) at(xs []string, i int) string {
	switch {
	case i < 0:
		return "-"
	case i == st.n:
		return "<root>"
	}
	return xs[i]
}

func (st *parseState) t(i int) string {
	switch {
	case i < 0:
		return "-"
	case i == st.n:
		return "<root>"
	}
	return st.tags[i]
}

func child(a []int, i int) int {
	if i < 0 {
		return -1
	}
	return a[i]
}

func count(a []int, i int) int {
	if i < 0 {
		return -1
	}
	return min(a[i], 4)
}

// features appends the feature keys of the state to fs: the Zhang and
// Nivre (2011) templates adapted to arc-hybrid.
func (st *parseState) features(fs []uint64) []uint64 {
	key, keyInt, keyPair := perceptron.Key, perceptron.KeyInt, perceptron.KeyPairInt
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0, b1, b2 := st.b(0), st.b(1), st.b(2)
	s0l1, s0l2, s0r1, s0r2 := child(st.l1, s0), child(st.l2, s0), child(st.r1, s0), child(st.r2, s0)
	b0l1, b0l2 := child(st.l1, b0), child(st.l2, b0)
	s1l1, s1r1 := child(st.l1, s1), child(st.r1, s1)
	w, t := st.w, st.t
	ws0, ts0, wb0, tb0 := w(s0), t(s0), w(b0), t(b0)
	fs = append(fs, key(0),
		key(1, ws0), key(2, ts0), key(3, ws0, ts0),
		key(4, wb0), key(5, tb0), key(6, wb0, tb0),
		key(7, w(b1)), key(8, t(b1)), key(9, w(b1), t(b1)),
		key(10, w(b2)), key(11, t(b2)), key(12, w(s1)), key(13, t(s1)), key(14, w(s1), t(s1)),
		key(15, w(s2)), key(16, t(s2)),
		key(17, ws0, ts0, wb0, tb0), key(18, ws0, ts0, wb0), key(19, ws0, ts0, tb0),
		key(20, ws0, wb0, tb0), key(21, ts0, wb0, tb0), key(22, ws0, wb0), key(23, ts0, tb0),
		key(24, tb0, t(b1)), key(25, wb0, t(b1)), key(26, tb0, w(b1)),
		key(27, tb0, t(b1), t(b2)), key(28, ts0, tb0, t(b1)), key(29, t(s1), ts0, tb0),
		key(30, ts0, t(s0l1), tb0), key(31, ts0, t(s0r1), tb0), key(32, ts0, tb0, t(b0l1)),
		key(33, ts0, t(s0l1), t(s0l2)), key(34, ts0, t(s0r1), t(s0r2)), key(35, tb0, t(b0l1), t(b0l2)),
		key(36, t(s2), t(s1), ts0), key(37, t(s1), t(s1r1), ts0), key(38, t(s1), t(s1l1), ts0),
		key(39, w(s1), ws0), key(40, w(s1), ts0), key(41, t(s1), ws0), key(42, w(s1), t(s1), ws0, ts0),
		key(43, w(s0l1)), key(44, t(s0l1)), key(45, w(s0r1)), key(46, t(s0r1)),
		key(47, w(b0l1)), key(48, t(b0l1)), key(49, t(s0l2)), key(50, t(s0r2)), key(51, t(b0l2)),
		key(52, w(s1r1)), key(53, t(s1r1)), key(54, t(s1l1)),
		key(55, ws0, t(s0r1)), key(56, wb0, t(b0l1)), key(57, ws0, t(s0l1)),
	)
	d := -1
	if s0 >= 0 && b0 >= 0 {
		d = min(b0-s0, 6)
		if b0-s0 > 10 {
			d = 7
		}
	}
	d1 := -1
	if s1 >= 0 && s0 >= 0 {
		d1 = min(s0-s1, 6)
	}
	fs = append(fs, keyInt(60, ws0, d), keyInt(61, ts0, d), keyInt(62, wb0, d), keyInt(63, tb0, d),
		keyPair(64, ws0, wb0, d), keyPair(65, ts0, tb0, d), keyPair(66, t(s1), ts0, d1),
		keyInt(67, ws0, count(st.nr, s0)), keyInt(68, ts0, count(st.nr, s0)),
		keyInt(69, ws0, count(st.nl, s0)), keyInt(70, ts0, count(st.nl, s0)),
		keyInt(71, wb0, count(st.nl, b0)), keyInt(72, tb0, count(st.nl, b0)),
		keyInt(73, t(s1), count(st.nr, s1)), keyPair(74, ts0, tb0, len(st.stack)),
		keyPair(75, ts0, tb0, punctBetween(st, s0, b0)))
	if st.labels != nil {
		fs = st.labelFeatures(fs, s0, b0, s1, ws0, ts0, wb0, tb0)
	}
	if st.clus != nil {
		fs = st.clusterFeatures(fs, s0, b0, ts0, tb0)
	}
	if st.plain {
		return fs
	}
	return st.extraFeatures(fs, s0, b0, s1, ts0, tb0)
}

// punctBetween returns 1 if a comma or other punctuation lies between i and
// j, 0 if not, -1 if either is absent.
func punctBetween(st *parseState, i, j int) int {
	if i < 0 || j < 0 {
		return -1
	}
	if st.punct == nil {
		st.punct = make([]int, st.n+2)
		for k := 0; k < st.n; k++ {
			st.punct[k+1] = st.punct[k]
			if st.upos[k] == "PUNCT" {
				st.punct[k+1]++
			}
		}
		st.punct[st.n+1] = st.punct[st.n]
	}
	// punct[k] counts the marks before word k.
	if st.punct[j]-st.punct[i+1] > 0 {
		return 1
	}
	return 0
}

// parseWords returns the heads of the words (0-based, n for the root) and
// the arc scorer's scores of each word's relation (see parsed.arcScores),
// reversing the sentence first for a right-to-left parser.
func (p *transitionParser) parseWords(words, tags, upos []string, fs []uint64, scores []float32) parsed {
	if !p.reverse {
		st := newParseState(words, tags, upos)
		return parsed{heads: p.parse(st, fs, scores), arcScores: st.arcScores}
	}
	n := len(words)
	rw, rt, ru := reversed(words), reversed(tags), reversed(upos)
	st := newParseState(rw, rt, ru)
	rh := p.parse(st, fs, scores)
	out := parsed{heads: make([]int, n)}
	for i, h := range rh {
		if h < n {
			h = n - 1 - h
		}
		out.heads[n-1-i] = h
	}
	if rs := st.arcScores; rs != nil {
		nl := len(rs) / max(n, 1)
		out.arcScores = make([]float32, len(rs))
		for i := range n {
			copy(out.arcScores[(n-1-i)*nl:(n-i)*nl], rs[i*nl:(i+1)*nl])
		}
	}
	return out
}

// parsed is a parser's tree: the heads (0-based, n for the root) and, if
// the parser names arcs, the scores of each relation for each word (row
// i*labels..(i+1)*labels), which the relLabeler adds to its own.
type parsed struct {
	heads     []int
	arcScores []float32
}

func reversed(a []string) []string {
	out := make([]string, len(a))
	for i, s := range a {
		out[len(a)-1-i] = s
	}
	return out
}

// parse returns the heads of the words (0-based, n for the root).
func (p *transitionParser) parse(st *parseState, fs []uint64, scores []float32) []int {
	st.plain = p.plain
	if p.clusters != nil {
		st.clus = p.clusters.of(st.words)
	}
	if p.arcs != nil {
		st.withLabels()
		st.arcScores = make([]float32, st.n*p.arcs.(classCounter).Classes())
	}
	for !st.done() {
		m := st.forced()
		if m < 0 {
			fs = st.features(fs[:0])
			p.model.Scores(fs, scores)
			m = argmax(scores[:nMoves], st.valid)
		}
		st.apply(m)
		if m != shift && p.arcs != nil {
			p.labelArc(st, fs, scores)
		}
	}
	return st.heads[:st.n]
}

// ensembleWeights weigh the votes of the parsers of an ensemble, in order.
var ensembleWeights = [...]float64{1, 0.95, 0.9, 0.85, 0.8}

// parseEnsemble returns the heads that the parsers vote for, with the
// relation scores of the only parser (none for an ensemble).
func parseEnsemble(parsers []*transitionParser, words, tags, upos []string, fs []uint64, scores []float32) parsed {
	if len(parsers) == 1 {
		return parsers[0].parseWords(words, tags, upos, fs, scores)
	}
	trees := make([][]int, len(parsers))
	for i, p := range parsers {
		trees[i] = p.parseWords(words, tags, upos, fs, scores).heads
	}
	return parsed{heads: vote(len(words), trees, ensembleWeights[:len(trees)])}
}

// c returns the cluster code of word i, "-" if there is none and "<root>"
// for the root.
func (st *parseState) c(i int) string { return st.at(st.clus, i) }

// clusterFeatures appends the word cluster templates: Koo, Carreras and
// Collins (2008)'s scheme of word templates with clusters in place of
// words, at a coarse (2 digits, 256 clusters) and a finer (3 digits)
// granularity, alone and with the other word's tag.
func (st *parseState) clusterFeatures(fs []uint64, s0, b0 int, ts0, tb0 string) []uint64 {
	key := perceptron.Key
	cs0, cb0 := st.c(s0), st.c(b0)
	cs02, cb02 := cpre(cs0, 2), cpre(cb0, 2)
	cs03, cb03 := cpre(cs0, 3), cpre(cb0, 3)
	return append(fs, key(120, cs03), key(121, cb03), key(122, cpre(st.c(st.b(1)), 3)),
		key(123, cpre(st.c(st.s(1)), 3)), key(124, cs02, tb0), key(125, ts0, cb02),
		key(126, cs02, cb02), key(127, cs03, cb03), key(128, cs03, tb0), key(129, ts0, cb03),
		key(130, cpre(st.c(child(st.l1, s0)), 2), ts0), key(131, cpre(st.c(child(st.r1, s0)), 2), ts0),
		key(132, cpre(st.c(child(st.l1, b0)), 2), tb0), key(133, cs0), key(134, cb0))
}
