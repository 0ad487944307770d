package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
)

// synthetic returns a vector file of three groups of words whose vectors
// lie close to three orthogonal directions, in the wink JSON layout (the
// components, then the norm and the index).
func synthetic(t *testing.T) []byte {
	t.Helper()
	rng := rand.New(rand.NewPCG(7, 7))
	vf := map[string]any{"dimensions": 4, "size": 0}
	var words []string
	vecs := map[string][]float64{}
	for g, group := range [][]string{{"monday", "tuesday", "friday"}, {"paris", "berlin", "rome"}, {"red", "green", "blue"}} {
		for _, w := range group {
			v := make([]float64, 6)
			for d := range 4 {
				v[d] = 0.05 * rng.Float64()
			}
			v[g] = 1
			v[5] = float64(len(words))
			words = append(words, w)
			vecs[w] = v
		}
	}
	vf["words"], vf["vectors"] = words, vecs
	b, err := json.Marshal(vf)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func generate(t *testing.T, in []byte, opts Options) map[string]string {
	t.Helper()
	var out bytes.Buffer
	if err := Generate(bytes.NewReader(in), &out, opts); err != nil {
		t.Fatalf("Generate: %v", err)
	}
	zr, err := gzip.NewReader(&out)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]string{}
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		w, c, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("line %q: want word<TAB>code", line)
		}
		codes[w] = c
	}
	return codes
}

// TestGenerateGroups checks that words of a group share their coarse
// cluster, that other groups do not, that each level adds one digit, and
// that the same seed gives the same table.
func TestGenerateGroups(t *testing.T) {
	in := synthetic(t)
	opts := Options{Words: 100, Branch: []int{3, 2}, Seed: 1}
	codes := generate(t, in, opts)
	if len(codes) != 9 {
		t.Fatalf("got %d words, want 9: %v", len(codes), codes)
	}
	for _, c := range codes {
		if len(c) != 2 {
			t.Errorf("code %q: want 2 digits", c)
		}
	}
	groups := [][]string{{"monday", "tuesday", "friday"}, {"paris", "berlin", "rome"}, {"red", "green", "blue"}}
	seen := map[byte]bool{}
	for _, g := range groups {
		top := codes[g[0]][0]
		for _, w := range g[1:] {
			if codes[w][0] != top {
				t.Errorf("%s in %q, %s in %q: want the same coarse cluster", g[0], codes[g[0]], w, codes[w])
			}
		}
		if seen[top] {
			t.Errorf("group %v shares its coarse cluster %q with another", g, top)
		}
		seen[top] = true
	}
	again := generate(t, in, opts)
	for w, c := range codes {
		if again[w] != c {
			t.Errorf("second run: %s in %q, first run %q", w, again[w], c)
		}
	}
	if few := generate(t, in, Options{Words: 4, Branch: []int{3}, Seed: 1}); len(few) != 4 {
		t.Errorf("Words 4: got %d words, want 4", len(few))
	}
}

// TestGenerateBadInput checks that input that is not a vector file is an
// error, not a panic.
func TestGenerateBadInput(t *testing.T) {
	for name, in := range map[string]string{"empty": "", "not json": "words", "no vectors": `{"words":["a"],"dimensions":3,"vectors":{}}`,
		"short vector": `{"words":["a"],"dimensions":3,"vectors":{"a":[1]}}`} {
		if err := Generate(strings.NewReader(in), io.Discard, Options{Words: 10, Branch: []int{2}, Seed: 1}); err == nil {
			t.Errorf("%s: Generate(%q) = nil error, want one", name, in)
		}
	}
}

// TestParseBranch checks the -branch flag.
func TestParseBranch(t *testing.T) {
	for in, ok := range map[string]bool{"16,16,16": true, "2": true, "1": false, "17": false, "16,x": false} {
		if _, err := parseBranch(in); (err == nil) != ok {
			t.Errorf("parseBranch(%q) error %v, want ok %v", in, err, ok)
		}
	}
}
