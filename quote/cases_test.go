package quote_test

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
)

// testCase is one attribution case of testdata/cases.txt.
type testCase struct {
	name string
	line int
	text string
	want []string
}

// loadCases reads testdata/cases.txt: "=== name", the text (one paragraph
// a line), "---", then one line per expected quote in text order, as
// describe writes it. An expected text ending in "…" matches any quote
// text it starts; a speaker without "@mention" matches any mention.
func loadCases(tb testing.TB, file string) []testCase {
	tb.Helper()
	f, err := os.Open(filepath.Join("testdata", file))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []testCase
	var cur *testCase
	inWant := false
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#") && (cur == nil || inWant):
		case strings.HasPrefix(line, "=== "):
			out = append(out, testCase{name: strings.TrimPrefix(line, "=== "), line: n})
			cur, inWant = &out[len(out)-1], false
		case cur == nil:
			if strings.TrimSpace(line) != "" {
				tb.Fatalf("%s:%d: text before the first === line", file, n)
			}
		case line == "---":
			inWant = true
		case inWant:
			if strings.TrimSpace(line) != "" {
				cur.want = append(cur.want, line)
			}
		default:
			if cur.text != "" {
				cur.text += "\n"
			}
			cur.text += line
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

var mentionRE = regexp.MustCompile(` @[^>]*?( >|$)`)

// match rewrites got to the precision of want: a text prefix ending in
// "…" and a speaker without its mention.
func match(want, got string) string {
	wText, wWho, _ := strings.Cut(want, " | ")
	gText, gWho, _ := strings.Cut(got, " | ")
	if p, ok := strings.CutSuffix(wText, "…"); ok && strings.HasPrefix(gText, p) {
		gText = wText
	}
	if !strings.Contains(wWho, "@") {
		gWho = mentionRE.ReplaceAllString(gWho, "$1")
	}
	return gText + " | " + gWho
}

func TestCases(t *testing.T) {
	cast := loadCast(t)
	cases := loadCases(t, "cases.txt")
	if len(cases) < 150 {
		t.Errorf("cases.txt has %d cases, want at least 150", len(cases))
	}
	runCases(t, "cases.txt", cases, func(text string) *dyad.Analysis { return analysis(t, cast, text) })
}

// TestPipelineCases runs the cases of testdata/pipeline-cases.txt on the
// input the real stages before quotes build (nlp with the shipped model,
// temporal, the actor stage): pronouns the actor stage resolved, people no
// table knows, sentences the parser reads.
func TestPipelineCases(t *testing.T) {
	runCases(t, "pipeline-cases.txt", loadCases(t, "pipeline-cases.txt"),
		func(text string) *dyad.Analysis { return pipelineAnalysis(t, text) })
}

// runCases runs each case on the analysis build makes of its text.
func runCases(t *testing.T, file string, cases []testCase, build func(string) *dyad.Analysis) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for i, q := range run(t, build(c.text)) {
				g := describe(c.text, q)
				if i < len(c.want) {
					g = match(c.want[i], g)
				}
				got = append(got, g)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("%s:%d: quotes (-want +got):\n%s\ntext:\n%s", file, c.line, diff, c.text)
			}
		})
	}
}
