package coder_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad"
	"dyad/actor"
	"dyad/coder"
	"dyad/nlp"
	"dyad/nlp/conllu"
	"dyad/temporal"
)

// petr2 is the PETRARCH gold set in the shared test data, beside the
// repository (<clone>/../shared).
var petr2 = sharedDir() + "/testdata/petrarch-validation/petr2-gsr-english"

// sharedDir returns ../shared of the repository, also when the repository
// is a worktree one level deeper.
func sharedDir() string {
	for _, d := range []string{"../../shared", "../../../shared"} {
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	return "../../shared"
}

// petr2Analyses returns the 78 PETRARCH gold sentences as analyses with
// their UDPipe parses, actors and dates, ready for the coder.
func petr2Analyses(b *testing.B) []*dyad.Analysis {
	texts := map[string]string{}
	readLines(b, petr2+".jsonl", func(line []byte) {
		var r struct{ ID, Text string }
		if json.Unmarshal(line, &r) == nil {
			texts[r.ID] = r.Text
		}
	})
	actors, err := actor.New(actor.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var out []*dyad.Analysis
	readLines(b, petr2+".parses.jsonl", func(line []byte) {
		var p struct{ ID, Parse string }
		if json.Unmarshal(line, &p) != nil || texts[p.ID] == "" {
			return
		}
		r := conllu.NewReader(strings.NewReader(p.Parse + "\n\n"))
		if !r.Scan() {
			return
		}
		text := texts[p.ID]
		a := dyad.NewAnalysis(dyad.Article{Text: text})
		a.Sentences = []dyad.Sentence{{Span: dyad.Span{End: len(text)}, Tokens: align(text, r.Sentence())}}
		for _, s := range []dyad.Stage{temporal.Resolver{}, actors} {
			if err := s.Run(a); err != nil {
				b.Fatal(err)
			}
		}
		out = append(out, a)
	})
	return out
}

func align(text string, s conllu.Sentence) []dyad.Token {
	var out []dyad.Token
	at := 0
	for _, w := range s.Words {
		span := dyad.Span{Start: at, End: at}
		if k := strings.Index(text[at:], w.Form); k >= 0 && k < 40 {
			span = dyad.Span{Start: at + k, End: at + k + len(w.Form)}
			at = span.End
		}
		out = append(out, dyad.Token{Span: span, UPOS: w.UPOS, Lemma: w.Lemma, Feats: w.Feats, Head: w.Head, Deprel: w.Deprel})
	}
	return out
}

func readLines(b *testing.B, path string, fn func([]byte)) {
	f, err := os.Open(filepath.FromSlash(path))
	if err != nil {
		b.Skipf("../shared not found (%v): the benchmark reads the PETRARCH gold sentences", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		fn(sc.Bytes())
	}
}

// BenchmarkCode times the event coder on the 78 parsed PETRARCH gold
// sentences; one op codes all of them.
func BenchmarkCode(b *testing.B) {
	as := petr2Analyses(b)
	c, err := coder.New()
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for range b.N {
		for _, a := range as {
			if err := c.Run(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(as))/1e3, "µs/sentence")
}

// BenchmarkNLP times the NLP stage on the same sentences, for comparison;
// it is skipped while the NLP model is not shipped.
func BenchmarkNLP(b *testing.B) {
	as := petr2Analyses(b)
	if _, err := nlp.Default(); err != nil {
		b.Skipf("NLP model not available: %v", err)
	}
	b.ResetTimer()
	for range b.N {
		for _, a := range as {
			if err := (nlp.Stage{}).Run(a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(as))/1e3, "µs/sentence")
}
