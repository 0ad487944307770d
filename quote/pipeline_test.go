package quote_test

import (
	"testing"

	"dyad"
	"dyad/actor"
	"dyad/nlp"
	"dyad/temporal"
)

// builder makes the analysis the quote stage sees for an article text.
type builder func(tb testing.TB, text string) *dyad.Analysis

// mode is one way of building the quote stage's input for real news.
type mode struct {
	name  string
	build builder
}

// modes are the two ways the real-news test builds its input: "stand-in"
// (the model-free splitter and regex person mentions of newsAnalysis) and
// "pipeline" (the stages that run before quotes in dyad analyze: nlp with
// the shipped model, temporal, and the actor stage with the built-in
// tables).
func modes() []mode {
	return []mode{{"stand-in", standIn}, {"pipeline", pipelineAnalysis}}
}

func standIn(_ testing.TB, text string) *dyad.Analysis { return newsAnalysis(text) }

// pipelineAnalysis runs the stages before quotes as dyad analyze FILE
// wires them, on an English article with no metadata.
func pipelineAnalysis(tb testing.TB, text string) *dyad.Analysis {
	tb.Helper()
	model, err := nlp.Default()
	if err != nil {
		tb.Fatalf("load nlp model: %v", err)
	}
	actors, err := actor.New()
	if err != nil {
		tb.Fatalf("load actor tables: %v", err)
	}
	a := dyad.NewAnalysis(dyad.Article{Text: text, Language: "en"})
	for _, s := range []dyad.Stage{nlp.Stage{Model: model}, temporal.Resolver{}, actors} {
		if err := s.Run(a); err != nil {
			tb.Fatalf("stage %s: %v", s.Name(), err)
		}
	}
	return a
}
