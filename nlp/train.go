package nlp

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

	"dyad/nlp/conllu"
	"dyad/nlp/perceptron"
)

// TrainOptions set how Train trains. The zero value trains the shipped
// model's configuration.
type TrainOptions struct {
	TaggerEpochs  int     // TaggerEpochs is the most tagger epochs (default 6).
	ParserEpochs  int     // ParserEpochs is the most parser epochs (default 10).
	LabelerEpochs int     // LabelerEpochs is the most labeler epochs (default 6).
	Parsers       int     // Parsers is the size of the parser ensemble (default 1).
	Folds         int     // Folds is the number of jackknife folds for the parser's tags (default 5; 1 uses gold tags).
	OnePass       bool    // OnePass skips the second tagger pass, which sees the first pass's tags on the right.
	Seed          uint64  // Seed makes training reproducible (default 1).
	Prune         float64 // Prune drops weights below this fraction of the largest (default 0.02).
	Base          *Model  // Base, if set, lends its tagger and lemmatizer: only the parser and labeler are trained.
	TagCache      string  // TagCache is a file of jackknifed training tags: read if it exists, else written.
	KeepParsers   bool    // KeepParsers, with Base, keeps its parsers too: only the labeler is trained.
	ArcLabels     bool    // ArcLabels makes the parsers name arcs as they make them, for the moves and the labeler to see (more accurate, slower).
	// PlainTemplates trains parsers with the first 76 move templates only,
	// without the ten added on 2026-11-29 (better on EWT, worse for the
	// event coder on news; see nlp/README.md).
	PlainTemplates bool
	// TaggerClusters gives the tagger (unless it comes from Base) the word
	// cluster features of the shipped cluster table (model/clusters.tsv.gz).
	TaggerClusters bool
	// ParserClusters gives the parsers the word cluster templates.
	ParserClusters bool
}

func (o TrainOptions) withDefaults() TrainOptions {
	def := func(v *int, d int) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.TaggerEpochs, 6)
	def(&o.ParserEpochs, 10)
	def(&o.LabelerEpochs, 6)
	def(&o.Folds, 5)
	def(&o.Parsers, 1)
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Prune == 0 {
		o.Prune = 0.02
	}
	return o
}

// Train trains every model from train, using dev to choose the number of
// epochs, and writes progress to log.
func Train(train, dev []conllu.Sentence, opts TrainOptions, log io.Writer) (*Model, error) {
	if len(train) == 0 {
		return nil, fmt.Errorf("train: no training sentences")
	}
	opts = opts.withDefaults()
	var cl, tagCl, parseCl *clusterTable
	if opts.TaggerClusters || opts.ParserClusters {
		var err error
		if cl, err = loadClusters(); err != nil {
			return nil, fmt.Errorf("train: %w", err)
		}
	}
	if opts.TaggerClusters {
		tagCl = cl
	}
	if opts.ParserClusters {
		parseCl = cl
	}
	tags := newTagSet(train)
	var tagger *posTagger
	if opts.Base != nil {
		tagger = opts.Base.tagger
	} else {
		tagger = trainTagger(train, dev, tags, tagCl, opts.TaggerEpochs, opts.Seed, log)
	}
	trainTrees, err := jackknifeCached(train, tags, tagCl, opts, log)
	if err != nil {
		return nil, err
	}
	if opts.Base == nil && !opts.OnePass && opts.Folds > 1 {
		firstTags := make([][]int, len(trainTrees))
		for i, ts := range trainTrees {
			for k := range ts.tags {
				firstTags[i] = append(firstTags[i], tags.ids[ts.upos[k]+" "+ts.tags[k]])
			}
		}
		trainSecondPass(tagger, train, dev, firstTags, tags, opts.TaggerEpochs, opts.Seed, log)
	}
	devTrees := treeSentences(tagger, dev) // with both tagger passes
	labels := newLabelSet(train)
	var parsers []*transitionParser
	if opts.KeepParsers {
		if opts.Base == nil || strings.Join(opts.Base.labeler.labels, " ") != strings.Join(labels.names, " ") {
			return nil, fmt.Errorf("train: --keep-parsers needs a base model trained on the same treebank")
		}
		parsers = opts.Base.parsers
	}
	for i := len(parsers); i < opts.Parsers; i++ {
		reverse := i%2 == 1
		fmt.Fprintf(log, "parser %d of %d (reverse %v)\n", i+1, opts.Parsers, reverse)
		var arcLabels *labelSet
		if opts.ArcLabels {
			arcLabels = labels
		}
		parsers = append(parsers, trainParser(trainTrees, devTrees, arcLabels, opts.PlainTemplates, parseCl, opts.ParserEpochs, opts.Seed+uint64(i), reverse, log))
		if i > 0 {
			uas, _ := attachment(parsers, nil, devTrees)
			fmt.Fprintf(log, "ensemble of %d: dev UAS %.2f%%\n", i+1, uas)
		}
	}
	labeler := trainLabeler(trainTrees, devTrees, labels, parsers, opts.LabelerEpochs, opts.Seed, log)
	if opts.Base != nil {
		m := &Model{tagger: tagger, lemmatizer: opts.Base.lemmatizer, parsers: parsers, labeler: labeler}
		return m.compactParser(opts.Prune), nil
	}
	m := &Model{tagger: tagger, lemmatizer: trainLemmatizer(train), parsers: parsers, labeler: labeler}
	return m.compact(opts.Prune), nil
}

// jackknife returns the training trees with tags predicted by taggers
// trained on the other folds, so that the parser learns from tags as
// noisy as the ones it will see.
func jackknife(train []conllu.Sentence, tags *tagSet, cl *clusterTable, opts TrainOptions, log io.Writer) []treeSentence {
	if opts.Folds <= 1 {
		return treeSentences(nil, train)
	}
	out := make([]treeSentence, len(train))
	for f := 0; f < opts.Folds; f++ {
		var rest, held []conllu.Sentence
		var heldIdx []int
		for i, s := range train {
			if i%opts.Folds == f {
				held, heldIdx = append(held, s), append(heldIdx, i)
			} else {
				rest = append(rest, s)
			}
		}
		t := trainTagger(rest, nil, tags, cl, opts.TaggerEpochs, opts.Seed+uint64(f)+1, io.Discard)
		fmt.Fprintf(log, "fold %d: held-out tag accuracy %.2f%%\n", f+1, tagAccuracy(t, held))
		for k, ts := range treeSentences(t, held) {
			out[heldIdx[k]] = ts
		}
	}
	return out
}

// treeSentences converts sentences for the parser, tagged by t (gold tags
// if t is nil).
func treeSentences(t *posTagger, sents []conllu.Sentence) []treeSentence {
	out := make([]treeSentence, 0, len(sents))
	for _, s := range sents {
		f := forms(s)
		n := len(f)
		ts := treeSentence{forms: f, words: make([]string, n), heads: make([]int, n),
			tags: make([]string, n), upos: make([]string, n), deprels: make([]string, n)}
		if t != nil {
			ts.upos, ts.tags = t.Tag(f)
		}
		for i, w := range s.Words {
			if t == nil {
				ts.upos[i], ts.tags[i] = w.UPOS, w.XPOS
			}
			ts.words[i] = norm(w.Form)
			ts.heads[i] = w.Head - 1
			if w.Head <= 0 {
				ts.heads[i] = n
			}
			ts.deprels[i] = baseRel(w.Deprel)
		}
		out = append(out, ts)
	}
	return out
}

// baseRel returns the relation as the model predicts it: UD basic
// relations with their subtypes.
func baseRel(r string) string { return r }

// labelSet maps relation names to class ids.
type labelSet struct {
	names []string
	ids   map[string]int
}

func newLabelSet(sents []conllu.Sentence) *labelSet {
	ls := &labelSet{ids: map[string]int{}}
	for _, s := range sents {
		for _, w := range s.Words {
			r := baseRel(w.Deprel)
			if _, ok := ls.ids[r]; !ok {
				ls.ids[r] = len(ls.names)
				ls.names = append(ls.names, r)
			}
		}
	}
	return ls
}

// trainLabeler trains the relation classifier on the gold trees and keeps
// the epoch with the best dev LAS on trees parsed by p.
func trainLabeler(train, dev []treeSentence, labels *labelSet, p []*transitionParser, epochs int, seed uint64, log io.Writer) *relLabeler {
	tr := perceptron.NewTrainer(len(labels.names))
	rng := rand.New(rand.NewPCG(seed, seed^0x1abe1))
	order := rng.Perm(len(train))
	fs := make([]uint64, 0, 64)
	scores := make([]float32, len(labels.names))
	var best *relLabeler
	bestLAS := -1.0
	for epoch := 1; epoch <= epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			s := train[si]
			st := newParseState(s.words, s.tags, s.upos)
			copy(st.heads, s.heads)
			c := newLabelContext(st)
			for d := range s.words {
				fs = labelFeatures(c, d, fs[:0])
				tr.Scores(fs, scores)
				tr.Update(fs, labels.ids[s.deprels[d]], argmax(scores, nil))
				tr.Tick()
			}
		}
		l := &relLabeler{labels: labels.names, model: tr.Model(0)}
		_, las := attachment(p, l, dev)
		fmt.Fprintf(log, "labeler epoch %d: dev LAS %.2f%% (%d features)\n", epoch, las, tr.Features())
		if len(dev) == 0 || las > bestLAS {
			best, bestLAS = l, las
		}
	}
	return best
}

// attachment returns the UAS and LAS of the parsers and l (nil for UAS
// only) on sents, in percent.
func attachment(ps []*transitionParser, l *relLabeler, sents []treeSentence) (uas, las float64) {
	fs := make([]uint64, 0, 128)
	scores := make([]float32, 128)
	correct, labelled, total := 0, 0, 0
	for _, s := range sents {
		tree := parseEnsemble(ps, s.words, s.tags, s.upos, fs, scores)
		heads := tree.heads
		var rels []int
		if l != nil {
			st := newParseState(s.words, s.tags, s.upos)
			copy(st.heads, heads)
			rels = l.label(st, tree.arcScores, fs, scores)
		}
		for i, h := range heads {
			total++
			if h == s.heads[i] {
				correct++
				if l != nil && l.labels[rels[i]] == s.deprels[i] {
					labelled++
				}
			}
		}
	}
	t := float64(max(total, 1))
	return 100 * float64(correct) / t, 100 * float64(labelled) / t
}
