package storetest

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
)

// Report is one event report of a test article: in sentence Sentence, Source
// does CAMEO to Target on Date.
type Report struct {
	Sentence       int
	Source, Target string // full codes ("CANGOV")
	CAMEO          string // "040" CONSULT, "163" SANCTION/COERCE, "111" ACCUSE …
	Date           string
	Precision      dyad.Precision // "" means day
	Mood           dyad.Mood      // "" means asserted
}

// codes maps the CAMEO codes the suite uses to PLOVER, quad class and Goldstein.
var codes = map[string]struct {
	plover string
	quad   int
	gold   float64
}{
	"040": {"CONSULT", 1, 1}, "042": {"CONSULT", 1, 1.9}, "057": {"AGREE", 1, 8},
	"111": {"ACCUSE", 3, -2}, "163": {"COERCE", 4, -8}, "190": {"ASSAULT", 4, -10},
}

// Article returns the analysis of an article made of sentences (joined by
// a space) from url, published on published, with the given reports; the
// evidence of each report is its sentence's first word.
func Article(url, site, published string, sentences []string, reports ...Report) *dyad.Analysis {
	text := strings.Join(sentences, " ")
	a := Fixture(text, url, published, nil)
	a.Article.Site = site
	a.Sentences = nil
	at := 0
	for _, s := range sentences {
		a.Sentences = append(a.Sentences, dyad.Sentence{Span: dyad.Span{Start: at, End: at + len(s)}})
		at += len(s) + 1
	}
	for i, r := range reports {
		c := codes[r.CAMEO]
		sent := a.Sentences[r.Sentence].Span
		word := strings.IndexByte(text[sent.Start:sent.End]+" ", ' ')
		ev := dyad.Span{Start: sent.Start, End: sent.Start + word}
		src := dyad.Participant{Actor: dyad.NewActor(r.Source[:3], r.Source[3:], "", ""), Span: ev}
		tgt := dyad.Participant{Actor: dyad.NewActor(r.Target[:3], r.Target[3:], "", ""), Span: ev}
		prec, mood := r.Precision, r.Mood
		if prec == "" {
			prec = dyad.PrecisionDay
		}
		if mood == "" {
			mood = dyad.MoodAsserted
		}
		a.Events = append(a.Events, dyad.Event{ID: a.Article.ID + "-" + string(rune('a'+i)), Source: src, Target: &tgt,
			CAMEO: r.CAMEO, CAMEORoot: r.CAMEO[:2], PLOVER: c.plover, QuadClass: c.quad, Goldstein: c.gold,
			Date: r.Date, DatePrecision: prec, Mood: mood, Sentence: r.Sentence,
			Evidence: dyad.Evidence{Span: ev, Text: ev.In(text)}})
	}
	return a
}

// The meeting of 16 January as five outlets report it; a wire story
// reprinted word for word by a second site; and other events around it.
const wire = "Canadian Prime Minister Mark Carney met Chinese Premier Li Qiang in Beijing on Friday to discuss canola tariffs."

// Meetings returns the articles of the merged-event tests.
func Meetings() []*dyad.Analysis {
	return []*dyad.Analysis{
		Article("https://afp.example/carney-li", "", "2026-01-16", []string{wire, "Trade dominated the talks."},
			Report{0, "CANGOV", "CHNGOV", "040", "2026-01-16", "", ""}),
		Article("https://www.straits.example/world/carney", "", "2026-01-17", []string{"Reprinted from the wire.", wire},
			Report{1, "CANGOV", "CHNGOV", "040", "2026-01-16", "", ""}),
		Article("https://xinhua.example/li-carney", "Xinhua", "2026-01-16", []string{"Li Qiang held talks with Mark Carney in Beijing.", "Li said ties were improving."},
			Report{0, "CHNGOV", "CANGOV", "040", "2026-01-16", "", ""}),
		Article("https://chinadaily.example/a", "", "2026-01-18", []string{"Premier Li and the Canadian leader met on Saturday in Beijing.", "Canada and China met."},
			Report{0, "CHNGOV", "CANGOV", "040", "2026-01-17", "", ""},
			Report{1, "CAN", "CHN", "040", "2026-01-17", "", ""}),
		Article("https://weekly.example/review", "", "2026-01-24", []string{"Carney and Li met in January.", "Ottawa accused Beijing of dumping steel on Thursday.", "Carney will meet Li again in June."},
			Report{0, "CANGOV", "CHNGOV", "040", "2026-01-01", dyad.PrecisionMonth, ""},
			Report{1, "CANGOV", "CHNGOV", "111", "2026-01-22", "", ""},
			Report{2, "CANGOV", "CHNGOV", "040", "2026-06-01", dyad.PrecisionMonth, dyad.MoodPlanned}),
		Article("https://afp.example/carney-li-2", "", "2026-01-27", []string{"Carney met Li again in Beijing on Monday."},
			Report{0, "CANGOV", "CHNGOV", "040", "2026-01-26", "", ""}),
		Article("https://ap.example/tariffs", "", "2026-01-05", []string{"Washington imposed tariffs on Canadian steel."},
			Report{0, "USAGOV", "CANBUS", "163", "2026-01-05", "", ""}),
	}
}

func putAll(t *testing.T, s dyad.Store, as []*dyad.Analysis) {
	t.Helper()
	for _, a := range as {
		mustPut(t, s, a)
	}
}

// brief is what the merged-event tests compare.
type brief struct {
	Source, Target, CAMEO, Date string
	Mentions, Articles, Sources int
	First, Last                 string
}

func briefs(ms []dyad.MergedEvent) []brief {
	out := []brief{}
	for _, m := range ms {
		t := ""
		if m.Target != nil {
			t = m.Target.Code
		}
		out = append(out, brief{m.Source.Code, t, m.CAMEO, m.Date, m.NumMentions, m.NumArticles, m.NumSources, m.FirstSeen, m.LastSeen})
	}
	return out
}

func testMergedAcrossOutlets(t *testing.T, s dyad.Store) {
	putAll(t, s, Meetings())
	got, total, err := s.MergedEvents(ctx, dyad.EventFilter{Mentions: true})
	if err != nil {
		t.Fatalf("MergedEvents: %v", err)
	}
	want := []brief{
		{"USAGOV", "CANBUS", "163", "2026-01-05", 1, 1, 1, "2026-01-05", "2026-01-05"},
		// AFP, the reprint (same wire sentence: one source with AFP), Xinhua,
		// China Daily (two reports: one coded CAN→CHN at country level), the weekly's "in January".
		{"CANGOV", "CHNGOV", "040", "2026-01-16", 6, 5, 4, "2026-01-16", "2026-01-24"},
		{"CANGOV", "CHNGOV", "111", "2026-01-22", 1, 1, 1, "2026-01-24", "2026-01-24"},
		{"CANGOV", "CHNGOV", "040", "2026-01-26", 1, 1, 1, "2026-01-27", "2026-01-27"},
	}
	if diff := cmp.Diff(want, briefs(got)); diff != "" || total != len(want) {
		t.Fatalf("MergedEvents (total %d) (-want +got):\n%s", total, diff)
	}
	meeting := got[1]
	if meeting.Confidence <= got[0].Confidence || meeting.Confidence > 1 {
		t.Errorf("confidence of the 4-source meeting %.3f, of a 1-source event %.3f; want more, at most 1", meeting.Confidence, got[0].Confidence)
	}
	var afp *dyad.EventMention
	for i, m := range meeting.Mentions {
		if m.URL == "https://afp.example/carney-li" {
			afp = &meeting.Mentions[i]
		}
	}
	if afp == nil || afp.Sentence != wire || afp.Evidence.Text != "Canadian" || afp.Site != "afp.example" || afp.ArticleID == "" {
		t.Errorf("AFP mention = %+v; want the AFP article's sentence, evidence and outlet", afp)
	}
	if len(meeting.Mentions) != 6 {
		t.Errorf("meeting has %d mentions, want 6", len(meeting.Mentions))
	}
	all, _, _ := s.MergedEvents(ctx, dyad.EventFilter{AllMoods: true})
	if len(all) != len(want)+1 {
		t.Errorf("MergedEvents(all moods) = %d events, want %d (the planned June meeting too)", len(all), len(want)+1)
	}
}

func testMergedIdempotent(t *testing.T, s dyad.Store) {
	as := Meetings()
	putAll(t, s, as[3:])
	putAll(t, s, as[:3]) // earlier reports arrive later and join the clusters
	for _, a := range as {
		if ok, err := s.PutAnalysis(ctx, a); ok || err != nil {
			t.Fatalf("PutAnalysis(again) = %v, %v", ok, err)
		}
	}
	incremental, _, err := s.MergedEvents(ctx, dyad.EventFilter{AllMoods: true, Mentions: true})
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Recluster(ctx)
	if err != nil || n != len(incremental) {
		t.Fatalf("Recluster = %d, %v; want %d", n, err, len(incremental))
	}
	rebuilt, _, _ := s.MergedEvents(ctx, dyad.EventFilter{AllMoods: true, Mentions: true})
	if diff := cmp.Diff(incremental, rebuilt); diff != "" {
		t.Errorf("Recluster changed the clusters built incrementally (-incremental +rebuilt):\n%s", diff)
	}
	reports, _, _ := s.Events(ctx, dyad.EventFilter{AllMoods: true})
	for _, r := range reports {
		if r.ClusterID == "" {
			t.Errorf("report %s has no cluster id", r.ID)
		}
	}
}

func ptrInt(v int) *int { return &v }

func testMergedFilters(t *testing.T, s dyad.Store) {
	putAll(t, s, Meetings())
	tests := []struct {
		name string
		f    dyad.EventFilter
		want int
	}{
		{"all", dyad.EventFilter{}, 4},
		{"one direction", dyad.EventFilter{Source: ptr("CHN"), Target: ptr("CAN")}, 0},
		{"either direction", dyad.EventFilter{Source: ptr("CHN"), Target: ptr("CAN"), Either: true}, 3},
		{"one actor either role", dyad.EventFilter{Source: ptr("CAN"), Either: true}, 4},
		{"full code", dyad.EventFilter{Target: ptr("CANBUS")}, 1},
		{"type", dyad.EventFilter{PLOVER: ptr("consult")}, 2},
		{"cameo prefix", dyad.EventFilter{CAMEO: ptr("1")}, 2},
		{"quad class", dyad.EventFilter{QuadClass: ptrInt(3)}, 1},
		{"date range", dyad.EventFilter{From: day("2026-01-10"), To: day("2026-01-23")}, 2},
		{"outlet by host", dyad.EventFilter{Outlet: ptr("straits.example")}, 1},
		{"outlet by site", dyad.EventFilter{Outlet: ptr("xinhua")}, 1},
		{"article", dyad.EventFilter{ArticleID: ptr(Meetings()[5].Article.ID)}, 1},
		{"confidence", dyad.EventFilter{MinConfidence: ptr(0.9)}, 1},
		{"paging", dyad.EventFilter{Page: dyad.Page{Offset: 1, Limit: 2}}, 2},
	}
	for _, tt := range tests {
		got, total, err := s.MergedEvents(ctx, tt.f)
		if err != nil {
			t.Fatalf("%s: MergedEvents: %v", tt.name, err)
		}
		if len(got) != tt.want {
			t.Errorf("%s: MergedEvents = %d events (total %d), want %d", tt.name, len(got), total, tt.want)
		}
		for _, m := range got {
			if len(m.Mentions) != 0 {
				t.Errorf("%s: mentions returned without f.Mentions", tt.name)
			}
		}
	}
	var n int
	stop := errors.New("stop")
	err := s.EachMergedEvent(ctx, dyad.EventFilter{Mentions: true}, func(m dyad.MergedEvent) error {
		if n++; len(m.Mentions) == 0 {
			t.Errorf("EachMergedEvent: %s without mentions", m.ID)
		}
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("EachMergedEvent stopped after %d with %v; want 3, the callback's error", n, err)
	}
}

func testMarkDuplicate(t *testing.T, s dyad.Store) {
	a := Article("https://one.example/a", "", "2026-01-16", []string{"Carney met Li in Beijing on Friday."},
		Report{0, "CANGOV", "CHNGOV", "040", "2026-01-16", "", ""})
	b := Article("https://two.example/b", "", "2026-01-17", []string{"The Canadian leader and Li Qiang held talks."},
		Report{0, "CANGOV", "CHNGOV", "040", "2026-01-16", "", ""})
	putAll(t, s, []*dyad.Analysis{a, b})
	sources := func() int {
		got, _, err := s.MergedEvents(ctx, dyad.EventFilter{})
		if err != nil || len(got) != 1 {
			t.Fatalf("MergedEvents = %d events, %v; want 1", len(got), err)
		}
		return got[0].NumSources
	}
	if n := sources(); n != 2 {
		t.Errorf("two outlets: %d sources, want 2", n)
	}
	if err := s.MarkDuplicate(ctx, b.Article.ID, a.Article.ID); err != nil {
		t.Fatalf("MarkDuplicate: %v", err)
	}
	if n := sources(); n != 1 {
		t.Errorf("after marking b a copy of a: %d sources, want 1", n)
	}
	if err := s.MarkDuplicate(ctx, b.Article.ID, ""); err != nil {
		t.Fatalf("MarkDuplicate(clear): %v", err)
	}
	if n := sources(); n != 2 {
		t.Errorf("after clearing the mark: %d sources, want 2", n)
	}
	if err := s.MarkDuplicate(ctx, "nope", a.Article.ID); dyad.ErrorCode(err) != dyad.ENOTFOUND {
		t.Errorf("MarkDuplicate(missing) error = %v, want %s", err, dyad.ENOTFOUND)
	}
	if err := s.MarkDuplicate(ctx, a.Article.ID, a.Article.ID); dyad.ErrorCode(err) != dyad.EINVALID {
		t.Errorf("MarkDuplicate(self) error = %v, want %s", err, dyad.EINVALID)
	}
}
