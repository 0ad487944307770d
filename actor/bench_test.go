package actor_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"dyad"
	"dyad/actor"
	"dyad/coder"
	"dyad/internal/shareddata"
	"dyad/pipeline"
	"dyad/sentence"
	"dyad/temporal"
)

// seedPath is the seed article in the shared folder beside the clone, or
// under $DYAD_SHARED.
func seedPath() string {
	return filepath.Join(shareddata.Dir(), "seeds", "000_5c88e681c271383d.txt")
}

func seedArticle(b *testing.B) dyad.Article {
	text, err := os.ReadFile(seedPath())
	if err != nil {
		b.Skipf("../shared not found: %v", err)
	}
	return dyad.Article{Text: string(text), Published: time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC), PublishedSource: dyad.PublishedCaller}
}

// BenchmarkResolveSeed measures the actor stage alone on the seed article,
// its sentences split beforehand.
func BenchmarkResolveSeed(b *testing.B) {
	art := seedArticle(b)
	r, err := actor.New(actor.Options{})
	if err != nil {
		b.Fatal(err)
	}
	base := dyad.NewAnalysis(art)
	if err := (sentence.Splitter{}).Run(base); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(art.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		a := *base
		a.Mentions = nil
		if err := r.Run(&a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnalyzeSeed measures the whole analysis of the seed article
// (sentences, dates, actors, events), and the same without the actor stage.
// The actors' share of the analysis time is BenchmarkResolveSeed over
// with-actors; without-actors is lower by more than that, because the event
// coder has no actors to code events for.
func BenchmarkAnalyzeSeed(b *testing.B) {
	art := seedArticle(b)
	r, err := actor.New(actor.Options{})
	if err != nil {
		b.Fatal(err)
	}
	events, err := coder.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name   string
		stages []dyad.Stage
	}{
		{"with-actors", []dyad.Stage{sentence.Splitter{}, temporal.Resolver{}, r, events}},
		{"without-actors", []dyad.Stage{sentence.Splitter{}, temporal.Resolver{}, events}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			p := pipeline.New(bc.stages...)
			b.SetBytes(int64(len(art.Text)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.Analyze(context.Background(), art); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLoad measures building the built-in tables and the gazetteer,
// paid once per process.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		d, err := actor.ParseDict("x.tsv", []byte("kind\tname\tcountry\nname\tBlighty\tGBR\n"))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := actor.New(actor.Options{Dicts: []*actor.Dict{d}}); err != nil {
			b.Fatal(err)
		}
	}
}

// timed wraps a stage and adds up the time it runs.
type timed struct {
	dyad.Stage
	total time.Duration
}

func (t *timed) Run(a *dyad.Analysis) error {
	start := time.Now()
	err := t.Stage.Run(a)
	t.total += time.Since(start)
	return err
}

// BenchmarkActorShare runs the whole analysis of the seed article and
// reports the share of its time spent in the actor stage (actor-%), both
// measured in the same iterations so that the figure holds on a busy
// machine. The target is at most 20 %.
func BenchmarkActorShare(b *testing.B) {
	art := seedArticle(b)
	r, err := actor.New()
	if err != nil {
		b.Fatal(err)
	}
	events, err := coder.New()
	if err != nil {
		b.Fatal(err)
	}
	actors := &timed{Stage: r}
	p := pipeline.New(sentence.Splitter{}, temporal.Resolver{}, actors, events)
	var total time.Duration
	for b.Loop() {
		start := time.Now()
		if _, err := p.Analyze(context.Background(), art); err != nil {
			b.Fatal(err)
		}
		total += time.Since(start)
	}
	b.ReportMetric(100*float64(actors.total)/float64(total), "actor-%")
	b.ReportMetric(float64(actors.total.Nanoseconds())/float64(b.N), "actor-ns/op")
}
