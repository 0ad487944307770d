package cluster_test

import (
	"testing"

	"dyad"
	"dyad/cluster"
)

func TestTone(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	withTone := func(r cluster.Report, tone *float64) cluster.Report {
		r.ArticleTone = tone
		return r
	}
	day := func(art string) cluster.Report {
		return report(art, art+".example", "CANGOV", "CHNGOV", "040", "2026-01-16", dyad.PrecisionDay, "")
	}
	twice := day("a")
	twice.Event.ID += "-2"
	twice.Event.Evidence.Span = dyad.Span{Start: 50, End: 60}
	tests := []struct {
		name    string
		reports []cluster.Report
		want    *float64
	}{
		{"no article scored", []cluster.Report{day("a"), day("b")}, nil},
		{"mean of the articles", []cluster.Report{withTone(day("a"), f(-10)), withTone(day("b"), f(4)), day("c")}, f(-3)},
		{"an article reporting it twice counts once", []cluster.Report{withTone(day("a"), f(-10)), withTone(twice, f(-10)),
			withTone(day("b"), f(5))}, f(-2.5)},
		{"rounded to two decimals", []cluster.Report{withTone(day("a"), f(1)), withTone(day("b"), f(1)), withTone(day("c"), f(0))}, f(0.67)},
	}
	for _, tt := range tests {
		cs := cluster.Group(tt.reports)
		if len(cs) != 1 {
			t.Fatalf("%s: %d clusters, want 1", tt.name, len(cs))
		}
		got := cs[0].Event.Tone
		if (got == nil) != (tt.want == nil) || got != nil && *got != *tt.want {
			t.Errorf("%s: tone %v, want %v", tt.name, deref(got), deref(tt.want))
		}
		articleTone := map[string]any{}
		for _, r := range tt.reports {
			articleTone[r.Event.ID] = deref(r.ArticleTone)
		}
		for _, m := range cs[0].Event.Mentions {
			if got, want := deref(m.DocTone), articleTone[m.EventID]; got != want {
				t.Errorf("%s: mention %s doc tone %v, want the article's %v", tt.name, m.EventID, got, want)
			}
		}
	}
}

func deref(p *float64) any {
	if p == nil {
		return "nil"
	}
	return *p
}
