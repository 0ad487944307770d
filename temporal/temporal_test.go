package temporal_test

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"dyad"
	"dyad/temporal"
)

func TestFind(t *testing.T) {
	fri := time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		sentence string
		pub      time.Time
		want     []dyad.DateMention
	}{
		{"Xi and Carney held talks in Beijing on Friday.", fri,
			[]dyad.DateMention{{Text: "on Friday", Value: "2026-01-16", Precision: "day"}}},
		{"Carney met Li Qiang on Thursday.", fri,
			[]dyad.DateMention{{Text: "on Thursday", Value: "2026-01-15", Precision: "day"}}},
		{"They spoke last Friday.", fri,
			[]dyad.DateMention{{Text: "last Friday", Value: "2026-01-09", Precision: "day"}}},
		{"He will travel to Ottawa on Monday.", fri,
			[]dyad.DateMention{{Text: "on Monday", Value: "2026-01-19", Precision: "day"}}},
		{"Talks resume next Tuesday.", fri,
			[]dyad.DateMention{{Text: "next Tuesday", Value: "2026-01-20", Precision: "day"}}},
		{"They met yesterday and meet again tomorrow.", fri, []dyad.DateMention{
			{Text: "yesterday", Value: "2026-01-15", Precision: "day"},
			{Text: "tomorrow", Value: "2026-01-17", Precision: "day"}}},
		{"At a summit last October, Xi spoke.", fri,
			[]dyad.DateMention{{Text: "last October", Value: "2025-10-01", Precision: "month"}}},
		{"Our meeting last year opened a chapter.", fri,
			[]dyad.DateMention{{Text: "last year", Value: "2025-01-01", Precision: "year"}}},
		{"The first visit since 2017.", fri,
			[]dyad.DateMention{{Text: "since 2017", Value: "2017-01-01", Precision: "year"}}},
		{"BEIJING, Jan. 16 (Xinhua) -- talks", fri,
			[]dyad.DateMention{{Text: "Jan. 16", Value: "2026-01-16", Precision: "day"}}},
		{"On Dec. 28 they fought.", fri,
			[]dyad.DateMention{{Text: "Dec. 28", Value: "2025-12-28", Precision: "day"}}},
		{"Signed on 3 March 2024 in Rome.", fri,
			[]dyad.DateMention{{Text: "3 March 2024", Value: "2024-03-03", Precision: "day"}}},
		{"Published 2025-05-06.", fri,
			[]dyad.DateMention{{Text: "2025-05-06", Value: "2025-05-06", Precision: "day"}}},
		{"They met on Friday.", time.Time{},
			[]dyad.DateMention{{Text: "on Friday", Value: "", Precision: "unknown"}}},
		{"No date here at all.", fri, nil},
		{"On Feb. 30 nothing happened.", fri,
			[]dyad.DateMention{{Text: "Feb. 30", Value: "", Precision: "unknown"}}},
	}
	for _, tt := range tests {
		text := "Lead.\n" + tt.sentence
		span := dyad.Span{Start: 6, End: len(text)}
		got := temporal.Find(text, span, tt.pub)
		for i := range got {
			if got[i].Span.In(text) != got[i].Text {
				t.Errorf("Find(%q): span %v covers %q, text is %q", tt.sentence, got[i].Span, got[i].Span.In(text), got[i].Text)
			}
			got[i].Span = dyad.Span{}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Find(%q) (-want +got):\n%s", tt.sentence, diff)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("on Friday Jan. 16 2026-01-16 last October in 2017")
	f.Add("Feb 31, 0000")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, d := range temporal.Find(s, dyad.Span{End: len(s)}, time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC)) {
			if d.Span.In(s) != d.Text || d.Precision.Validate() != nil {
				t.Fatalf("bad mention %+v in %q", d, s)
			}
		}
	})
}
