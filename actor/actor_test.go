package actor_test

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"dyad"
	"dyad/actor"
	"dyad/sentence"
)

func resolve(t testing.TB, text, published string) *dyad.Analysis {
	t.Helper()
	art := dyad.Article{Text: text}
	if published != "" {
		art.Published, _ = dyad.ParseDate(published)
	}
	a := dyad.NewAnalysis(art)
	if err := (sentence.Splitter{}).Run(a); err != nil {
		t.Fatal(err)
	}
	r, err := actor.New()
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Run(a); err != nil {
		t.Fatal(err)
	}
	return a
}

func TestResolve(t *testing.T) {
	tests := []struct {
		text, date string
		want       []string // "mention text=CODE/name"
	}{
		{"Chinese President Xi Jinping and Canadian Prime Minister Mark Carney held talks in Beijing.", "2026-01-16",
			[]string{"Chinese President Xi Jinping=CHNGOV/Xi Jinping", "Canadian Prime Minister Mark Carney=CANGOV/Mark Carney"}},
		{"Ottawa seeks to diversify trade beyond the US.", "2026-01-16", []string{"Ottawa=CANGOV/", "US=USA/"}},
		{"The meeting in Beijing was short.", "2026-01-16", nil},
		{"Trump imposed tariffs on Canadian goods.", "2026-01-16", []string{"Trump=USAGOV/Donald Trump", "Canadian goods=CANBUS/"}},
		{"Trump spoke at a rally.", "2022-06-01", []string{"Trump=USA/Donald Trump"}},
		{"President Trump spoke.", "2019-06-01", []string{"President Trump=USAGOV/Donald Trump"}},
		{"Carney spoke in London.", "2024-06-01", []string{"Carney=CAN/Mark Carney"}},
		{"Mark Carney spoke in London.", "2024-06-01", []string{"Mark Carney=CAN/Mark Carney"}},
		{"Justin Trudeau met Xi.", "2019-06-01", []string{"Justin Trudeau=CANGOV/Justin Trudeau", "Xi=CHNGOV/Xi Jinping"}},
		{"Li met business leaders.", "2026-01-16", []string{"Li=CHNGOV/Li Qiang"}},
		{"Li met business leaders.", "2020-01-16", []string{"Li=CHNGOV/Li Keqiang"}},
		{"A Canadian prime minister visited the White House.", "2026-01-16", []string{"Canadian prime minister=CANGOV/", "White House=USAGOV/"}},
		{"ARTICLE AD BOX\n23 hours ago\nEnglish (US) ·", "2026-01-16", nil},
	}
	for _, tt := range tests {
		a := resolve(t, tt.text, tt.date)
		var got []string
		for _, m := range a.Mentions {
			got = append(got, m.Text+"="+m.Actor.Code+"/"+m.Actor.Name)
			if m.Rule == "" {
				t.Errorf("%q: mention %q has no rule", tt.text, m.Text)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Resolve(%q, %s) (-want +got):\n%s", tt.text, tt.date, diff)
		}
	}
}

func TestParseDictionaryErrors(t *testing.T) {
	for name, in := range map[string]string{
		"fields":  "country\tCAN\n",
		"kind":    "planet\tMAR\t\tMars\t\t\t\t\n",
		"date":    "person\tCAN\tGOV\tX Y\tX Y\thead\t2025-13-01\t\n",
		"phrases": "country\tCAN\t\t|\t\t\t\t\n",
	} {
		if _, err := actor.ParseDictionary(in); err == nil {
			t.Errorf("%s: ParseDictionary succeeded, want an error", name)
		}
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("Chinese President Xi Jinping met U.S. officials in Washington.")
	f.Add("Canadian Canadian Prime Minister")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || dyad.ValidateText(text) != nil {
			return
		}
		a := resolve(t, text, "2026-01-16")
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
	})
}

func BenchmarkResolve(b *testing.B) {
	text := "Chinese President Xi Jinping and Canadian Prime Minister Mark Carney held talks in Beijing on Friday. " +
		"Carney, who arrived in Beijing earlier on Friday, described the talks as a new strategic partnership. "
	day := time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC)
	r, _ := actor.New()
	a := dyad.NewAnalysis(dyad.Article{Text: text, Published: day})
	sentence.Splitter{}.Run(a)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Run(a)
	}
}
