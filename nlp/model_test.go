package nlp

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
	"dyad/nlp/conllu"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

func defaultModel(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatalf("Default() error: %v", err)
	}
	return m
}

// render prints the annotation of each token, one per line.
func render(text string, sents []dyad.Sentence) string {
	var b strings.Builder
	for i, s := range sents {
		fmt.Fprintf(&b, "# sentence %d %v\n", i+1, s.Span)
		for j, t := range s.Tokens {
			fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t%d\t%s\n", j+1, t.Span.In(text), t.Lemma, t.UPOS, t.XPOS, t.Head, t.Deprel)
		}
	}
	return b.String()
}

// TestAnnotateGolden annotates the news sentences of testdata/news.txt and
// compares with testdata/news.golden (refresh with -update after a
// retraining, and read the diff).
func TestAnnotateGolden(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	sents, err := defaultModel(t).Annotate(text)
	if err != nil {
		t.Fatal(err)
	}
	got := render(text, sents)
	if *update {
		if err := os.WriteFile("testdata/news.golden", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile("testdata/news.golden")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("Annotate(news.txt) (-want +got):\n%s", diff)
	}
}

// TestAnnotateSyntax checks the relations the event coder relies on.
func TestAnnotateSyntax(t *testing.T) {
	tests := []struct {
		text      string
		dep, head string // dep's head must be head, with relation rel
		rel       string
	}{
		{"Xi and Carney held talks in Beijing.", "Xi", "held", "nsubj"},
		{"Xi and Carney held talks in Beijing.", "Carney", "Xi", "conj"},
		{"Xi and Carney held talks in Beijing.", "talks", "held", "obj"},
		{"Trump imposed new tariffs on Canadian goods.", "tariffs", "imposed", "obj"},
		{"Canadian goods were hit by tariffs.", "goods", "hit", "nsubj:pass"},
	}
	m := defaultModel(t)
	for _, tt := range tests {
		sents, err := m.Annotate(tt.text)
		if err != nil {
			t.Fatal(err)
		}
		toks := sents[0].Tokens
		found := false
		for _, tok := range toks {
			if tok.Span.In(tt.text) != tt.dep {
				continue
			}
			found = true
			head := "ROOT"
			if tok.Head > 0 {
				head = toks[tok.Head-1].Span.In(tt.text)
			}
			if head != tt.head || tok.Deprel != tt.rel {
				t.Errorf("Annotate(%q): %s <-%s- %s, want %s <-%s- %s\n%s", tt.text, tt.dep, tok.Deprel, head,
					tt.dep, tt.rel, tt.head, render(tt.text, sents))
			}
		}
		if !found {
			t.Errorf("Annotate(%q): no token %q", tt.text, tt.dep)
		}
	}
}

func TestAnnotateInvalidUTF8(t *testing.T) {
	_, err := defaultModel(t).Annotate("ok \xff bad")
	var e *dyad.Error
	if !errors.As(err, &e) || e.Code != dyad.EINVALID || !strings.Contains(e.Message, "byte 3") {
		t.Errorf("Annotate(invalid UTF-8) error = %v, want EINVALID at byte 3", err)
	}
}

func TestStage(t *testing.T) {
	a := dyad.NewAnalysis(dyad.Article{Text: "ARTICLE AD BOX\nXi met Carney. They talked."})
	a.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 3}}}
	if err := (Stage{}).Run(a); err != nil {
		t.Fatal(err)
	}
	if len(a.Sentences) != 3 || a.Sentences[1].Tokens[1].Lemma != "meet" || !a.Sentences[0].Boilerplate || a.Sentences[1].Boilerplate {
		t.Errorf("Stage.Run: sentences\n%s\nwant 3, the first boilerplate, with \"met\" lemmatized \"meet\"", render(a.Article.Text, a.Sentences))
	}
	if err := a.Validate(); err != nil {
		t.Error(err)
	}
}

// TestTrainTiny trains a small model on a few hand-made sentences and
// checks that it learns them and survives encoding.
func TestTrainTiny(t *testing.T) {
	sents, err := conllu.ReadFile("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	var train []conllu.Sentence
	for range 10 {
		train = append(train, sents...)
	}
	opts := TrainOptions{TaggerEpochs: 5, ParserEpochs: 5, LabelerEpochs: 5, Folds: 3}
	var encodings [2][]byte
	var m *Model
	for i := range encodings {
		if m, err = Train(train, sents, opts, new(bytes.Buffer)); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if _, err := m.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		encodings[i] = b.Bytes()
	}
	if !bytes.Equal(encodings[0], encodings[1]) {
		t.Error("two trainings with the same seed wrote different models")
	}
	buf := bytes.NewBuffer(encodings[0])
	m2, err := ReadModel(buf)
	if err != nil {
		t.Fatal(err)
	}
	sc := m2.Evaluate(sents)
	if sc.UPOS < 100 || sc.UAS < 100 || sc.LAS < 100 || sc.Lemma < 100 {
		t.Errorf("tiny model on its training data: %+v, want 100 %% everywhere", sc)
	}
	if _, err := ReadModel(strings.NewReader("not a model")); !errors.Is(err, ErrBadModel) {
		t.Errorf("ReadModel(garbage) error = %v, want ErrBadModel", err)
	}
}

func FuzzAnnotate(f *testing.F) {
	m := defaultModel(f)
	for _, s := range []string{"", "Xi and Carney held talks.", "a\x00b", "“Q,” he said.\n\n--- 👍 习近平", strings.Repeat("x ", 500)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents, err := m.Annotate(text)
		if err != nil {
			return
		}
		checkSpans(t, text, sents)
		for _, s := range sents {
			roots := 0
			for i, tok := range s.Tokens {
				if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.Head == i+1 || tok.UPOS == "" || tok.Deprel == "" {
					t.Fatalf("token %d: bad annotation %+v", i, tok)
				}
				if tok.Head == 0 {
					roots++
				}
			}
			if len(s.Tokens) > 0 && roots != 1 {
				t.Fatalf("sentence %v has %d roots", s.Span, roots)
			}
		}
	})
}

// BenchmarkAnnotate measures tagging and parsing (with lemmas and
// relations) on the EWT dev sentences, gold tokenization; it reports
// tokens/s and allocations per token.
func BenchmarkAnnotate(b *testing.B) {
	sents, err := conllu.ReadFile(shared(b, "data/ud-english-ewt/en_ewt-ud-dev.conllu.gz"))
	if err != nil {
		b.Fatal(err)
	}
	m := defaultModel(b)
	var fs [][]string
	tokens := 0
	for _, s := range sents {
		fs = append(fs, forms(s))
		tokens += len(s.Words)
	}
	toks := make([]dyad.Token, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, f := range fs {
			m.annotate(f, toks[:len(f)])
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
		for _, f := range fs {
			m.annotate(f, toks[:len(f)])
		}
	}))/float64(tokens), "allocs/token")
}

// TestAnnotateConcurrent checks that one model serves goroutines at once
// with the same results as serially.
func TestAnnotateConcurrent(t *testing.T) {
	m := defaultModel(t)
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	want, _ := m.Annotate(text)
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			got, err := m.Annotate(text)
			switch {
			case err != nil:
				errs <- err.Error()
			case !cmp.Equal(want, got):
				errs <- cmp.Diff(want, got)
			default:
				errs <- ""
			}
		}()
	}
	for range 8 {
		if e := <-errs; e != "" {
			t.Errorf("concurrent Annotate differs: %s", e)
		}
	}
}
