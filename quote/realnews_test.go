package quote_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"dyad"
	"dyad/sentence"
)

// realNews returns the hand-labelled article bodies of the extraction
// benchmark in ../shared, keyed by page id, skipping if absent.
func realNews(tb testing.TB) map[string]string {
	tb.Helper()
	dir := filepath.Join("..", "..", "shared")
	if env := os.Getenv("DYAD_SHARED"); env != "" {
		dir = env
	}
	b, err := os.ReadFile(filepath.Join(dir, "bench", "extraction", "ground-truth.json"))
	if err != nil {
		tb.Skipf("../shared not found (%v); set DYAD_SHARED to the shared directory", err)
	}
	var gt map[string]struct {
		Body string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		tb.Fatalf("ground-truth.json: %v", err)
	}
	out := map[string]string{}
	for id, v := range gt {
		out[id] = v.Body
	}
	return out
}

// nameRE finds runs of two to four capitalised words: the people and
// bodies of a text, as a stand-in for the actor stage on text it has no
// dictionary for.
var nameRE = regexp.MustCompile(`\b\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|de|van|von|bin|al)){1,3}\b`)

// newsAnalysis builds the document for a real article: the lead's sentence
// splitter, and a person mention at every capitalised name run and at every
// later use of a surname alone.
func newsAnalysis(text string) *dyad.Analysis {
	a := dyad.NewAnalysis(dyad.Article{Text: text})
	(sentence.Splitter{}).Run(a)
	surnames := map[string]string{}
	var ms []dyad.Mention
	taken := make([]bool, len(text))
	for _, loc := range nameRE.FindAllStringIndex(text, -1) {
		name := text[loc[0]:loc[1]]
		first := strings.Fields(name)[0]
		if stop[first] {
			continue
		}
		ms = append(ms, dyad.Mention{Text: name, Span: dyad.Span{Start: loc[0], End: loc[1]}, Actor: dyad.Actor{Name: name}})
		f := strings.Fields(name)
		surnames[f[len(f)-1]] = name
		for k := loc[0]; k < loc[1]; k++ {
			taken[k] = true
		}
	}
	for sur, name := range surnames {
		for _, loc := range regexp.MustCompile(`\b`+regexp.QuoteMeta(sur)+`\b`).FindAllStringIndex(text, -1) {
			if !taken[loc[0]] {
				ms = append(ms, dyad.Mention{Text: sur, Span: dyad.Span{Start: loc[0], End: loc[1]}, Actor: dyad.Actor{Name: name}})
			}
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Span.Start < ms[j].Span.Start })
	for i := range ms {
		ms[i].Sentence = a.SentenceAt(ms[i].Span.Start)
	}
	a.Mentions = ms
	return a
}

// stop are capitalised words that open a sentence rather than a name.
var stop = map[string]bool{"The": true, "A": true, "In": true, "But": true, "And": true, "On": true, "At": true,
	"It": true, "He": true, "She": true, "They": true, "We": true, "This": true, "That": true, "If": true, "As": true}

func TestRealNewsDump(t *testing.T) {
	ids := strings.Fields(os.Getenv("DUMP"))
	if len(ids) == 0 {
		t.Skip("set DUMP to page ids")
	}
	news := realNews(t)
	for _, id := range ids {
		text := news[id]
		a := newsAnalysis(text)
		for _, q := range run(t, a) {
			if q.Direct {
				t.Logf("%s %d %s", id[:8], q.Span.Start, describe(text, q))
			}
		}
	}
}
