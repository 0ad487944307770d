package pipeline_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"dyad"
	"dyad/pipeline"
)

// stage is a test stage built from a function.
type stage struct {
	name string
	run  func(a *dyad.Analysis) error
}

func (s stage) Name() string               { return s.name }
func (s stage) Run(a *dyad.Analysis) error { return s.run(a) }

func TestAnalyzeRecordsEveryStage(t *testing.T) {
	p := pipeline.New(
		stage{"ok", func(a *dyad.Analysis) error { return nil }},
		stage{"fails", func(a *dyad.Analysis) error { return errors.New("no model") }},
		stage{"panics", func(a *dyad.Analysis) error { panic("index out of range") }},
		stage{"after", func(a *dyad.Analysis) error {
			a.Sentences = append(a.Sentences, dyad.Sentence{Span: dyad.Span{Start: 0, End: 5}})
			return nil
		}},
	)
	a, err := p.Analyze(context.Background(), dyad.Article{Text: "Hello world."})
	if err != nil {
		t.Fatalf("Analyze: %v", err)
	}
	if a.Article.ID != dyad.ArticleID("Hello world.") || a.Schema != dyad.Schema {
		t.Errorf("Analyze: id %q schema %q", a.Article.ID, a.Schema)
	}
	want := []struct {
		stage string
		ok    bool
		err   string
	}{{"ok", true, ""}, {"fails", false, "no model"}, {"panics", false, "panicked: index out of range"}, {"after", true, ""}}
	if len(a.Status) != len(want) {
		t.Fatalf("Status = %+v, want %d entries", a.Status, len(want))
	}
	for i, w := range want {
		s := a.Status[i]
		if s.Stage != w.stage || s.OK != w.ok || !strings.Contains(s.Error, w.err) {
			t.Errorf("Status[%d] = %+v, want stage %q ok %v error containing %q", i, s, w.stage, w.ok, w.err)
		}
	}
	if len(a.Sentences) != 1 || !a.Failed() {
		t.Errorf("later stage did not run after failures, or Failed() = false")
	}
}

func TestAnalyzeRejectsBadInput(t *testing.T) {
	p := pipeline.New()
	for name, text := range map[string]string{
		"empty":   "  \n",
		"utf8":    "bad \xff byte",
		"binary":  "PK\x03\x04\x00\x00",
		"too big": strings.Repeat("a", dyad.MaxTextBytes+1),
	} {
		_, err := p.Analyze(context.Background(), dyad.Article{Text: text})
		if dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("%s: Analyze error = %v (code %q), want %q", name, err, dyad.ErrorCode(err), dyad.EINVALID)
		}
	}
}

func TestAnalyzeCatchesBrokenSpans(t *testing.T) {
	p := pipeline.New(stage{"bad", func(a *dyad.Analysis) error {
		a.Mentions = append(a.Mentions, dyad.Mention{Span: dyad.Span{Start: 3, End: 99}})
		return nil
	}})
	_, err := p.Analyze(context.Background(), dyad.Article{Text: "short"})
	if dyad.ErrorCode(err) != dyad.EINTERNAL {
		t.Errorf("Analyze error = %v, want an internal error for a span outside the text", err)
	}
}

func TestAnalyzeHonoursCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := pipeline.New(stage{"x", func(*dyad.Analysis) error { return nil }}).Analyze(ctx, dyad.Article{Text: "Hi."})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Analyze after cancel = %v, want context.Canceled", err)
	}
}
