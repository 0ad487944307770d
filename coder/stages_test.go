package coder_test

import (
	"testing"

	"dyad"
	"dyad/actor"
	"dyad/coder"
	"dyad/nlp"
	"dyad/pipeline"
	"dyad/quote"
	"dyad/temporal"
)

// realStages returns the stages before the coder as dyad analyze runs them
// (the shipped NLP model, dates, actors, quotes) and the coder after them;
// it skips the test when the model cannot be loaded.
func realStages(t testing.TB) (dyad.Analyzer, *coder.Coder) {
	t.Helper()
	model, err := nlp.Default()
	if err != nil {
		t.Skipf("NLP model not available: %v", err)
	}
	actors, err := actor.New(actor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := coder.New()
	if err != nil {
		t.Fatal(err)
	}
	return pipeline.New(nlp.Stage{Model: model}, temporal.Resolver{}, actors, quote.Finder{}, c), c
}
