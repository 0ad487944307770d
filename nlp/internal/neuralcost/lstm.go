// Package neuralcost measures what a neural sentence encoder costs in pure
// Go on this machine: the forward pass of a stack of bidirectional LSTMs
// over the words of a sentence, the part that every parser reaching LAS 84
// on UD English EWT has in common (Kiperwasser and Goldberg 2016; Stanza;
// UDPipe 2). It holds no model: the weights are random and only the
// arithmetic is timed, by BenchmarkEncoder. nlp/README.md quotes the figures
// as the reason the shipped parser is a perceptron. Nothing in dyad imports
// this package.
package neuralcost

import (
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// LSTM is one direction of one layer: the four gates' weights as one
// 4·Hidden × (In+Hidden) row-major matrix, and their biases. With BLAS set
// the gates are one matrix-vector product of gonum's BLAS (SIMD assembly
// kernels on amd64) instead of plain-Go dot products.
type LSTM struct {
	In, Hidden int
	W, B       []float32
	BLAS       bool
}

// NewLSTM returns an LSTM with weights drawn from a seeded generator.
func NewLSTM(in, hidden int, seed uint64) *LSTM {
	r := rand.New(rand.NewPCG(seed, 1))
	l := &LSTM{In: in, Hidden: hidden, W: make([]float32, 4*hidden*(in+hidden)), B: make([]float32, 4*hidden)}
	for i := range l.W {
		l.W[i] = float32(r.NormFloat64() * 0.1)
	}
	return l
}

// Run reads xs (each In long) in order, or in reverse when backward is set,
// and writes each step's hidden state to out (each Hidden long).
func (l *LSTM) Run(xs, out [][]float32, backward bool) {
	n, w := l.In+l.Hidden, l.Hidden
	in := make([]float32, n)
	gates := make([]float32, 4*w)
	c := make([]float32, w)
	h := in[l.In:]
	for step := range xs {
		i := step
		if backward {
			i = len(xs) - 1 - step
		}
		copy(in, xs[i])
		l.gates(gates, in)
		for j := 0; j < w; j++ {
			ig, fg := sigmoid(gates[j]), sigmoid(gates[w+j])
			og, g := sigmoid(gates[2*w+j]), tanh(gates[3*w+j])
			c[j] = fg*c[j] + ig*g
			h[j] = og * tanh(c[j])
		}
		copy(out[i], h)
	}
}

// gates writes W·in + B to out.
func (l *LSTM) gates(out, in []float32) {
	n := l.In + l.Hidden
	if l.BLAS {
		copy(out, l.B)
		a := blas32.General{Rows: len(out), Cols: n, Stride: n, Data: l.W}
		blas32.Gemv(blas.NoTrans, 1, a, blas32.Vector{N: n, Inc: 1, Data: in}, 1, blas32.Vector{N: len(out), Inc: 1, Data: out})
		return
	}
	for r := range out {
		out[r] = l.B[r] + dot(l.W[r*n:(r+1)*n], in)
	}
}

// Encoder is a stack of bidirectional layers; a layer's input is the
// previous layer's forward and backward states side by side.
type Encoder struct {
	Layers [][2]*LSTM
}

// NewEncoder returns a stack of layers BiLSTMs of hidden units a direction
// over inputs of width in, using gonum's BLAS when useBLAS is set.
func NewEncoder(in, hidden, layers int, seed uint64, useBLAS bool) *Encoder {
	e := &Encoder{}
	for k := 0; k < layers; k++ {
		fw, bw := NewLSTM(in, hidden, seed+uint64(2*k)), NewLSTM(in, hidden, seed+uint64(2*k+1))
		fw.BLAS, bw.BLAS = useBLAS, useBLAS
		e.Layers = append(e.Layers, [2]*LSTM{fw, bw})
		in = 2 * hidden
	}
	return e
}

// MACs returns the multiply-adds of the gates per word, the cost that
// dominates the encoder.
func (e *Encoder) MACs() int {
	total := 0
	for _, l := range e.Layers {
		total += 2 * 4 * l[0].Hidden * (l[0].In + l[0].Hidden)
	}
	return total
}

// Encode returns the top layer's states for the word vectors xs.
func (e *Encoder) Encode(xs [][]float32) [][]float32 {
	for _, l := range e.Layers {
		fw, bw := states(len(xs), l[0].Hidden), states(len(xs), l[1].Hidden)
		l[0].Run(xs, fw, false)
		l[1].Run(xs, bw, true)
		next := make([][]float32, len(xs))
		for i := range xs {
			next[i] = append(append(make([]float32, 0, 2*l[0].Hidden), fw[i]...), bw[i]...)
		}
		xs = next
	}
	return xs
}

func states(n, w int) [][]float32 {
	out := make([][]float32, n)
	for i := range out {
		out[i] = make([]float32, w)
	}
	return out
}

// dot is a four-accumulator dot product, the fastest plain-Go form the
// compiler turns into scalar SSE without bounds checks in the loop.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

func sigmoid(x float32) float32 { return float32(1 / (1 + math.Exp(-float64(x)))) }

func tanh(x float32) float32 { return float32(math.Tanh(float64(x))) }
