package nlp

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"dyad/nlp/conllu"
)

// jackknifeCached returns the training trees with jackknifed tags, read
// from opts.TagCache if that file exists, else computed (and written to
// opts.TagCache if set).
func jackknifeCached(train []conllu.Sentence, tags *tagSet, cl *clusterTable, opts TrainOptions, log io.Writer) ([]treeSentence, error) {
	if opts.TagCache != "" {
		trees, err := readTagCache(opts.TagCache, train)
		if err == nil {
			fmt.Fprintf(log, "jackknifed tags read from %s\n", opts.TagCache)
			return trees, nil
		}
		if !os.IsNotExist(err) {
			return nil, err
		}
	}
	fmt.Fprintf(log, "jackknifing tags over %d folds\n", opts.Folds)
	trees := jackknife(train, tags, cl, opts, log)
	if opts.TagCache != "" {
		if err := writeTagCache(opts.TagCache, trees); err != nil {
			return nil, err
		}
	}
	return trees, nil
}

// writeTagCache writes the predicted tags of the trees, one sentence a
// line of tab-separated "UPOS XPOS" pairs.
func writeTagCache(path string, trees []treeSentence) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("tag cache: %w", err)
	}
	w := bufio.NewWriter(f)
	for _, t := range trees {
		for i := range t.tags {
			if i > 0 {
				w.WriteByte('\t')
			}
			w.WriteString(t.upos[i] + " " + t.tags[i])
		}
		w.WriteByte('\n')
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("tag cache %s: %w", path, err)
	}
	return nil
}

// readTagCache returns the training trees with the tags of the cache in
// path, which must hold one line per sentence of train with one tag pair
// per word.
func readTagCache(path string, train []conllu.Sentence) ([]treeSentence, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) != len(train) {
		return nil, fmt.Errorf("tag cache %s: %d sentences, want %d", path, len(lines), len(train))
	}
	trees := treeSentences(nil, train)
	for k, line := range lines {
		pairs := strings.Split(line, "\t")
		if len(pairs) != len(trees[k].tags) {
			return nil, fmt.Errorf("tag cache %s: line %d has %d words, want %d", path, k+1, len(pairs), len(trees[k].tags))
		}
		for i, p := range pairs {
			u, x, ok := strings.Cut(p, " ")
			if !ok {
				return nil, fmt.Errorf("tag cache %s: line %d: bad tag pair %q", path, k+1, p)
			}
			trees[k].upos[i], trees[k].tags[i] = u, x
		}
	}
	return trees, nil
}
