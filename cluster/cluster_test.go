package cluster_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
	"dyad/cluster"
)

// report builds a report "src plover/code tgt on date" from article art at site.
func report(art, site, src, tgt, code, date string, prec dyad.Precision, place string) cluster.Report {
	plover := map[string]string{"040": "CONSULT", "111": "ACCUSE", "010": ""}[code]
	e := dyad.Event{ID: art + "-" + src + tgt + code, Source: dyad.Participant{Actor: dyad.NewActor(src[:3], src[3:], "", "")},
		Target: &dyad.Participant{Actor: dyad.NewActor(tgt[:3], tgt[3:], "", "")}, CAMEO: code, CAMEORoot: code[:2], PLOVER: plover,
		Date: date, DatePrecision: prec, Mood: dyad.MoodAsserted}
	if place != "" {
		e.Location = &dyad.Location{Name: place + " city", Country: place}
	}
	return cluster.Report{Event: e, ArticleID: art, Site: site, Published: "2026-01-20", SentenceText: "text of " + art}
}

func TestBlock(t *testing.T) {
	a := report("a", "", "CANGOV", "CHNGOV", "040", "2026-01-16", dyad.PrecisionDay, "")
	tests := []struct {
		name string
		r    cluster.Report
		same bool
	}{
		{"reversed symmetric type", report("b", "", "CHN", "CAN", "040", "2026-01-30", dyad.PrecisionDay, ""), true},
		{"same month, month precision", report("b", "", "CAN", "CHN", "040", "2026-01-01", dyad.PrecisionMonth, ""), true},
		{"other month", report("b", "", "CAN", "CHN", "040", "2026-02-01", dyad.PrecisionDay, ""), false},
		{"year precision", report("b", "", "CAN", "CHN", "040", "2026-01-01", dyad.PrecisionYear, ""), false},
		{"other family", report("b", "", "CAN", "CHN", "111", "2026-01-16", dyad.PrecisionDay, ""), false},
		{"other pair", report("b", "", "CAN", "USA", "040", "2026-01-16", dyad.PrecisionDay, ""), false},
	}
	for _, tt := range tests {
		if got := cluster.Block(tt.r) == cluster.Block(a); got != tt.same {
			t.Errorf("%s: Block(%q) == Block(%q) is %v, want %v", tt.name, cluster.Block(tt.r), cluster.Block(a), got, tt.same)
		}
	}
	accuse := report("b", "", "CAN", "CHN", "111", "2026-01-16", dyad.PrecisionDay, "")
	reversed := report("c", "", "CHN", "CAN", "111", "2026-01-16", dyad.PrecisionDay, "")
	if cluster.Block(accuse) == cluster.Block(reversed) {
		t.Errorf("ACCUSE is directed: CAN→CHN and CHN→CAN share block %q", cluster.Block(accuse))
	}
	undated := report("d", "", "CAN", "CHN", "040", "", dyad.PrecisionUnknown, "")
	if b := cluster.Block(undated); !strings.HasSuffix(b, "article:d") {
		t.Errorf("Block(undated) = %q; want one per article", b)
	}
}

// summary describes clusters for comparison: anchor date, precision,
// place and the articles of the members.
func summary(cs []cluster.Cluster, rs []cluster.Report) []string {
	var out []string
	for _, c := range cs {
		var arts []string
		for _, i := range c.Members {
			arts = append(arts, rs[i].ArticleID)
		}
		place := ""
		if c.Event.Location != nil {
			place = c.Event.Location.Country
		}
		out = append(out, c.Event.Date+" "+string(c.Event.DatePrecision)+" "+place+" "+strings.Join(arts, ","))
	}
	return out
}

func TestGroup(t *testing.T) {
	rs := []cluster.Report{
		report("a1", "afp", "CANGOV", "CHNGOV", "040", "2026-01-16", dyad.PrecisionDay, ""),
		report("a2", "ap", "CHNGOV", "CANGOV", "040", "2026-01-16", dyad.PrecisionDay, "CHN"),
		report("a3", "xinhua", "CANGOV", "CHNGOV", "040", "2026-01-17", dyad.PrecisionDay, ""),
		report("a4", "cd", "CANGOV", "CHNGOV", "040", "2026-01-15", dyad.PrecisionDay, ""),
		report("a5", "cbc", "CANGOV", "CHNGOV", "040", "2026-01-16", dyad.PrecisionDay, "CAN"), // same day, other place
		report("a9", "bbc", "CANGOV", "CHNGOV", "040", "2026-01-16", dyad.PrecisionDay, "CHN"),
		report("a6", "weekly", "CANGOV", "CHNGOV", "040", "2026-01-01", dyad.PrecisionMonth, ""),
		report("a7", "afp", "CANGOV", "CHNGOV", "040", "2026-01-26", dyad.PrecisionDay, ""),
		report("a8", "afp", "CANGOV", "CHNGOV", "040", "2026-01-28", dyad.PrecisionDay, ""), // two days later: another meeting
	}
	got := cluster.Group(rs)
	want := []string{
		"2026-01-16 day CHN a1,a2,a3,a4,a6,a9",
		"2026-01-16 day CAN a5",
		"2026-01-26 day  a7",
		"2026-01-28 day  a8",
	}
	sorted := summary(got, rs)
	if diff := cmp.Diff(sortStrings(want), sortStrings(sorted)); diff != "" {
		t.Errorf("Group (-want +got):\n%s", diff)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 { // any order of arrival gives the same clusters
		shuffled := append([]cluster.Report(nil), rs...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		again := cluster.Group(shuffled)
		if diff := cmp.Diff(eventsOf(got), eventsOf(again)); diff != "" {
			t.Fatalf("Group depends on the order of reports (-first +shuffled):\n%s", diff)
		}
	}
	if got := cluster.Group(nil); got != nil {
		t.Errorf("Group(nil) = %v", got)
	}
}

func eventsOf(cs []cluster.Cluster) []dyad.MergedEvent {
	out := make([]dyad.MergedEvent, len(cs))
	for i, c := range cs {
		out[i] = c.Event
	}
	return out
}

func sortStrings(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestCounts(t *testing.T) {
	wire := "Canadian Prime Minister Mark Carney met Chinese Premier Li Qiang in Beijing on Friday."
	a := report("a", "", "CANGOV", "CHNGOV", "040", "2026-01-16", dyad.PrecisionDay, "")
	a.URL, a.SentenceText = "https://www.afp.example/x", wire
	copyOfA := report("b", "", "CANGOV", "CHNGOV", "040", "2026-01-16", dyad.PrecisionDay, "")
	copyOfA.URL, copyOfA.SentenceText = "https://reprints.example/y", wire
	marked := report("c", "", "CANGOV", "CHNGOV", "040", "2026-01-16", dyad.PrecisionDay, "")
	marked.URL, marked.DuplicateOf = "https://mirror.example/z", "a"
	sameOutlet := report("d", "", "CANGOV", "CHNGOV", "040", "2026-01-16", dyad.PrecisionDay, "")
	sameOutlet.URL = "https://afp.example/other"
	other := report("e", "", "CHNGOV", "CANGOV", "040", "2026-01-16", dyad.PrecisionDay, "")
	other.URL = "https://xinhua.example/q"
	twice := other // the same report coded twice ("A and B met" gives A→B and B→A)
	twice.Event.ID = "e-twice"
	got := cluster.Group([]cluster.Report{a, copyOfA, marked, sameOutlet, other, twice})
	if len(got) != 1 {
		t.Fatalf("Group = %d clusters, want 1", len(got))
	}
	m := got[0].Event
	if m.NumMentions != 5 || m.NumArticles != 5 || m.NumSources != 2 {
		t.Errorf("counts = mentions %d, articles %d, sources %d; want 5, 5, 2 (AFP with its copies and AFP again; Xinhua)",
			m.NumMentions, m.NumArticles, m.NumSources)
	}
	if m.Source.Code != "CANGOV" || m.Confidence != cluster.Confidence(2, dyad.PrecisionDay) || m.FirstSeen != "2026-01-20" {
		t.Errorf("merged = %+v", m)
	}
	if len(m.Mentions) != 6 {
		t.Errorf("%d mentions listed, want every report (6)", len(m.Mentions))
	}
}

func TestConfidence(t *testing.T) {
	prev := 0.0
	for n := 1; n <= 6; n++ {
		c := cluster.Confidence(n, dyad.PrecisionDay)
		if c <= prev || c >= 1 {
			t.Errorf("Confidence(%d) = %v; want growing, below 1", n, c)
		}
		prev = c
	}
	if cluster.Confidence(2, dyad.PrecisionMonth) >= cluster.Confidence(2, dyad.PrecisionDay) {
		t.Errorf("a month-precision date should lower confidence")
	}
}
