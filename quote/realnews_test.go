package quote_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"dyad"
	"dyad/internal/shareddata"
	"dyad/sentence"
)

// realNews returns the hand-labelled article bodies of the extraction
// benchmark in ../shared, keyed by page id, skipping if absent.
func realNews(tb testing.TB) map[string]string {
	tb.Helper()
	dir := shareddata.Dir()
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
var nameRE = regexp.MustCompile(`\b(?:\p{Lu}\p{L}{0,3}\.|\p{Lu}[\p{L}'’-]+)(?: (?:\p{Lu}\p{L}{0,3}\.|\p{Lu}[\p{L}'’-]+|de|van|von|bin|al)){1,3}\b`)

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
		if first := strings.Fields(text[loc[0]:loc[1]])[0]; stop[first] {
			loc[0] += len(first) + 1 // "The United Nations", "He Jianxiong"
		}
		if strings.HasSuffix(text[:loc[1]], "'s") {
			loc[1] -= len("'s") // "Taylor Swift's rep": the name is "Taylor Swift"
		} else if strings.HasSuffix(text[:loc[1]], "’s") {
			loc[1] -= len("’s")
		}
		name := text[loc[0]:loc[1]]
		ms = append(ms, dyad.Mention{Text: name, Span: dyad.Span{Start: loc[0], End: loc[1]}, Actor: dyad.Actor{Name: name}})
		if f := strings.Fields(name); len(f) > 1 && !stop[f[len(f)-1]] {
			surnames[f[len(f)-1]] = name
		}
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

// label is one hand-labelled direct quotation of testdata/realnews.tsv.
type label struct {
	page    string
	offset  int
	speaker []string
}

func loadLabels(tb testing.TB, file string) []label {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		tb.Fatal(err)
	}
	var out []label
	for n, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		off, err := strconv.Atoi(f[1])
		if len(f) != 3 || err != nil {
			tb.Fatalf("%s:%d: want page, offset, speaker; got %q", file, n+1, line)
		}
		out = append(out, label{page: f[0], offset: off, speaker: strings.Split(f[2], "|")})
	}
	return out
}

// scoreRealNews runs the stage on the labelled articles and returns how
// many labelled quotations a direct quote covers (found), how many of
// those name the labelled speaker (right), and the misses.
func scoreRealNews(tb testing.TB, file string, build builder) (found, right, total int, misses []string) {
	news, labels := realNews(tb), loadLabels(tb, file)
	byPage := map[string][]dyad.Quote{}
	texts := map[string]string{}
	for _, l := range labels {
		if _, ok := byPage[l.page]; ok {
			continue
		}
		for id, text := range news {
			if strings.HasPrefix(id, l.page) {
				byPage[l.page], texts[l.page] = run(tb, build(tb, text)), text
			}
		}
	}
	for _, l := range labels {
		total++
		var q *dyad.Quote
		for i := range byPage[l.page] {
			if c := &byPage[l.page][i]; c.Direct && c.Span.Start-3 <= l.offset && l.offset < c.Span.End {
				q = c
				break
			}
		}
		if q == nil {
			misses = append(misses, fmt.Sprintf("%s %d: not found", l.page, l.offset))
			continue
		}
		found++
		name, rule := "", ""
		if q.Speaker != nil {
			name, rule = q.Speaker.Name, q.Speaker.Rule
		}
		if matchesAny(name, l.speaker) {
			right++
		} else {
			misses = append(misses, fmt.Sprintf("%s %d: speaker %q, want %v (%s) [%s]", l.page, l.offset, name, l.speaker, describe(texts[l.page], *q), rule))
		}
	}
	return found, right, total, misses
}

func matchesAny(name string, want []string) bool {
	for _, w := range want {
		if name != "" && strings.Contains(strings.ToLower(name), strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// TestRealNews reports how many of the hand-labelled direct quotations
// of real news the stage finds and attributes to the right speaker, in
// both modes (see modes): on the articles the rules were tuned on
// (realnews.tsv), where it fails below the targets of 90 % each, and on
// held-out ones (realnews-holdout*.tsv), which it only reports.
func TestRealNews(t *testing.T) {
	for _, m := range modes() {
		for _, set := range realNewsSets {
			found, right, total, misses := scoreRealNews(t, set.file, m.build)
			for _, miss := range misses {
				t.Logf("%s %s: %s", m.name, set.file, miss)
			}
			t.Logf("%s %s: %d quotations, found %d (%.1f %%), right speaker %d (%.1f %% of all)",
				m.name, set.file, total, found, pct(found, total), right, pct(right, total))
			if set.enforce && (pct(found, total) < 90 || pct(right, total) < 90) {
				t.Errorf("%s %s below target: found %.1f %%, attributed %.1f %%; want 90 %% each",
					m.name, set.file, pct(found, total), pct(right, total))
			}
		}
	}
}

// realNewsSets are the labelled sets: the tuned one, enforced, and the
// held-out ones, reported.
var realNewsSets = []struct {
	file    string
	enforce bool
}{{"realnews.tsv", true}, {"realnews-holdout.tsv", false}, {"realnews-holdout2.tsv", false},
	{"realnews-holdout3.tsv", false}, {"realnews-holdout4.tsv", false}, {"realnews-holdout5.tsv", false},
	{"realnews-holdout6.tsv", false}, {"realnews-holdout7.tsv", false},
	{"realnews-holdout8.tsv", false}, {"realnews-holdout9.tsv", false}}

// BenchmarkRealNews reports the same figures as benchmark metrics, per
// mode and set ("pipeline-holdout4-found%").
func BenchmarkRealNews(b *testing.B) {
	type score struct{ found, right, total int }
	got := map[string]score{}
	for b.Loop() {
		for _, m := range modes() {
			for _, set := range realNewsSets {
				f, r, n, _ := scoreRealNews(b, set.file, m.build)
				got[m.name+"-"+strings.TrimSuffix(strings.TrimPrefix(set.file, "realnews-"), ".tsv")] = score{f, r, n}
			}
		}
	}
	for k, s := range got {
		b.ReportMetric(pct(s.found, s.total), k+"-found%")
		b.ReportMetric(pct(s.right, s.total), k+"-attributed%")
	}
}

func pct(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}

// TestRealNewsDump logs the quotations (INDIRECT=1: the reported ones) of
// the articles DUMP names, with the rule that found each speaker, as the
// stand-in or (PIPELINE=1) the real stages build the input; MENTIONS=1
// adds the actor mentions.
func TestRealNewsDump(t *testing.T) {
	ids := strings.Fields(os.Getenv("DUMP"))
	if len(ids) == 0 {
		t.Skip("set DUMP to page ids")
	}
	news := realNews(t)
	for _, id := range ids {
		text := news[id]
		build := standIn
		if os.Getenv("PIPELINE") != "" {
			build = pipelineAnalysis
		}
		a := build(t, text)
		if os.Getenv("MENTIONS") != "" {
			for _, m := range a.Mentions {
				t.Logf("mention %d %q → %q %s/%s (%s)", m.Span.Start, m.Text, m.Actor.Name, m.Actor.Country, m.Actor.Sector, m.Rule)
			}
		}
		for _, q := range run(t, a) {
			if q.Direct != (os.Getenv("INDIRECT") != "") {
				rule := ""
				if q.Speaker != nil {
					rule = " [" + q.Speaker.Rule + "]"
				}
				t.Logf("%s %d %s%s", id[:8], q.Span.Start, describe(text, q), rule)
			}
		}
	}
}
