package nlp

import (
	"fmt"
	"os"
	"testing"

	"dyad/nlp/conllu"
)

func TestTrySegEval(t *testing.T) {
	if os.Getenv("DYAD_TRY") == "" {
		t.Skip()
	}
	dev, _ := conllu.ReadFile("/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.gz")
	fmt.Printf("%+v\n", EvaluateSegment(dev))
	docs := buildDocs(dev)
	// print mismatched sentences of first docs
	for _, d := range docs[:8] {
		gold := map[[2]int]bool{}
		for _, s := range d.sents {
			gold[[2]int{s.Start, s.End}] = true
		}
		for _, s := range Segment(d.text) {
			if !gold[[2]int{s.Span.Start, s.Span.End}] {
				fmt.Printf("SYS %q\n", s.Span.In(d.text))
			}
		}
	}
}

func TestTrySegMiss(t *testing.T) {
	if os.Getenv("DYAD_TRY") == "" {
		t.Skip()
	}
	dev, _ := conllu.ReadFile("/work/shared/data/ud-english-ewt/en_ewt-ud-dev.conllu.gz")
	fmt.Printf("%+v\n", EvaluateSegment(dev))
	docs := buildDocs(dev)
	for _, d := range docs[100:160] {
		sys := map[[2]int]bool{}
		for _, s := range Segment(d.text) {
			sys[[2]int{s.Span.Start, s.Span.End}] = true
		}
		for _, s := range d.sents {
			if !sys[[2]int{s.Start, s.End}] {
				fmt.Printf("GOLD %q\n", s.In(d.text))
			}
		}
	}
}
