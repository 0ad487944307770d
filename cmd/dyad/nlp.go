package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"dyad"
	"dyad/nlp"
	"dyad/nlp/conllu"
)

// runNLP dispatches the nlp subcommands: train, eval and parse.
func runNLP(ctx context.Context, env *Env, args []string) error {
	sub := ""
	if len(args) > 0 {
		sub = args[0]
	}
	switch sub {
	case "train":
		return runNLPTrain(env, args[1:])
	case "train-boundary":
		return runNLPTrainBoundary(env, args[1:])
	case "eval":
		return runNLPEval(env, args[1:])
	case "parse":
		return runNLPParse(env, args[1:])
	case "", "help", "-h", "--help":
		fmt.Fprintln(env.Stdout, "Usage: dyad nlp train|train-boundary|eval|parse [flags]\n\n"+
			"  train  train the tagger, lemmatizer and parser on a UD treebank\n"+
			"  train-boundary  train the sentence boundary classifier of the splitter\n"+
			"  eval   score a model on a CoNLL-U file (gold and raw tokenization)\n"+
			"  parse  print the CoNLL-U analysis of a text\n\n"+
			"Example:\n  echo 'Xi and Carney held talks in Beijing.' | dyad nlp parse\n\n"+
			"Run \"dyad nlp COMMAND --help\" for a command's flags and an example.")
		return nil
	}
	return usagef("nlp: unknown command %q; want train, train-boundary, eval or parse", sub)
}

func runNLPTrain(env *Env, args []string) error {
	fs := newFlagSet(env, "nlp train", "nlp train --treebank DIR --out FILE",
		"dyad nlp train --treebank ../shared/data/ud-english-ewt --plain-templates --out nlp/model/en_ewt.model.gz   # the shipped model")
	treebank := fs.String("treebank", "../shared/data/ud-english-ewt", "directory with en_ewt-ud-{train,dev}.conllu.gz")
	out := fs.String("out", "nlp/model/en_ewt.model.gz", "where to write the model")
	seed := fs.Uint64("seed", 1, "random seed; the same seed and data give the same model")
	tagEpochs := fs.Int("tagger-epochs", 0, "most tagger epochs (0: default)")
	parseEpochs := fs.Int("parser-epochs", 0, "most parser epochs (0: default)")
	labelEpochs := fs.Int("labeler-epochs", 0, "most labeler epochs (0: default)")
	secondPass := fs.Bool("second-pass", true, "train a second tagger pass that sees the first pass's tags on the right")
	base := fs.String("base", "", "model whose tagger and lemmatizer to keep: train only the parser and labeler")
	tagCache := fs.String("tag-cache", "", "file of jackknifed training tags: read if it exists, else written")
	clusters := fs.String("clusters", "", "comma-separated parts given word cluster features from nlp/model/clusters.tsv.gz: tagger (unless --base), parser")
	plain := fs.Bool("plain-templates", false, "train the parser with its first 76 move templates only, as the shipped model is (better for the event coder on news; see nlp/README.md)")
	arcLabels := fs.Bool("arc-labels", false, "the parser names arcs as it makes them and its moves see the relations (dev +0.17 UAS, +0.35 LAS, about 15% slower)")
	keepParsers := fs.Bool("keep-parsers", false, "with --base, keep its parsers too: train only the labeler")
	parsers := fs.Int("parsers", 0, "parsers in the voting ensemble, alternately left-to-right and right-to-left (0: default)")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	tagCl, parseCl, err := clusterParts(*clusters)
	if err != nil {
		return err
	}
	train, dev, err := readTrainDev(*treebank)
	if err != nil {
		return err
	}
	var baseModel *nlp.Model
	if *base != "" {
		if baseModel, err = loadModel(*base); err != nil {
			return err
		}
	}
	fmt.Fprintf(env.Stderr, "training on %d sentences, choosing epochs on %d dev sentences\n", len(train), len(dev))
	start := time.Now()
	m, err := nlp.Train(train, dev, nlp.TrainOptions{Seed: *seed, TaggerEpochs: *tagEpochs,
		ParserEpochs: *parseEpochs, LabelerEpochs: *labelEpochs, Parsers: *parsers, OnePass: !*secondPass,
		Base: baseModel, TagCache: *tagCache, KeepParsers: *keepParsers, ArcLabels: *arcLabels, PlainTemplates: *plain,
		TaggerClusters: tagCl, ParserClusters: parseCl}, env.Stderr)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write model %s: %w", *out, err)
	}
	fmt.Fprintf(env.Stderr, "wrote %s (%.1f MB) in %s: %s\n", *out, float64(n)/1e6, time.Since(start).Round(time.Second), m.Stats())
	return nil
}

// clusterParts reads the --clusters list: which of the tagger and the
// parser get word cluster features.
func clusterParts(list string) (tagger, parser bool, err error) {
	for _, p := range strings.Split(list, ",") {
		switch strings.TrimSpace(p) {
		case "":
		case "tagger":
			tagger = true
		case "parser":
			parser = true
		default:
			return false, false, fmt.Errorf("--clusters %q: want a comma-separated list of tagger and parser", list)
		}
	}
	return tagger, parser, nil
}

// readTrainDev reads the train and dev splits of the treebank in dir.
func readTrainDev(dir string) (train, dev []conllu.Sentence, err error) {
	if train, err = readTreebank(dir, "train"); err != nil {
		return nil, nil, err
	}
	if dev, err = readTreebank(dir, "dev"); err != nil {
		return nil, nil, err
	}
	return train, dev, nil
}

// readTreebank reads the split ("train", "dev") of the EWT treebank in dir.
func readTreebank(dir, split string) ([]conllu.Sentence, error) {
	matches, _ := filepath.Glob(filepath.Join(dir, "*-ud-"+split+".conllu*"))
	if len(matches) == 0 {
		return nil, fmt.Errorf("no *-ud-%s.conllu[.gz] in %s; pass --treebank with the UD treebank directory", split, dir)
	}
	return conllu.ReadFile(matches[0])
}

// loadModel returns the model in path, or the shipped one if path is "".
func loadModel(path string) (*nlp.Model, error) {
	if path == "" {
		return nlp.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open model: %w", err)
	}
	defer f.Close()
	return nlp.ReadModel(f)
}

func runNLPEval(env *Env, args []string) error {
	fs := newFlagSet(env, "nlp eval", "nlp eval --treebank FILE.conllu[.gz] [--format text|json] [--model FILE]",
		"dyad nlp eval --treebank ../shared/data/ud-english-ewt/en_ewt-ud-test.conllu.gz")
	treebank := fs.String("treebank", "", "CoNLL-U file to score against (gzip if .gz)")
	format := fs.String("format", "text", "output format: text or json")
	model := fs.String("model", "", "model file (default: the shipped model)")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if *treebank == "" {
		return usagef("nlp eval: --treebank is required")
	}
	if *format != "text" && *format != "json" {
		return usagef("nlp eval: --format must be text or json, not %q", *format)
	}
	sents, err := conllu.ReadFile(*treebank)
	if err != nil {
		return err
	}
	t0 := time.Now()
	m, err := loadModel(*model)
	if err != nil {
		return err
	}
	load := time.Since(t0)
	sc := m.Evaluate(sents)
	seg := nlp.EvaluateSegment(sents)
	if *format == "json" {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			nlp.Scores
			nlp.SegmentScores
			LoadSeconds float64 `json:"load_seconds"`
		}{sc, seg, load.Seconds()})
	}
	fmt.Fprintf(env.Stdout, "%s: %d sentences, %d tokens (model loaded in %s)\n", *treebank, sc.Sentences, sc.Tokens, load.Round(time.Millisecond))
	fmt.Fprintf(env.Stdout, "gold tokenization: UPOS %.2f  XPOS %.2f  lemma %.2f  UAS %.2f  LAS %.2f  (LAS with subtypes %.2f)\n",
		sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS, sc.LAS, sc.LASSubtypes)
	fmt.Fprintf(env.Stdout, "speed: %.0f tokens/s by the wall clock, %.0f tokens per CPU second\n", sc.TokensPerSecond, sc.TokensPerCPU)
	fmt.Fprintf(env.Stdout, "raw text (%d documents): tokens F1 %.2f  words F1 %.2f  sentences F1 %.2f\n",
		seg.Documents, seg.Tokens, seg.Words, seg.Sentences)
	return nil
}

func runNLPParse(env *Env, args []string) error {
	fs := newFlagSet(env, "nlp parse", "nlp parse [--model FILE] [FILE|-]",
		"echo 'Xi and Carney held talks in Beijing.' | dyad nlp parse")
	model := fs.String("model", "", "model file (default: the shipped model)")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	var in io.Reader = env.Stdin
	if p := fs.Arg(0); p != "" && p != "-" {
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("nlp parse: %w", err)
		}
		defer f.Close()
		in = f
	}
	b, err := io.ReadAll(in)
	if err != nil {
		return fmt.Errorf("nlp parse: read input: %w", err)
	}
	m, err := loadModel(*model)
	if err != nil {
		return err
	}
	text := string(b)
	sents, err := m.Annotate(text)
	if err != nil {
		return err
	}
	for i, s := range sents {
		if err := conllu.Write(env.Stdout, toCoNLLU(s, text, i+1)); err != nil {
			return err
		}
	}
	return nil
}

// toCoNLLU converts an annotated sentence for printing; MISC holds the
// token's byte span in the input.
func toCoNLLU(s dyad.Sentence, text string, n int) conllu.Sentence {
	out := conllu.Sentence{ID: fmt.Sprint(n), Text: strings.Join(strings.Fields(s.Span.In(text)), " ")}
	for i, t := range s.Tokens {
		misc := fmt.Sprintf("Span=%d:%d", t.Span.Start, t.Span.End)
		if i+1 < len(s.Tokens) && s.Tokens[i+1].Span.Start == t.Span.End {
			misc = "SpaceAfter=No|" + misc
		}
		out.Words = append(out.Words, conllu.Word{ID: i + 1, Form: t.Span.In(text), Lemma: t.Lemma, UPOS: t.UPOS,
			XPOS: t.XPOS, Feats: t.Feats, Head: t.Head, Deprel: t.Deprel, Misc: misc})
	}
	return out
}
