package actor

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"dyad"
)

// lineSentences makes one sentence per non-empty line: enough for tests
// that do not exercise the sentence splitter.
func lineSentences(text string) []dyad.Sentence {
	var out []dyad.Sentence
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		t := strings.TrimSpace(line)
		if t != "" {
			off := start + strings.Index(line, t)
			out = append(out, dyad.Sentence{Span: dyad.Span{Start: off, End: off + len(t)}})
		}
		start += len(line)
	}
	return out
}

func TestDebugSeed(t *testing.T) {
	b, err := os.ReadFile("../../../shared/seeds/000_5c88e681c271383d.txt")
	if err != nil {
		t.Skip(err)
	}
	a := dyad.NewAnalysis(dyad.Article{Text: string(b), Published: time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC), PublishedSource: "caller"})
	a.Sentences = lineSentences(a.Article.Text)
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Run(a); err != nil {
		t.Fatal(err)
	}
	for _, m := range a.Mentions {
		fmt.Printf("%-40q %-8s %-25s %-35s %s\n", m.Text, m.Actor.Code, m.Actor.Name, m.Actor.Role, m.Rule)
	}
}
