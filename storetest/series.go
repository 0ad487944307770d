package storetest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
)

func testSeries(t *testing.T, s dyad.Store) {
	putAll(t, s, Meetings())
	got, err := s.Series(ctx, dyad.SeriesQuery{Source: "CAN", Target: "CHN", By: dyad.Week})
	if err != nil {
		t.Fatalf("Series: %v", err)
	}
	want := []dyad.SeriesPoint{
		{Period: "2026-01-12", Events: 1, Mentions: 6, VerbalCoop: 1, GoldsteinSum: 1, GoldsteinMean: 1},
		{Period: "2026-01-19", Events: 1, Mentions: 1, VerbalConflict: 1, GoldsteinSum: -2, GoldsteinMean: -2},
		{Period: "2026-01-26", Events: 1, Mentions: 1, VerbalCoop: 1, GoldsteinSum: 1, GoldsteinMean: 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Series(CAN, CHN, week) (-want +got):\n%s", diff)
	}
	got, err = s.Series(ctx, dyad.SeriesQuery{Source: "CHN", Target: "CAN", By: dyad.Month, Both: true,
		From: day("2025-12-15"), To: day("2026-02-01")})
	if err != nil {
		t.Fatalf("Series: %v", err)
	}
	want = []dyad.SeriesPoint{
		{Period: "2025-12-01"},
		{Period: "2026-01-01", Events: 3, Mentions: 8, VerbalCoop: 2, VerbalConflict: 1, GoldsteinSum: 0, GoldsteinMean: 0},
		{Period: "2026-02-01"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Series(CHN, CAN, both, month, Dec–Feb) (-want +got):\n%s", diff)
	}
	codes, err := s.Series(ctx, dyad.SeriesQuery{Source: "CHNGOV", Target: "CANGOV", By: dyad.Week, Both: true})
	if err != nil {
		t.Fatalf("Series(codes): %v", err)
	}
	countries, _ := s.Series(ctx, dyad.SeriesQuery{Source: "CAN", Target: "CHN", By: dyad.Week})
	if diff := cmp.Diff(countries, codes); diff != "" {
		t.Errorf("Series(CHNGOV, CANGOV, both) differs from Series(CAN, CHN) (-countries +codes):\n%s", diff)
	}
	if got, err := s.Series(ctx, dyad.SeriesQuery{Source: "CHN", Target: "CAN", By: dyad.Day}); err != nil || len(got) != 0 {
		t.Errorf("Series(CHN→CAN, one direction) = %v, %v; want no points", got, err)
	}
	if _, err := s.Series(ctx, dyad.SeriesQuery{Source: "CAN", Target: "CHN", By: "fortnight"}); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("Series(by fortnight) error = %v, want %s", err, dyad.EINVALID)
	}
}

func testTop(t *testing.T, s dyad.Store) {
	putAll(t, s, Meetings())
	actors, err := s.Top(ctx, dyad.TopQuery{})
	if err != nil {
		t.Fatalf("Top: %v", err)
	}
	want := []dyad.Ranked{
		{Source: "CAN", Events: 4, Mentions: 9, GoldsteinMean: -2},
		{Source: "CHN", Events: 3, Mentions: 8, GoldsteinMean: 0},
		{Source: "USA", Events: 1, Mentions: 1, GoldsteinMean: -8},
	}
	if diff := cmp.Diff(want, actors); diff != "" {
		t.Errorf("Top(actors) (-want +got):\n%s", diff)
	}
	dyads, err := s.Top(ctx, dyad.TopQuery{Dyads: true, From: day("2026-01-10"), Limit: 1})
	if err != nil {
		t.Fatalf("Top: %v", err)
	}
	if diff := cmp.Diff([]dyad.Ranked{{Source: "CAN", Target: "CHN", Events: 3, Mentions: 8, GoldsteinMean: 0}}, dyads); diff != "" {
		t.Errorf("Top(dyads since 10 Jan, 1) (-want +got):\n%s", diff)
	}
}

func testSearch(t *testing.T, s dyad.Store) {
	putAll(t, s, Meetings())
	tests := []struct {
		q    string
		want int
	}{
		{"canola", 2},
		{"Canola TARIFFS", 2},
		{"tariff", 3}, // stemmed: "tariffs"
		{"carney steel", 1},
		{`"Li" AND (steel`, 1}, // operators are words, not syntax
		{"nothing-like-this", 0},
	}
	for _, tt := range tests {
		got, total, err := s.SearchArticles(ctx, dyad.ArticleQuery{Text: tt.q})
		if err != nil {
			t.Errorf("SearchArticles(%q): %v", tt.q, err)
			continue
		}
		if total != tt.want || len(got) != tt.want {
			t.Errorf("SearchArticles(%q) = %d hits (total %d), want %d", tt.q, len(got), total, tt.want)
		}
	}
	if _, _, err := s.SearchArticles(ctx, dyad.ArticleQuery{Text: " ;; "}); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("SearchArticles(no words) error = %v, want %s", err, dyad.EINVALID)
	}
}
