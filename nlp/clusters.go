package nlp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"sync"
)

// shippedClusters is the word cluster table the shipped model's features
// use: hierarchical k-means codes of GloVe vectors (see model/NOTICE and
// nlp/internal/genclusters).
//
//go:embed model/clusters.tsv.gz
var shippedClusters []byte

// loadClusters decodes the shipped cluster table once.
var loadClusters = sync.OnceValues(func() (*clusterTable, error) {
	t, err := readClusters(bytes.NewReader(shippedClusters))
	if err != nil {
		return nil, fmt.Errorf("load shipped clusters: %w", err)
	}
	return t, nil
})

// clusterTable maps normalised word forms to hierarchical cluster codes:
// one hexadecimal digit per level, so that a prefix of a code is the code
// of a coarser cluster.
type clusterTable struct {
	codes  map[string]string
	digest uint64 // FNV-64a of the uncompressed table, recorded in models that use it
}

// readClusters reads a gzip-compressed table of "word<TAB>code" lines in
// frequency order; of words with the same normalised form the first wins.
func readClusters(r io.Reader) (*clusterTable, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	h := fnv.New64a()
	h.Write(b)
	t := &clusterTable{codes: make(map[string]string, bytes.Count(b, []byte{'\n'})), digest: h.Sum64()}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for line := 1; sc.Scan(); line++ {
		word, code, ok := strings.Cut(sc.Text(), "\t")
		if !ok || word == "" || code == "" {
			return nil, fmt.Errorf("read clusters: line %d: want word<TAB>code", line)
		}
		k := norm(word)
		if _, seen := t.codes[k]; !seen {
			t.codes[k] = code
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return t, nil
}

// of returns the codes of the normalised forms, "?" for a form without one.
func (t *clusterTable) of(norms []string) []string {
	out := make([]string, len(norms))
	for i, w := range norms {
		if c, ok := t.codes[w]; ok {
			out[i] = c
		} else {
			out[i] = "?"
		}
	}
	return out
}

// cpre returns the first n digits of a cluster code (all of it if shorter).
func cpre(code string, n int) string {
	if len(code) > n {
		return code[:n]
	}
	return code
}
