package perceptron

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Append appends the binary encoding of m to b: the class count, the
// scale, then per feature the key delta, the entry count and the entries,
// all as varints.
func (m *Model) Append(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(m.classes))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.scale))
	b = binary.AppendUvarint(b, uint64(len(m.keys)))
	prev := uint32(0)
	for i, k := range m.keys {
		b = binary.AppendUvarint(b, uint64(k-prev))
		prev = k
		es := m.entries[m.start[i]:m.start[i+1]]
		b = binary.AppendUvarint(b, uint64(len(es)))
		for _, e := range es {
			b = binary.AppendUvarint(b, uint64(e.Class))
			b = binary.AppendVarint(b, int64(e.Weight))
		}
	}
	return b
}

// ErrCorrupt reports a model encoding that cannot be decoded.
var ErrCorrupt = errors.New("perceptron: corrupt model encoding")

// Decode decodes a model from the front of b and returns the rest of b.
func Decode(b []byte) (*Model, []byte, error) {
	d := decoder{b: b}
	m := &Model{classes: int(d.uvarint())}
	if len(d.b) < 4 {
		return nil, nil, ErrCorrupt
	}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(d.b))
	d.b = d.b[4:]
	n := d.uvarint()
	if d.err != nil || m.classes <= 0 || m.classes > 0xFFFF || n > uint64(len(d.b)) {
		return nil, nil, ErrCorrupt
	}
	m.keys = make([]uint32, 0, n)
	m.start = make([]uint32, 0, n+1)
	prev := uint32(0)
	for i := uint64(0); i < n && d.err == nil; i++ {
		prev += uint32(d.uvarint())
		m.keys = append(m.keys, prev)
		m.start = append(m.start, uint32(len(m.entries)))
		ne := d.uvarint()
		for j := uint64(0); j < ne && d.err == nil; j++ {
			c := d.uvarint()
			w := d.varint()
			if c >= uint64(m.classes) || w < math.MinInt16 || w > math.MaxInt16 {
				d.err = ErrCorrupt
			}
			m.entries = append(m.entries, Entry{Class: uint16(c), Weight: int16(w)})
		}
	}
	if d.err != nil {
		return nil, nil, fmt.Errorf("decode model: %w", d.err)
	}
	m.start = append(m.start, uint32(len(m.entries)))
	m.index()
	return m, d.b, nil
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = ErrCorrupt
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = ErrCorrupt
		return 0
	}
	d.b = d.b[n:]
	return v
}
