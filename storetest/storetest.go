// Package storetest provides the conformance suite that every dyad.Store
// implementation must pass: SQLite in every test run, PostgreSQL when one
// is reachable. Each test gets a fresh, empty store from the caller.
package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"dyad"
)

// Open returns a fresh, empty store for one test; the caller closes it in
// t.Cleanup.
type Open func(t *testing.T) dyad.Store

// Run runs the whole suite against stores made by open.
func Run(t *testing.T, open Open) {
	tests := []struct {
		name string
		fn   func(*testing.T, dyad.Store)
	}{
		{"PutAnalysisIsIdempotent", testPutIdempotent},
		{"AnalysisRoundTrip", testRoundTrip},
		{"AnalysisNotFound", testNotFound},
		{"EventFilters", testEventFilters},
		{"EventPaging", testEventPaging},
		{"QuoteFilters", testQuoteFilters},
		{"QuoteGroupsAcrossArticles", testQuoteGroups},
		{"FailuresOncePerReason", testFailures},
		{"MergedAcrossOutlets", testMergedAcrossOutlets},
		{"MergedIncrementalEqualsRebuild", testMergedIdempotent},
		{"MergedFilters", testMergedFilters},
		{"MarkDuplicate", testMarkDuplicate},
		{"Series", testSeries},
		{"Tone", testTone},
		{"Top", testTop},
		{"Search", testSearch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

var ctx = context.Background()

// Fixture returns an analysis of text with one event per (source, target,
// plover, cameo, date, mood) row and one quote per speaker.
func Fixture(text, url, published string, events [][6]string, speakers ...string) *dyad.Analysis {
	art := dyad.Article{URL: url, Text: text, PublishedSource: dyad.PublishedUnknown}
	if published != "" {
		art.Published, _ = dyad.ParseDate(published)
		art.PublishedSource = dyad.PublishedCaller
	}
	a := dyad.NewAnalysis(art)
	a.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: len(text)}}}
	for i, e := range events {
		src := dyad.Participant{Actor: dyad.NewActor(e[0][:3], e[0][3:], "", "")}
		tgt := dyad.Participant{Actor: dyad.NewActor(e[1][:3], e[1][3:], "", "")}
		a.Events = append(a.Events, dyad.Event{ID: a.Article.ID + "-" + string(rune('a'+i)), Source: src, Target: &tgt,
			PLOVER: e[2], CAMEO: e[3], CAMEORoot: e[3][:2], QuadClass: 1, Goldstein: 1, Date: e[4],
			DatePrecision: dyad.PrecisionDay, Mood: dyad.Mood(e[5]), Evidence: dyad.Evidence{Span: dyad.Span{Start: 0, End: 1}, Text: text[:1]}})
	}
	for _, s := range speakers {
		actor := dyad.NewActor("CHN", "GOV", s, "")
		a.Quotes = append(a.Quotes, dyad.Quote{Text: text[:1], Span: dyad.Span{Start: 0, End: 1}, Direct: true,
			Speaker: &dyad.Speaker{Name: s, Actor: &actor}})
	}
	return a
}

func mustPut(t *testing.T, s dyad.Store, a *dyad.Analysis) {
	t.Helper()
	if ok, err := s.PutAnalysis(ctx, a); err != nil || !ok {
		t.Fatalf("PutAnalysis(%s) = %v, %v; want true, nil", a.Article.ID, ok, err)
	}
}

func testPutIdempotent(t *testing.T, s dyad.Store) {
	a := Fixture("Xi met Carney.", "https://example.org/a", "2026-01-16", [][6]string{{"CHNGOV", "CANGOV", "CONSULT", "040", "2026-01-16", "asserted"}})
	mustPut(t, s, a)
	if ok, err := s.PutAnalysis(ctx, a); err != nil || ok {
		t.Errorf("PutAnalysis(same article) = %v, %v; want false, nil", ok, err)
	}
	sameURL := Fixture("Xi met Carney (updated).", "https://example.org/a", "2026-01-16", nil)
	if ok, err := s.PutAnalysis(ctx, sameURL); err != nil || ok {
		t.Errorf("PutAnalysis(same URL, new text) = %v, %v; want false, nil", ok, err)
	}
	sameText := Fixture("Xi met Carney.", "https://mirror.example.org/a", "2026-01-16", nil)
	if ok, err := s.PutAnalysis(ctx, sameText); err != nil || ok {
		t.Errorf("PutAnalysis(same text, new URL) = %v, %v; want false, nil", ok, err)
	}
	noURL := Fixture("Another story.", "", "", nil)
	noURL2 := Fixture("A third story.", "", "", nil)
	mustPut(t, s, noURL)
	mustPut(t, s, noURL2)
	_, total, err := s.Events(ctx, dyad.EventFilter{})
	if err != nil || total != 1 {
		t.Errorf("Events after duplicates: total %d, err %v; want 1 event", total, err)
	}
	bad := Fixture("Tampered.", "", "", nil)
	bad.Article.ID = "0000"
	if _, err := s.PutAnalysis(ctx, bad); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("PutAnalysis(wrong id) error = %v, want %s", err, dyad.EINVALID)
	}
}

func testRoundTrip(t *testing.T, s dyad.Store) {
	a := Fixture("Xi met Carney in Beijing.", "https://example.org/b", "2026-01-16",
		[][6]string{{"CHNGOV", "CANGOV", "CONSULT", "040", "2026-01-16", "asserted"}}, "Xi Jinping")
	a.Article.Title, a.Article.Language = "Talks", "en"
	a.Status = []dyad.Status{{Stage: "sentences", OK: true}}
	mustPut(t, s, a)
	got, err := s.Analysis(ctx, a.Article.ID)
	if err != nil {
		t.Fatalf("Analysis: %v", err)
	}
	if diff := cmp.Diff(a, got); diff != "" {
		t.Errorf("Analysis round trip (-want +got):\n%s", diff)
	}
}

func testNotFound(t *testing.T, s dyad.Store) {
	if _, err := s.Analysis(ctx, "nope"); dyad.ErrorCode(err) != dyad.ENOTFOUND {
		t.Errorf("Analysis(missing) error = %v, want %s", err, dyad.ENOTFOUND)
	}
}

func ptr[T any](v T) *T { return &v }

func day(s string) *time.Time {
	t, _ := dyad.ParseDate(s)
	return &t
}

func testEventFilters(t *testing.T, s dyad.Store) {
	mustPut(t, s, Fixture("One.", "u1", "2026-01-16", [][6]string{
		{"CHNGOV", "CANGOV", "CONSULT", "040", "2026-01-16", "asserted"},
		{"CANGOV", "CHNGOV", "CONSULT", "040", "2026-01-16", "asserted"},
		{"USAGOV", "CANBUS", "COERCE", "163", "2026-01-10", "asserted"},
		{"CANGOV", "CHNBUS", "CONSULT", "040", "2026-01-20", "planned"},
	}))
	tests := []struct {
		name string
		f    dyad.EventFilter
		want int
	}{
		{"all asserted", dyad.EventFilter{}, 3},
		{"all moods", dyad.EventFilter{AllMoods: true}, 4},
		{"source country", dyad.EventFilter{Source: ptr("CAN")}, 1},
		{"source code", dyad.EventFilter{Source: ptr("USAGOV")}, 1},
		{"target country", dyad.EventFilter{Target: ptr("CAN")}, 2},
		{"target code", dyad.EventFilter{Target: ptr("CANBUS")}, 1},
		{"dyad", dyad.EventFilter{Source: ptr("CHN"), Target: ptr("CAN")}, 1},
		{"plover", dyad.EventFilter{PLOVER: ptr("coerce")}, 1},
		{"cameo prefix", dyad.EventFilter{CAMEO: ptr("04")}, 2},
		{"from", dyad.EventFilter{From: day("2026-01-11")}, 2},
		{"to", dyad.EventFilter{To: day("2026-01-10")}, 1},
		{"range, all moods", dyad.EventFilter{From: day("2026-01-16"), To: day("2026-01-31"), AllMoods: true}, 3},
		{"other article", dyad.EventFilter{ArticleID: ptr("x")}, 0},
	}
	for _, tt := range tests {
		got, total, err := s.Events(ctx, tt.f)
		if err != nil {
			t.Fatalf("%s: Events: %v", tt.name, err)
		}
		if len(got) != tt.want || total != tt.want {
			t.Errorf("%s: Events = %d rows, total %d; want %d", tt.name, len(got), total, tt.want)
		}
	}
	got, _, _ := s.Events(ctx, dyad.EventFilter{})
	if got[0].Date != "2026-01-10" || got[0].URL != "u1" || got[0].Published != "2026-01-16" {
		t.Errorf("Events()[0] = %+v; want the 2026-01-10 event first, with its article's url and date", got[0])
	}
}

func testEventPaging(t *testing.T, s dyad.Store) {
	var rows [][6]string
	for i := 0; i < 7; i++ {
		rows = append(rows, [6]string{"CHNGOV", "CANGOV", "CONSULT", "040", "2026-01-1" + string(rune('0'+i)), "asserted"})
	}
	mustPut(t, s, Fixture("Many.", "", "", rows))
	var seen []string
	for off := 0; off < 9; off += 3 {
		got, total, err := s.Events(ctx, dyad.EventFilter{Page: dyad.Page{Offset: off, Limit: 3}})
		if err != nil || total != 7 {
			t.Fatalf("Events(offset %d): total %d, err %v; want 7", off, total, err)
		}
		for _, e := range got {
			seen = append(seen, e.Date)
		}
	}
	want := []string{"2026-01-10", "2026-01-11", "2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15", "2026-01-16"}
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("paged events (-want +got):\n%s", diff)
	}
}

func testQuoteFilters(t *testing.T, s dyad.Store) {
	mustPut(t, s, Fixture("Quotes here.", "q1", "2026-01-16", nil, "Xi Jinping", "Li Qiang"))
	mustPut(t, s, Fixture("Older quotes.", "q2", "2025-05-01", nil, "Xi Jinping"))
	tests := []struct {
		name string
		f    dyad.QuoteFilter
		want int
	}{
		{"all", dyad.QuoteFilter{}, 3},
		{"speaker", dyad.QuoteFilter{Speaker: ptr("Xi Jinping")}, 2},
		{"speaker, any case, one word", dyad.QuoteFilter{Speaker: ptr("qiang")}, 1},
		{"speaker with wildcard characters", dyad.QuoteFilter{Speaker: ptr("%")}, 0},
		{"actor", dyad.QuoteFilter{Actor: ptr("CHN")}, 3},
		{"from", dyad.QuoteFilter{From: day("2026-01-01")}, 2},
		{"to", dyad.QuoteFilter{To: day("2025-12-31")}, 1},
	}
	for _, tt := range tests {
		got, total, err := s.Quotes(ctx, tt.f)
		if err != nil {
			t.Fatalf("%s: Quotes: %v", tt.name, err)
		}
		if len(got) != tt.want || total != tt.want {
			t.Errorf("%s: Quotes = %d rows, total %d; want %d", tt.name, len(got), total, tt.want)
		}
	}
}

// quoted returns an analysis of an article that prints quotation q of
// speaker, published on day.
func quoted(url, day, speaker, q string) *dyad.Analysis {
	text := "“" + q + ",” " + speaker + " said."
	a := Fixture(text, url, day, nil)
	actor := dyad.NewActor("CHN", "GOV", speaker, "")
	span := dyad.Span{Start: len("“"), End: len("“") + len(q)}
	a.Quotes = []dyad.Quote{{Text: q, Span: span, Direct: true, Speaker: &dyad.Speaker{Name: speaker, Actor: &actor}}}
	return a
}

func testQuoteGroups(t *testing.T, s dyad.Store) {
	full := "It can be said that our meeting last year opened a new chapter in relations"
	mustPut(t, s, quoted("https://a.example/1", "2026-01-16", "Xi Jinping", full))
	mustPut(t, s, quoted("https://b.example/2", "2026-01-17", "Xi Jinping", "It can be said that our meeting last year opened a new chapter in relations."))
	mustPut(t, s, quoted("https://c.example/3", "2026-01-18", "Xi Jinping", "It can be said that our meeting last year opened a new chapter…"))
	mustPut(t, s, quoted("https://d.example/4", "2026-01-19", "Xi Jinping", "We are ready"))
	mustPut(t, s, quoted("https://e.example/5", "2026-01-19", "Li Qiang", "We are ready"))

	all, total, err := s.Quotes(ctx, dyad.QuoteFilter{})
	if err != nil || total != 5 {
		t.Fatalf("Quotes() = %d records, total %d, %v; want 5", len(all), total, err)
	}
	got, total, err := s.Quotes(ctx, dyad.QuoteFilter{Speaker: ptr("Xi Jinping"), Grouped: true})
	if err != nil {
		t.Fatalf("Quotes(grouped): %v", err)
	}
	sources := map[string][]string{}
	for _, r := range got {
		for _, src := range r.Sources {
			sources[r.Text] = append(sources[r.Text], src.URL)
		}
	}
	want := map[string][]string{
		full:           {"https://a.example/1", "https://b.example/2", "https://c.example/3"},
		"We are ready": {"https://d.example/4"},
	}
	if diff := cmp.Diff(want, sources); diff != "" || total != 2 {
		t.Errorf("Quotes(Xi Jinping, grouped): total %d, want 2; sources (-want +got):\n%s", total, diff)
	}
	for _, r := range all {
		if r.URL == "https://b.example/2" && len(r.Sources) != 3 {
			t.Errorf("ungrouped record of %s has %d sources, want its group's 3", r.URL, len(r.Sources))
		}
		if r.URL == "https://e.example/5" && len(r.Sources) != 1 {
			t.Errorf("a short quotation of another speaker joined a group: %+v", r.Sources)
		}
	}
}

func testFailures(t *testing.T, s dyad.Store) {
	f := dyad.Failure{Input: "bad.txt", Stage: "read", Reason: "text is empty"}
	for i := 0; i < 3; i++ {
		if err := s.PutFailure(ctx, f); err != nil {
			t.Fatalf("PutFailure: %v", err)
		}
	}
	if err := s.PutFailure(ctx, dyad.Failure{Input: "bad.txt", Stage: "read", Reason: "another reason"}); err != nil {
		t.Fatalf("PutFailure: %v", err)
	}
	got, total, err := s.Failures(ctx, dyad.Page{})
	if err != nil || total != 2 || len(got) != 2 {
		t.Fatalf("Failures = %d rows, total %d, err %v; want 2", len(got), total, err)
	}
	if got[0].Input != "bad.txt" || got[0].Time.IsZero() {
		t.Errorf("Failures()[0] = %+v; want input bad.txt with a time", got[0])
	}
}
