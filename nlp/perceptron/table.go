package perceptron

// The lookup tables of a Model. A feature's weights are found with one
// probe sequence in an open-addressing table whose slots hold the weights
// themselves (dense, for few classes) or up to three entries (sparse):
// most features of a pruned model keep two or three weights, so most
// lookups cost one cache miss. Scores looks features up in batches so
// that the misses of a batch overlap.

// maxDense is the most classes for which a model keeps each feature's
// weights inline in its lookup table, one cache miss per feature.
const maxDense = 4

// denseSlot is one slot of the table of a model with few classes: a key
// (0 if empty) and the weights of every class.
type denseSlot struct {
	key uint32
	w   [maxDense]int16
}

// sparseSlot is one slot of the table of a model with many classes: a key
// (0 if empty) and up to three packed entries (see pack), 0 for none. A
// feature with more entries has spill in e[0], and its entries are
// entries[e[1] : e[1]+e[2]].
type sparseSlot struct {
	key uint32
	e   [3]uint32
}

// spill marks a sparseSlot whose entries are stored apart. It is not a
// packed entry, since class 0xFFFF is out of range (see Decode).
const spill = 0xFFFFFFFF

// pack packs an entry into 32 bits: the class in the high half, the weight
// in the low half. A zero weight packs to a value that adds nothing.
func pack(e Entry) uint32 { return uint32(e.Class)<<16 | uint32(uint16(e.Weight)) }

// batch is how many features Scores looks up at once.
const batch = 64

// maxSparse is the most classes whose sums Scores keeps on the stack.
const maxSparse = 128

func slot(k uint32) uint32 { return k * 0x9E3779B1 >> 7 }

// index builds the open-addressing lookup table over keys, at most 70 %
// full.
func (m *Model) index() {
	size := 1
	for size*7 < len(m.keys)*10+2 {
		size <<= 1
	}
	m.mask = uint32(size - 1)
	if m.classes <= maxDense {
		m.indexDense(size)
		return
	}
	m.slots = make([]sparseSlot, size)
	for i, k := range m.keys {
		if m.start[i+1] == m.start[i] || k == 0 { // 0 marks an empty slot; Fold never gives it
			continue
		}
		j := slot(k) & m.mask
		for m.slots[j].key != 0 {
			j = (j + 1) & m.mask
		}
		s := &m.slots[j]
		s.key = k
		es := m.entries[m.start[i]:m.start[i+1]]
		if len(es) > len(s.e) {
			s.e = [3]uint32{spill, m.start[i], uint32(len(es))}
			continue
		}
		for n, e := range es {
			s.e[n] = pack(e)
		}
	}
}

func (m *Model) indexDense(size int) {
	m.dense = make([]denseSlot, size)
	for i, k := range m.keys {
		if k == 0 { // 0 marks an empty slot; Fold never gives it
			continue
		}
		j := slot(k) & m.mask
		for m.dense[j].key != 0 {
			j = (j + 1) & m.mask
		}
		m.dense[j].key = k
		for _, e := range m.entries[m.start[i]:m.start[i+1]] {
			m.dense[j].w[e.Class] = e.Weight
		}
	}
}

// Scores sets scores[c] to the score of class c for the features; scores
// must have room for Classes values. The weights are summed as integers,
// which is exact, so the order of the features does not matter.
func (m *Model) Scores(feats []uint64, scores []float32) {
	m.ScoresWith(nil, feats, scores)
}

// Partial is the sum of the weights of some features by class, to be
// added to the scores of the instances that share those features (see
// ScoresWith).
type Partial []ClassSum

// ClassSum is the summed quantised weight of one class.
type ClassSum struct {
	Class uint16 // Class is the class the sum scores.
	Sum   int32  // Sum is the sum of weights divided by the model's scale.
}

// Partial returns the summed weights of the features, for ScoresWith.
func (m *Model) Partial(feats []uint64) Partial {
	sums := make([]int32, max(m.classes, maxDense))
	m.sum(feats, sums)
	var p Partial
	for c, s := range sums[:m.classes] {
		if s != 0 {
			p = append(p, ClassSum{Class: uint16(c), Sum: s})
		}
	}
	return p
}

// ScoresWith sets scores[c] to the score of class c for the features and
// those summed in p, which must come from m. It gives the same scores as
// Scores of all the features.
func (m *Model) ScoresWith(p Partial, feats []uint64, scores []float32) {
	scores = scores[:m.classes]
	var sum [maxSparse]int32
	sums := sum[:]
	if m.classes > maxSparse {
		sums = make([]int32, m.classes)
	}
	for _, cs := range p {
		sums[cs.Class] += cs.Sum
	}
	m.sum(feats, sums)
	for c := range scores {
		scores[c] = float32(sums[c]) * m.scale
	}
}

// sum adds the weights of the features to sums, which has room for
// Classes values and at least maxDense.
func (m *Model) sum(feats []uint64, sums []int32) {
	if m.dense != nil {
		m.sumDense(feats, (*[maxDense]int32)(sums))
		return
	}
	var found [batch]*sparseSlot
	for len(feats) > 0 {
		n := min(len(feats), batch)
		m.find(feats[:n], &found)
		for _, s := range found[:n] {
			if s != nil {
				m.add(s, sums)
			}
		}
		feats = feats[n:]
	}
}

// add adds the weights of the slot to sums.
func (m *Model) add(s *sparseSlot, sums []int32) {
	if s.e[0] == spill {
		for _, w := range m.entries[s.e[1] : s.e[1]+s.e[2]] {
			sums[w.Class] += int32(w.Weight)
		}
		return
	}
	for _, p := range s.e {
		sums[p>>16] += int32(int16(p))
	}
}

// find sets found[i] to the slot of feats[i], or nil if the feature has no
// weights. It first touches every feature's home slot, a loop without
// data-dependent branches whose loads the processor issues all at once.
func (m *Model) find(feats []uint64, found *[batch]*sparseSlot) {
	slots, mask := m.slots, m.mask
	var home [batch]uint32
	var touch uint32
	for i, f := range feats {
		j := slot(Fold(f)) & mask
		home[i] = j
		touch |= slots[j].key
	}
	for i, f := range feats {
		found[i] = nil
		if touch != 0 { // else every home slot is empty: no feature has weights
			found[i] = m.lookup(Fold(f), home[i])
		}
	}
	// Touch the first entry of each spilled row, for the same reason.
	var first uint32
	for _, s := range found[:len(feats)] {
		if s != nil && s.e[0] == spill {
			first ^= pack(m.entries[s.e[1]])
		}
	}
	if first == spill && len(feats) > 0 { // rare, and harmless: keeps the loads
		found[0] = m.lookup(Fold(feats[0]), home[0])
	}
}

// lookup returns the slot of key k, probing from slot j, or nil.
func (m *Model) lookup(k, j uint32) *sparseSlot {
	for ; m.slots[j].key != 0; j = (j + 1) & m.mask {
		if m.slots[j].key == k {
			return &m.slots[j]
		}
	}
	return nil
}

func (m *Model) sumDense(feats []uint64, sum *[maxDense]int32) {
	dense, mask := m.dense, m.mask
	var home [batch]uint32
	for len(feats) > 0 {
		n := min(len(feats), batch)
		var touch uint32
		for i, f := range feats[:n] {
			j := slot(Fold(f)) & mask
			home[i] = j
			touch |= dense[j].key
		}
		for i, f := range feats[:n] {
			if touch == 0 {
				break
			}
			k := Fold(f)
			for j := home[i]; dense[j].key != 0; j = (j + 1) & mask {
				if e := &dense[j]; e.key == k {
					for c, w := range e.w {
						sum[c] += int32(w)
					}
					break
				}
			}
		}
		feats = feats[n:]
	}
}
