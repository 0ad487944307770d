package nlp

import "dyad/nlp/perceptron"

// The parser names each arc as it makes it, with a small perceptron of its
// own (transitionParser.arcs), so that the move features can see the
// relations of the children already attached, as the labelled transitions
// of Zhang and Nivre (2011) do, while the moves stay three.

// noLabel marks a word without a relation yet.
const noLabel = -1

// lab returns the relation id of word i, or noLabel.
func (st *parseState) lab(i int) int {
	if i < 0 || i >= st.n || st.labels == nil {
		return noLabel
	}
	return st.labels[i]
}

// labelSetOf returns the set of relation ids in a (a bitset, folded to 64
// bits) as an int feature value; 0 if i is absent.
func labelSetOf(a []uint64, i int) int {
	if i < 0 || a == nil {
		return -1
	}
	return int(a[i])
}

// setLabel records the relation of d, attached to its head.
func (st *parseState) setLabel(d, l int) {
	st.labels[d] = l
	h := st.heads[d]
	bit := uint64(1) << (uint(l) % 64)
	if d < h {
		st.lset[h] |= bit
	} else {
		st.rset[h] |= bit
	}
}

// arcFeatures appends the feature keys for the relation of the arc just
// made to d: d's subtree is complete, its head's is not.
func arcFeatures(st *parseState, d int, fs []uint64) []uint64 {
	key, keyInt, keyPair := perceptron.Key, perceptron.KeyInt, perceptron.KeyPairInt
	h := st.heads[d]
	dir, near := 0, st.r1[h] // the head's child nearest to d before d
	if d < h {
		dir, near = 1, st.l1[h]
	}
	if near == d {
		near = -1
		if dir == 1 {
			near = st.l2[h]
		} else {
			near = st.r2[h]
		}
	}
	dist := min(abs(h-d), 6)
	wd, td, wh, th := st.w(d), st.t(d), st.w(h), st.t(h)
	l1, r1 := st.l1[d], st.r1[d]
	return append(fs, key(0), key(1, wd), key(2, td), key(3, wh), key(4, th),
		key(5, td, th), key(6, wd, th), key(7, td, wh), key(8, wd, wh),
		keyPair(9, td, th, dist*2+dir), keyInt(10, td, st.lab(l1)), keyInt(11, td, st.lab(r1)),
		keyPair(12, td, th, labelSetOf(st.lset, d)), keyPair(13, td, th, labelSetOf(st.rset, d)),
		key(14, td, st.w(l1)), keyPair(15, td, th, st.lab(near)), key(16, td, st.t(l1), st.t(r1)),
		key(17, st.t(d-1), td, st.t(d+1)), keyInt(18, st.upos3(d), dir), key(19, wd, st.upos3(h)))
}

// labelArc names the arc just made to st.last with the parser's arc
// scorer.
func (p *transitionParser) labelArc(st *parseState, fs []uint64, scores []float32) {
	d := st.last
	fs = arcFeatures(st, d, fs[:0])
	p.arcs.Scores(fs, scores)
	nl := p.arcs.(classCounter).Classes()
	copy(st.arcScores[d*nl:(d+1)*nl], scores[:nl])
	st.setLabel(d, argmax(scores[:nl], nil))
}

// classCounter is a scorer that knows its number of classes.
type classCounter interface {
	Classes() int
}

// labelFeatures appends the move features that see relations: those of
// the children of s0, b0 and s1, and the sets of relations on each side
// (Zhang and Nivre's label and label-set templates).
func (st *parseState) labelFeatures(fs []uint64, s0, b0, s1 int, ws0, ts0, wb0, tb0 string) []uint64 {
	keyInt, keyPair := perceptron.KeyInt, perceptron.KeyPairInt
	s0l1, s0r1, b0l1 := child(st.l1, s0), child(st.r1, s0), child(st.l1, b0)
	return append(fs, keyInt(80, ts0, st.lab(s0l1)), keyInt(81, ts0, st.lab(s0r1)), keyInt(82, tb0, st.lab(b0l1)),
		keyPair(83, ts0, tb0, st.lab(s0l1)*64+st.lab(s0r1)),
		keyInt(84, ws0, labelSetOf(st.rset, s0)), keyInt(85, ts0, labelSetOf(st.rset, s0)),
		keyInt(86, ws0, labelSetOf(st.lset, s0)), keyInt(87, ts0, labelSetOf(st.lset, s0)),
		keyInt(88, wb0, labelSetOf(st.lset, b0)), keyInt(89, tb0, labelSetOf(st.lset, b0)),
		keyInt(90, st.t(s1), st.lab(child(st.r1, s1))), keyInt(91, ts0, st.lab(child(st.l2, s0))),
		keyInt(92, ts0, st.lab(child(st.r2, s0))))
}

// extraFeatures appends the move features beyond Zhang and Nivre's: UPOS
// pairs and triples, the third buffer tag, s1 against b0, b0's leftmost
// child word, and whether a verb lies between s0 and b0.
func (st *parseState) extraFeatures(fs []uint64, s0, b0, s1 int, ts0, tb0 string) []uint64 {
	key, keyPair := perceptron.Key, perceptron.KeyPairInt
	us0, ub0, us1, ub1 := st.upos3(s0), st.upos3(b0), st.upos3(s1), st.upos3(st.b(1))
	return append(fs, key(100, us0, ub0), key(101, us1, us0, ub0), key(102, us0, ub0, ub1),
		key(103, st.t(st.b(1)), st.t(st.b(2)), st.t(st.b(3))),
		key(106, tb0, st.w(child(st.l1, b0))), key(107, st.w(child(st.l1, b0)), st.w(b0)),
		keyPair(108, ts0, tb0, verbBetween(st, s0, b0)),
		key(109, st.t(s1), tb0), key(110, st.w(s1), tb0), key(111, st.t(s1), st.w(b0)))
}

// verbBetween returns 1 if a verb or auxiliary lies between i and j, 0 if
// not, -1 if either is absent.
func verbBetween(st *parseState, i, j int) int {
	if i < 0 || j < 0 {
		return -1
	}
	if st.verbs == nil {
		st.verbs = make([]int, st.n+2)
		for k := 0; k < st.n; k++ {
			st.verbs[k+1] = st.verbs[k]
			if u := st.upos[k]; u == "VERB" || u == "AUX" {
				st.verbs[k+1]++
			}
		}
		st.verbs[st.n+1] = st.verbs[st.n]
	}
	if st.verbs[j]-st.verbs[i+1] > 0 {
		return 1
	}
	return 0
}
