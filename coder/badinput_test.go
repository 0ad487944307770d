package coder_test

import (
	"strings"
	"testing"

	"dyad"
)

// TestBadInputParsed runs the whole pipeline, parser included, on input
// that is not prose: no panic, no event made up from words that do not say
// one, and a bounded amount of work on a 300-word run-on sentence.
func TestBadInputParsed(t *testing.T) {
	p, c := realStages(t)
	runOn := strings.Repeat("Canada China Russia Ukraine tariffs talks ", 50)
	for _, tt := range []struct {
		name, text string
		max        int // events at most
	}{
		{"no verb", "Canada, China, Russia and Ukraine.", 0},
		{"list", "Canada\nChina\nUS\nmet\nmeets\nheld talks\n", 0},
		{"flattened table", "Country Tariff Date Canada 25% 2026-01-01 China 10% 2026-02-01 Mexico 25% 2026-03-01", 0},
		{"all caps headline", "CANADA CHINA TRADE TALKS: WHAT WE KNOW SO FAR", 0},
		{"300 words without a verb", runOn, 0},
		{"300-word run-on", strings.Repeat("Xi met Carney and Trump criticised Canada and ", 40) + "Putin left.", 200},
		// the coder's mention of the place "in Hanoi", added after the sentence's last mention, once made a list check panic
		// a sentence opening with "To" and an actor, with no subject, once made the "up to" check read token -1
		{"sentence-initial to-phrase", "To my friend Gerry in Canada, thank you for your recommendation.", 1},
		{"mentions out of order", "Tokyo is concerned about the president’s behavior — as demonstrated by his departure from a meeting in Hanoi with North Korea’s leader, Kim Jong-un.", 3},
	} {
		a, err := p.Analyze(t.Context(), dyad.Article{Text: tt.text})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		for _, s := range a.Status {
			if !s.OK {
				t.Errorf("%s: stage %s failed: %s", tt.name, s.Stage, s.Error)
			}
		}
		if len(a.Events) > tt.max {
			t.Errorf("%s: %d events, want at most %d: %+v", tt.name, len(a.Events), tt.max, a.Events[0])
		}
		for i := range a.Sentences {
			if tr := c.Explain(a, i); tr.Work > 300*50 {
				t.Errorf("%s: sentence %d took %d steps", tt.name, i, tr.Work)
			}
		}
	}
}
