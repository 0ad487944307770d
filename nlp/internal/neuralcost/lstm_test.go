package neuralcost

import (
	"math"
	"testing"
)

// TestEncode checks the shapes and that the states are finite and bounded
// by tanh, and that the backward direction reads the sentence in reverse.
func TestEncode(t *testing.T) {
	e := NewEncoder(8, 6, 2, 1, false)
	xs := words(5, 8)
	out := e.Encode(xs)
	viaBLAS := NewEncoder(8, 6, 2, 1, true).Encode(xs)
	for i := range out {
		for j := range out[i] {
			if d := out[i][j] - viaBLAS[i][j]; d > 1e-5 || d < -1e-5 {
				t.Fatalf("plain Go and BLAS differ at %d,%d: %v against %v", i, j, out[i][j], viaBLAS[i][j])
			}
		}
	}
	if len(out) != 5 || len(out[0]) != 12 {
		t.Fatalf("got %d states of %d, want 5 of 12", len(out), len(out[0]))
	}
	for _, s := range out {
		for _, v := range s {
			if math.IsNaN(float64(v)) || v < -1 || v > 1 {
				t.Fatalf("state %v out of (-1, 1)", v)
			}
		}
	}
	l := NewLSTM(8, 6, 3)
	fw, bw := states(5, 6), states(5, 6)
	l.Run(xs, fw, false)
	l.Run(reverse(xs), bw, true)
	for i := range fw {
		for j := range fw[i] {
			if fw[i][j] != bw[4-i][j] {
				t.Fatalf("backward run over the reversed words differs at %d,%d", i, j)
			}
		}
	}
}

func reverse(xs [][]float32) [][]float32 {
	out := make([][]float32, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

func words(n, width int) [][]float32 {
	xs := states(n, width)
	for i := range xs {
		for j := range xs[i] {
			xs[i][j] = float32((i*7+j*3)%11)/11 - 0.5
		}
	}
	return xs
}

// BenchmarkEncoder times the encoders of parsers that report LAS ≥ 84 on
// EWT, on 20-word sentences, and prints words per second and the rate of
// multiply-adds, with plain-Go dot products and with gonum's BLAS (whose
// amd64 kernels are SIMD assembly). Only the encoder is timed: no embeddings lookup, no
// scoring of arcs or moves, no tagger, so a whole parser is slower still.
//
//	go test ./nlp/internal/neuralcost -run XXX -bench Encoder -benchtime 2s
func BenchmarkEncoder(b *testing.B) {
	for _, c := range []struct {
		name               string
		in, hidden, layers int
	}{
		{"small_1x128", 100, 128, 1},       // one layer, the least a BiLSTM parser uses
		{"kiperwasser_2x125", 125, 125, 2}, // Kiperwasser & Goldberg (2016): 100-d words + 25-d tags
		{"stanza_3x400", 225, 400, 3},      // Stanza's parser: 3 layers of 400 units
	} {
		for _, useBLAS := range []bool{false, true} {
			name := c.name + "/go"
			if useBLAS {
				name = c.name + "/gonum-blas"
			}
			b.Run(name, func(b *testing.B) {
				e := NewEncoder(c.in, c.hidden, c.layers, 1, useBLAS)
				xs := words(20, c.in)
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					e.Encode(xs)
				}
				perWord := b.Elapsed().Seconds() / float64(b.N*len(xs))
				b.ReportMetric(1/perWord, "words/s")
				b.ReportMetric(float64(e.MACs())/perWord/1e9, "GMAC/s")
			})
		}
	}
}
