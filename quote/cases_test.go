package quote_test

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
func loadCases(tb testing.TB) []testCase {
	tb.Helper()
	f, err := os.Open("testdata/cases.txt")
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
				tb.Fatalf("cases.txt:%d: text before the first === line", n)
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
	cases := loadCases(t)
	if len(cases) < 150 {
		t.Errorf("cases.txt has %d cases, want at least 150", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := analysis(t, cast, c.text)
			var got []string
			for i, q := range run(t, a) {
				g := describe(c.text, q)
				if i < len(c.want) {
					g = match(c.want[i], g)
				}
				got = append(got, g)
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("cases.txt:%d: quotes (-want +got):\n%s\ntext:\n%s", c.line, diff, c.text)
			}
		})
	}
}
