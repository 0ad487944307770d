package main

import (
	"fmt"
	"os"

	"dyad/nlp"
)

func runNLPTrainBoundary(env *Env, args []string) error {
	fs := newFlagSet(env, "nlp train-boundary", "nlp train-boundary --treebank DIR --out FILE",
		"dyad nlp train-boundary --treebank ../shared/data/ud-english-ewt --out nlp/model/boundary.model")
	treebank := fs.String("treebank", "../shared/data/ud-english-ewt", "directory with en_ewt-ud-{train,dev}.conllu.gz")
	out := fs.String("out", "nlp/model/boundary.model", "where to write the classifier")
	seed := fs.Uint64("seed", 1, "random seed; the same seed and data give the same classifier")
	epochs := fs.Int("epochs", 6, "training epochs; the best on dev is kept")
	members := fs.Int("members", 3, "perceptrons in the ensemble, each trained with its own seed")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	train, dev, err := readTrainDev(*treebank)
	if err != nil {
		return err
	}
	b, sc := nlp.TrainBoundary(train, dev, *epochs, *members, *seed, env.Stderr)
	if b == nil {
		return fmt.Errorf("train boundary: no classifier beats the rules on dev (sentences F1 %.2f)", sc.Sentences)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		return fmt.Errorf("write boundary classifier: %w", err)
	}
	fmt.Fprintf(env.Stderr, "wrote %s (%d bytes): dev sentences F1 %.2f\n", *out, len(b), sc.Sentences)
	return nil
}
