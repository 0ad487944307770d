package coder_test

import (
	"strings"
	"testing"

	"dyad"
)

// TestSportsAreNoEvents runs the real stages on sports reports written for
// this test: countries named as teams do nothing to each other, while the
// political events of an article that mentions a match are kept.
func TestSportsAreNoEvents(t *testing.T) {
	p, c := realStages(t)
	for _, tt := range []struct {
		name, text string
		want       []string // CAMEO codes kept, in order
	}{
		{"tennis report", "The Davis Cup finals opened in Madrid.\n\nRussia beat Croatia on Monday, and Serbia takes on Japan on Tuesday. " +
			"The defending champions lost both singles matches.", nil},
		{"score in a news roundup", "Switzerland beat Gibraltar 6-0 on Sunday.", nil},
		{"an upset with a score", "Japan stun Germany 2-1 in World Cup upset", nil},
		{"a sport named in the sentence", "Pakistan beat India in the cricket final.", nil},
		{"a contest word in politics", "Israel hit Gaza with air strikes on Monday.", []string{"190"}},
		{"champions as a noun", "Spain will play against defending champion Croatia in the quarterfinal, the coach said after the match.", nil},
		{"politics beside a match", "Canada imposed new tariffs on Chinese steel on Monday, a day after the two countries met in a World Cup qualifier.",
			[]string{"163"}},
		{"accusation with a number range", "Russia accused Croatia on Monday of meddling in its 2020-21 elections.", []string{"112"}},
	} {
		art := dyad.Article{Text: tt.text, PublishedSource: dyad.PublishedCaller}
		art.Published, _ = dyad.ParseDate("2026-01-16")
		a, err := p.Analyze(t.Context(), art)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, e := range a.Events {
			if e.Mood == dyad.MoodAsserted {
				got = append(got, e.CAMEO)
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%s: events %v, want %v", tt.name, got, tt.want)
			for i := range a.Sentences {
				for _, n := range c.Explain(a, i).Notes {
					t.Logf("  sentence %d: %s", i, n)
				}
			}
		}
	}
}
