// Package perceptron provides a multiclass averaged perceptron over hashed
// sparse features: a Trainer that learns the weights and a compact Model,
// pruned and quantised, that scores at run time and encodes to bytes.
//
// A feature is a 64-bit key (see Key); an instance is the list of keys that
// fire. Each feature owns a row of one weight per class; only the rows of
// features that were ever updated exist.
package perceptron

import (
	"math"
	"sort"
)

// Key hashes a feature template number and its string parts into a feature
// key. It does not allocate.
func Key(template uint64, parts ...string) uint64 {
	h := uint64(14695981039346656037) ^ (template * 0x9E3779B97F4A7C15)
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= 1099511628211
		}
		h ^= 0xff
		h *= 1099511628211
	}
	return mix(h)
}

// KeyInt hashes a template, one string and one integer into a feature key.
func KeyInt(template uint64, s string, n int) uint64 {
	return mix(Key(template, s) ^ (uint64(n)+1)*0xC2B2AE3D27D4EB4F)
}

func mix(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Trainer learns averaged perceptron weights. Its methods are not safe for
// concurrent use.
type Trainer struct {
	classes int
	index   map[uint64]int32
	w       []float32
	total   []float64
	stamp   []int32
	clock   int32
}

// NewTrainer returns a trainer for the given number of classes.
func NewTrainer(classes int) *Trainer {
	return &Trainer{classes: classes, index: make(map[uint64]int32)}
}

// Classes returns the number of classes.
func (t *Trainer) Classes() int { return t.classes }

// Features returns how many features have a weight row.
func (t *Trainer) Features() int { return len(t.index) }

// Scores sets scores[c] to the current score of class c for the features.
func (t *Trainer) Scores(feats []uint64, scores []float32) {
	clear(scores[:t.classes])
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		row := t.w[int(r)*t.classes : int(r+1)*t.classes]
		for c, v := range row {
			scores[c] += v
		}
	}
}

// Tick advances the averaging clock by one instance; call it once per
// training instance, updated or not.
func (t *Trainer) Tick() { t.clock++ }

// Update moves the weights of feats toward gold and away from guess.
func (t *Trainer) Update(feats []uint64, gold, guess int) {
	if gold == guess {
		return
	}
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = int32(len(t.index))
			t.index[f] = r
			t.w = append(t.w, make([]float32, t.classes)...)
			t.total = append(t.total, make([]float64, t.classes)...)
			t.stamp = append(t.stamp, make([]int32, t.classes)...)
		}
		base := int(r) * t.classes
		t.add(base+gold, 1)
		t.add(base+guess, -1)
	}
}

func (t *Trainer) add(i int, d float32) {
	t.total[i] += float64(t.clock-t.stamp[i]) * float64(t.w[i])
	t.stamp[i] = t.clock
	t.w[i] += d
}

// Model returns the averaged weights as a compact model. Weights whose
// magnitude is below prune times the largest are dropped; the rest are
// quantised to 16 bits.
func (t *Trainer) Model(prune float64) *Model {
	clock := float64(max(t.clock, 1))
	avg := make([]float64, len(t.w))
	maxAbs := 0.0
	for i, v := range t.w {
		a := (t.total[i] + float64(t.clock-t.stamp[i])*float64(v)) / clock
		avg[i] = a
		maxAbs = max(maxAbs, math.Abs(a))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / 32767
	cut := prune * maxAbs
	rows := make(map[uint32][]Entry)
	for f, r := range t.index {
		row := avg[int(r)*t.classes : int(r+1)*t.classes]
		k := Fold(f)
		for c, a := range row {
			if math.Abs(a) < cut || a == 0 {
				continue
			}
			rows[k] = addEntry(rows[k], Entry{Class: uint16(c), Weight: int16(math.Round(a / scale))})
		}
	}
	return build(t.classes, float32(scale), rows)
}

func addEntry(es []Entry, e Entry) []Entry {
	for i := range es {
		if es[i].Class == e.Class {
			es[i].Weight = int16(max(-32767, min(32767, int(es[i].Weight)+int(e.Weight))))
			return es
		}
	}
	return append(es, e)
}

// Fold reduces a feature key to the 32 bits a Model stores; it is never 0,
// which marks an empty slot.
func Fold(f uint64) uint32 {
	k := uint32(f ^ f>>32)
	if k == 0 {
		return 1
	}
	return k
}

// Entry is one stored weight: a class and its quantised weight.
type Entry struct {
	Class  uint16 // Class is the class the weight scores.
	Weight int16  // Weight is the weight divided by the model's scale.
}

// Model scores instances with pruned, quantised averaged weights. It is
// immutable and safe for concurrent use.
type Model struct {
	classes int
	scale   float32
	keys    []uint32 // sorted feature keys
	start   []uint32 // start[i]..start[i+1] are the entries of keys[i]
	entries []Entry
	slots   []sparseSlot // open-addressing table over keys
	dense   []denseSlot  // the table instead of slots when there are few classes
	mask    uint32
}

func build(classes int, scale float32, rows map[uint32][]Entry) *Model {
	m := &Model{classes: classes, scale: scale}
	for k, es := range rows {
		if len(es) > 0 {
			m.keys = append(m.keys, k)
		}
	}
	sort.Slice(m.keys, func(i, j int) bool { return m.keys[i] < m.keys[j] })
	m.start = make([]uint32, 0, len(m.keys)+1)
	for _, k := range m.keys {
		m.start = append(m.start, uint32(len(m.entries)))
		es := rows[k]
		sort.Slice(es, func(i, j int) bool { return es[i].Class < es[j].Class })
		m.entries = append(m.entries, es...)
	}
	m.start = append(m.start, uint32(len(m.entries)))
	m.index()
	return m
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.classes }

// Features returns the number of stored features.
func (m *Model) Features() int { return len(m.keys) }

// Weights returns the number of stored weights.
func (m *Model) Weights() int { return len(m.entries) }

// Pruned returns a copy of m without the weights whose magnitude is below
// frac times the largest representable one, and without emptied features.
func (m *Model) Pruned(frac float64) *Model {
	cut := int(frac * 32767)
	rows := make(map[uint32][]Entry, len(m.keys))
	for i, k := range m.keys {
		for _, e := range m.entries[m.start[i]:m.start[i+1]] {
			if abs16(e.Weight) >= cut && e.Weight != 0 {
				rows[k] = append(rows[k], e)
			}
		}
	}
	return build(m.classes, m.scale, rows)
}

func abs16(w int16) int {
	if w < 0 {
		return -int(w)
	}
	return int(w)
}

// KeyPairInt returns KeyInt(template, a+" "+b, n) without building the
// joined string.
func KeyPairInt(template uint64, a, b string, n int) uint64 {
	h := uint64(14695981039346656037) ^ (template * 0x9E3779B97F4A7C15)
	for i := 0; i < len(a); i++ {
		h ^= uint64(a[i])
		h *= 1099511628211
	}
	h ^= ' '
	h *= 1099511628211
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= 1099511628211
	}
	h ^= 0xff
	h *= 1099511628211
	return mix(mix(h) ^ (uint64(n)+1)*0xC2B2AE3D27D4EB4F)
}
