package coder_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"dyad"
	"dyad/actor"
	"dyad/cameo"
	"dyad/coder"
	"dyad/nlp"
	"dyad/pipeline"
	"dyad/sentence"
	"dyad/temporal"
)

func analyze(t testing.TB, text, published string) *dyad.Analysis {
	t.Helper()
	art := dyad.Article{Text: text}
	if published != "" {
		art.Published, _ = dyad.ParseDate(published)
		art.PublishedSource = dyad.PublishedCaller
	}
	actors, err := actor.New(actor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	events, err := coder.New()
	if err != nil {
		t.Fatal(err)
	}
	a, err := pipeline.New(sentence.Splitter{}, temporal.Resolver{}, actors, events).Analyze(t.Context(), art)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestCode(t *testing.T) {
	tests := []struct {
		text string
		want []string // "date source→target cameo mood 'evidence'"
	}{
		{"Chinese President Xi Jinping and Canadian Prime Minister Mark Carney held talks in Beijing on Friday.", []string{
			"2026-01-16 CHNGOV→CANGOV 046 asserted 'held talks'",
			"2026-01-16 CANGOV→CHNGOV 046 asserted 'held talks'"}},
		{"Carney also met Chinese Premier Li Qiang on Thursday and is scheduled to hold discussions with Chinese business leaders.", []string{
			"2026-01-15 CANGOV→CHNGOV 040 asserted 'met'",
			"2026-01-15 CANGOV→CHNBUS 046 planned 'hold discussions'"}},
		{"US President Donald Trump, who has imposed new tariffs on Canadian goods, spoke.", []string{
			"2026-01-16 USAGOV→CANBUS 163 asserted 'imposed new tariffs'"}},
		{"Xi welcomed Carney and his delegation.", []string{"2026-01-16 CHNGOV→CANGOV 051 asserted 'welcomed'"}},
		{"Carney criticised China last October.", []string{"2025-10-01 CANGOV→CHN 111 asserted 'criticised'"}},
		{"Trump did not meet Carney.", []string{"2026-01-16 USAGOV→CANGOV 040 negated 'meet'"}},
		{"Trump could impose tariffs on Canadian goods.", []string{"2026-01-16 USAGOV→CANBUS 163 hypothetical 'impose tariffs'"}},
		{"Canada and China signed an agreement.", []string{
			"2026-01-16 CAN→CHN 057 asserted 'signed an agreement'",
			"2026-01-16 CHN→CAN 057 asserted 'signed an agreement'"}},
		{"The meeting was held in Beijing.", nil},
		{"Carney met reporters.", nil},
		{"China met China.", nil},
		{"ARTICLE AD BOX\n23 hours ago", nil},
	}
	for _, tt := range tests {
		a := analyze(t, tt.text, "2026-01-16")
		var got []string
		for _, e := range a.Events {
			got = append(got, e.Date+" "+e.Source.Code+"→"+e.Target.Code+" "+e.CAMEO+" "+string(e.Mood)+" '"+e.Evidence.Text+"'")
			code, _ := cameo.Builtin().Lookup(e.CAMEO)
			if e.PLOVER != code.PLOVER || e.Goldstein != code.Goldstein || e.QuadClass != code.QuadClass || e.ID == "" || e.Rule == "" {
				t.Errorf("%q: event %+v does not carry its code's ontology, an id and a rule", tt.text, e)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Code(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestEventIDsAreStable(t *testing.T) {
	text := "Xi met Carney. Carney met Xi."
	a, b := analyze(t, text, "2026-01-16"), analyze(t, text, "2026-01-16")
	if len(a.Events) != 2 || a.Events[0].ID == a.Events[1].ID || a.Events[0].ID != b.Events[0].ID {
		t.Errorf("event ids %v and %v: want two distinct ids, the same on every run", a.Events, b.Events)
	}
}

func TestPatternErrors(t *testing.T) {
	for name, in := range map[string]string{
		"fields":    "040\tmeet\n",
		"bad code":  "999\tmeet\t-\n",
		"no verb":   "040\t|meet\t-\n",
		"no prep":   "040\tmeet\t:TARGET\n",
		"no head":   "040\tmeet\twith:\n",
		"undefined": "040\tmeet\t&nothing\n",
		"bad set":   "&set\n",
	} {
		err := coder.NewPatterns().Add("user.tsv", in, 2, cameo.Builtin())
		if err == nil || !strings.Contains(err.Error(), "user.tsv:1") {
			t.Errorf("%s: Add(%q) = %v, want an error naming user.tsv:1", name, in, err)
		}
	}
	ps := coder.NewPatterns()
	if err := ps.Add("user.tsv", "&arms\tweapon|gun\n# a comment\n072\tship\t&arms to:TARGET\n040\tnoun:summit\twith:TARGET sym\n", 2, cameo.Builtin()); err != nil || ps.Len() != 2 {
		t.Errorf("Add(good file) = %v, %d patterns; want nil, 2", err, ps.Len())
	}
}

func TestBadInputBounded(t *testing.T) {
	long := strings.Repeat("Xi met Carney and ", 3000) + "Trump."
	a := analyze(t, long, "2026-01-16")
	if len(a.Events) > 6000 {
		t.Errorf("%d events from one run-on sentence", len(a.Events))
	}
	list := "Canada\nChina\nUS\nmet\nmeets\nheld talks\n"
	if a := analyze(t, list, "2026-01-16"); len(a.Events) != 0 {
		t.Errorf("a flattened list gave events: %+v", a.Events)
	}
}

// FuzzCode runs the real stages (parser, dates, actors, quotes, coder) on
// any text: no stage may fail, save the nlp stage's refusal of a text that
// is not in English, and every event must be whole.
func FuzzCode(f *testing.F) {
	f.Add("Canada and China held talks with the US on Friday.")
	f.Add("met met met Xi Carney held")
	f.Add("To my friend Gerry in Canada, thank you for your recommendation.")
	f.Add("With Hong Kong protests exploding, Xi is likely to deploy forces.")
	p, _ := realStages(f)
	published, _ := dyad.ParseDate("2026-01-16")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || dyad.ValidateText(text) != nil {
			return
		}
		a, err := p.Analyze(t.Context(), dyad.Article{Text: text, Published: published, PublishedSource: dyad.PublishedCaller})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range a.Status {
			if !s.OK && !strings.HasSuffix(s.Error, nlp.ErrNotEnglish.Error()) {
				t.Fatalf("stage %s failed: %s", s.Stage, s.Error)
			}
		}
		for _, e := range a.Events {
			if e.Target == nil || e.Source.Code == "" || e.Mood.Validate() != nil {
				t.Fatalf("bad event %+v", e)
			}
		}
	})
}

// BenchmarkAnalyzeExample measures the first-version pipeline (sentences,
// dates, actors, events) on the bundled example article.
func BenchmarkAnalyzeExample(b *testing.B) {
	text, err := os.ReadFile("../examples/trade-talks.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		analyze(b, string(text), "2026-03-06")
	}
}
