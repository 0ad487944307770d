package nlp

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dyad"
	"dyad/nlp/perceptron"
)

// boundaryClassifier decides, where the rules of Segment see no sentence
// end inside a line, whether one ends there anyway: web text often ends a
// sentence without a mark ("Kind regards, | Bill", "Favorite Restaurant |
// Best yellow curry"). It is a two-class averaged perceptron over the
// tokens around the gap, trained on the raw text of UD English EWT (see
// TrainBoundary), and it splits when the "end" score (summed over an
// ensemble) beats the other by more than margin, or by more than guard at a guarded gap (see gapKind).
type boundaryClassifier struct {
	// models are the members of the ensemble, trained with different
	// seeds; their scores are summed, which steadies the decisions of
	// any one of them.
	models []*perceptron.Model
	margin float32
	guard  float32
}

// boundaryMagic starts an encoded boundary classifier.
const boundaryMagic = "dyad-boundary 3\n"

// shippedBoundary is the classifier trained on UD English EWT (see
// model/NOTICE); "dyad nlp train-boundary" writes it.
//
//go:embed model/boundary.model
var shippedBoundary []byte

// loadBoundary decodes the shipped boundary classifier once; a damaged one
// leaves Segment to its rules.
var loadBoundary = sync.OnceValue(func() *boundaryClassifier {
	b, err := decodeBoundary(shippedBoundary)
	if err != nil {
		return nil
	}
	return b
})

// errBadBoundary reports a boundary classifier encoding that cannot be
// decoded.
var errBadBoundary = errors.New("nlp: damaged boundary classifier")

// append appends the encoding of the classifier to b.
func (c *boundaryClassifier) append(b []byte) []byte {
	b = append(b, boundaryMagic...)
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(c.margin))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(c.guard))
	for _, m := range c.models {
		b = m.Append(b)
	}
	return b
}

func decodeBoundary(b []byte) (*boundaryClassifier, error) {
	if !bytes.HasPrefix(b, []byte(boundaryMagic)) || len(b) < len(boundaryMagic)+8 {
		return nil, errBadBoundary
	}
	b = b[len(boundaryMagic):]
	c := &boundaryClassifier{
		margin: math.Float32frombits(binary.LittleEndian.Uint32(b)),
		guard:  math.Float32frombits(binary.LittleEndian.Uint32(b[4:])),
	}
	for rest := b[8:]; len(rest) > 0 || len(c.models) == 0; {
		m, r, err := perceptron.Decode(rest)
		if err != nil {
			return nil, fmt.Errorf("decode boundary classifier: %w", err)
		}
		if m.Classes() != 2 {
			return nil, errBadBoundary
		}
		c.models, rest = append(c.models, m), r
	}
	return c, nil
}

// split reports whether a sentence ends after token i of the line toks,
// the n-th token of its sentence so far, at a gap of kind g.
func (c *boundaryClassifier) split(text string, toks []dyad.Span, i, n int, g gap) bool {
	d := c.diff(text, toks, i, n, g)
	if g == gapGuarded {
		return d > c.guard
	}
	return d > c.margin
}

// diff returns by how much the members' summed "end" score beats the
// other at the gap after token i.
func (c *boundaryClassifier) diff(text string, toks []dyad.Span, i, n int, g gap) float32 {
	var buf [40]uint64
	var scores [2]float32
	fs := boundaryFeatures(text, toks, i, n, g, buf[:0])
	d := float32(0)
	for _, m := range c.models {
		m.Scores(fs, scores[:])
		d += scores[1] - scores[0]
	}
	return d
}

// boundaryFeatures appends the feature keys of the gap after token i of
// the line toks, the n-th token of its sentence so far, a gap of kind g:
// the tokens around the gap, their shapes, the sentence length so far and
// the word that opened the sentence (sign-offs and greetings: "Best
// regards, | Debra", "Hi, | Yes, storage is available").
func boundaryFeatures(text string, toks []dyad.Span, i, n int, g gap, fs []uint64) []uint64 {
	at := func(k int) string {
		if k < 0 || k >= len(toks) {
			return "<none>"
		}
		return toks[k].In(text)
	}
	cur, next, prev, next2 := at(i), at(i+1), at(i-1), at(i+2)
	wc, wn := gapWord(cur), gapWord(next)
	sc, sn := shape(cur), shape(next)
	key, keyInt := perceptron.Key, perceptron.KeyInt
	nb := min(n, 8)
	if n > 15 {
		nb = 9
	}
	if n > 30 {
		nb = 10
	}
	first := "<line>" // the sentence began on an earlier line
	if n <= i+1 {
		first = gapWord(toks[i+1-n].In(text)) // "regards", "hi", "thanks"
	}
	fs = append(fs, keyInt(26, first, nb), key(27, first, wc), key(28, first, sn))
	return append(fs, key(0), key(1, wc), key(2, wn), key(3, sc), key(4, sn), key(5, sc, sn),
		key(6, wc, wn), key(7, gapWord(prev)), key(8, shape(prev), sc, sn), key(9, wn, shape(next2)),
		keyInt(10, "", nb), keyInt(11, sn, nb), keyInt(12, sc, nb), key(13, suffix(wc, 2), sn),
		keyInt(14, sn, len(toks)-i-1), key(15, firstClass(next), lastClass(cur)),
		keyInt(16, shape(next2), b2i(i+2 >= len(toks))), keyInt(17, sn, min(len(toks), 20)),
		key(18, gapWord(next2)), key(19, wc, sn), key(20, sc, wn), key(21, gapWord(prev), wc),
		key(22, wn, gapWord(next2)), keyInt(23, "", int(g)), keyInt(24, wn, int(g)), keyInt(25, wc, int(g)))
}

// gapWord is the lower-cased form of a frequent-looking word, else its
// shape: the classifier learns words like "regards" and "thanks", not
// names.
func gapWord(tok string) string {
	if utf8.RuneCountInString(tok) > 12 {
		return shape(tok)
	}
	return strings.ToLower(tok)
}

func firstClass(tok string) string {
	r, _ := utf8.DecodeRuneInString(tok)
	return runeClass(r)
}

func lastClass(tok string) string {
	r, _ := utf8.DecodeLastRuneInString(tok)
	return runeClass(r)
}

func runeClass(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "X"
	case unicode.IsLower(r):
		return "x"
	case unicode.IsDigit(r):
		return "d"
	}
	return string(r)
}
