package storetest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
)

// tonedMeetings returns Meetings with a tone on every article but the
// weekly review's: −10 (AFP), −10 (its reprint), 20 (Xinhua), 4 (China
// Daily), none (the weekly), 6 (AFP again), −30 (AP).
func tonedMeetings() []*dyad.Analysis {
	as := Meetings()
	for i, v := range []float64{-10, -10, 20, 4, 0, 6, -30} {
		if i != 4 {
			as[i].Tone = &v
		}
	}
	return as
}

// testTone checks that article tones reach merged events (the mean over
// the articles that report one, each counted once), their mentions and the
// series, whether a series is asked by country or by full actor code.
func testTone(t *testing.T, s dyad.Store) {
	putAll(t, s, tonedMeetings())
	got, _, err := s.MergedEvents(ctx, dyad.EventFilter{Mentions: true})
	if err != nil {
		t.Fatalf("MergedEvents: %v", err)
	}
	want := map[string]any{
		"163 2026-01-05": -30.0,
		"040 2026-01-16": 1.0, // (−10 −10 + 20 + 4) / 4: the weekly has no tone
		"111 2026-01-22": "nil",
		"040 2026-01-26": 6.0,
	}
	for _, m := range got {
		key := m.CAMEO + " " + m.Date
		if w, ok := want[key]; ok && toneOf(m.Tone) != w {
			t.Errorf("merged event %s: tone %v, want %v", key, toneOf(m.Tone), w)
		}
		for _, men := range m.Mentions {
			if men.DocTone == nil && men.ArticleID != tonedMeetings()[4].Article.ID {
				t.Errorf("mention %s of %s has no document tone", men.EventID, key)
			}
		}
	}
	countries, err := s.Series(ctx, dyad.SeriesQuery{Source: "CAN", Target: "CHN", By: dyad.Week})
	if err != nil {
		t.Fatalf("Series: %v", err)
	}
	var tones []any
	for _, p := range countries {
		tones = append(tones, toneOf(p.Tone))
	}
	if diff := cmp.Diff([]any{1.0, "nil", 6.0}, tones); diff != "" {
		t.Errorf("Series(CAN, CHN, week) tones (-want +got):\n%s", diff)
	}
	codes, err := s.Series(ctx, dyad.SeriesQuery{Source: "CANGOV", Target: "CHNGOV", By: dyad.Week, Both: true})
	if err != nil {
		t.Fatalf("Series(codes): %v", err)
	}
	if diff := cmp.Diff(countries, codes); diff != "" {
		t.Errorf("Series(CANGOV, CHNGOV, both) differs from Series(CAN, CHN) (-countries +codes):\n%s", diff)
	}
}

func toneOf(p *float64) any {
	if p == nil {
		return "nil"
	}
	return *p
}
