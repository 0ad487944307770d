package storetest

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"dyad"
	"dyad/cluster"
)

// SynthMention is one generated report of a SynthEvent.
type SynthMention struct {
	ID         string // ID is the report's event id.
	ArticleID  string // ArticleID is its article's id; NewArticle says when it is a new one.
	NewArticle bool   // NewArticle is true for the first report of an article.
	Outlet     string // Outlet is the article's site.
	Published  string // Published is the article's publication date.
	Sentence   string // Sentence is the sentence text.
}

// SynthEvent is one generated merged event with its reports, for
// benchmarks that need a store of realistic size and shape.
type SynthEvent struct {
	Event    dyad.MergedEvent // Event is the merged event (Mentions empty).
	Block    string           // Block is its cluster block.
	Mentions []SynthMention   // Mentions are its reports.
}

// SynthCountries are the countries of the synthetic corpus, most reported
// first (a Zipf law picks them): USA–CHN is the busiest dyad.
var SynthCountries = []string{"USA", "CHN", "RUS", "GBR", "CAN", "FRA", "DEU", "IND", "JPN", "UKR",
	"ISR", "IRN", "TUR", "BRA", "KOR", "PRK", "PAK", "AFG", "SYR", "SAU", "EGY", "MEX", "AUS", "ITA",
	"ESP", "NGA", "ZAF", "KEN", "ETH", "IDN", "PHL", "VNM", "THA", "MMR", "IRQ", "LBN", "QAT", "ARE",
	"POL", "NLD", "BEL", "SWE", "NOR", "FIN", "GRC", "SRB", "HUN", "ARG", "CHL", "COL", "VEN", "CUB",
	"PER", "BOL", "SDN", "SOM", "LBY", "DZA", "MAR", "TUN"}

var synthCodes = []struct {
	code, plover string
	quad         int
	gold         float64
}{
	{"010", "", 1, 0}, {"036", "CONSULT", 1, 4}, {"040", "CONSULT", 1, 1}, {"042", "CONSULT", 1, 1.9},
	{"043", "CONSULT", 1, 2.8}, {"051", "SUPPORT", 1, 3.4}, {"057", "AGREE", 1, 8}, {"061", "COOPERATE", 2, 6.4},
	{"071", "AID", 2, 7.4}, {"111", "ACCUSE", 3, -2}, {"112", "ACCUSE", 3, -2}, {"130", "THREATEN", 3, -4.4},
	{"141", "PROTEST", 3, -6.5}, {"163", "COERCE", 4, -8}, {"172", "COERCE", 4, -5}, {"190", "ASSAULT", 4, -10},
}

// Synthetic generates merged events with n reports in all, deterministic
// for a seed: actors by a Zipf law over SynthCountries, dates uniform over
// 2016–2025, one to eight reports per event (mean about 3), five reports
// per article, and calls fn for each event in order.
func Synthetic(n int, seed uint64, fn func(*SynthEvent) error) error {
	r := rand.New(rand.NewPCG(seed, 0x64796164))
	zipf := newZipf(len(SynthCountries), 1.1)
	start := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC)
	made, article := 0, -1
	for c := 0; made < n; c++ {
		src := SynthCountries[zipf(r)]
		tgt := SynthCountries[zipf(r)]
		for tgt == src {
			tgt = SynthCountries[zipf(r)]
		}
		code := synthCodes[r.IntN(len(synthCodes))]
		date := start.AddDate(0, 0, r.IntN(3653))
		k := min(1+int(r.ExpFloat64()*2.2), 8, n-made)
		ev := &SynthEvent{}
		e := &ev.Event
		e.Source = dyad.NewActor(src, "GOV", "", "")
		t := dyad.NewActor(tgt, "GOV", "", "")
		e.Target = &t
		e.CAMEO, e.CAMEORoot, e.PLOVER, e.QuadClass, e.Goldstein = code.code, code.code[:2], code.plover, code.quad, code.gold
		e.Date, e.DatePrecision, e.Mood = dyad.FormatDate(date), dyad.PrecisionDay, dyad.MoodAsserted
		e.NumMentions, e.NumArticles, e.NumSources = k, k, max(1, k-r.IntN(2))
		e.Confidence = cluster.Confidence(e.NumSources, dyad.PrecisionDay)
		e.FirstSeen = e.Date
		e.LastSeen = dyad.FormatDate(date.AddDate(0, 0, r.IntN(3)))
		ev.Block = fmt.Sprintf("asserted|%s|%s|%s|%s", cluster.Family(dyad.Event{PLOVER: code.plover, CAMEORoot: code.code[:2]}), src, tgt, e.Date[:7])
		e.ID = cluster.ID(ev.Block, e.Date, dyad.PrecisionDay, fmt.Sprint(c))
		for i := 0; i < k; i++ {
			if made%5 == 0 {
				article++
			}
			ev.Mentions = append(ev.Mentions, SynthMention{
				ID: fmt.Sprintf("m%011d", made), ArticleID: fmt.Sprintf("a%010d", article), NewArticle: made%5 == 0,
				Outlet: fmt.Sprintf("outlet%03d.example", r.IntN(500)), Published: e.LastSeen,
				Sentence: fmt.Sprintf("Officials of %s and %s were reported to have acted (%s) on %s.", src, tgt, code.code, e.Date)})
			made++
		}
		if err := fn(ev); err != nil {
			return err
		}
	}
	return nil
}

// newZipf returns a sampler of 0..n-1 with P(i) ∝ 1/(i+1)^s.
func newZipf(n int, s float64) func(*rand.Rand) int {
	cum := make([]float64, n)
	total := 0.0
	for i := range cum {
		total += 1 / math.Pow(float64(i+1), s)
		cum[i] = total
	}
	return func(r *rand.Rand) int {
		x := r.Float64() * total
		lo, hi := 0, n-1
		for lo < hi {
			mid := (lo + hi) / 2
			if cum[mid] < x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo
	}
}

// RunQueryBenchmarks runs the query benchmarks against a store holding the
// synthetic corpus.
func RunQueryBenchmarks(b *testing.B, s dyad.Store) {
	ctx := context.Background()
	from, _ := dyad.ParseDate("2025-01-01")
	to, _ := dyad.ParseDate("2025-12-31")
	benches := []struct {
		name string
		fn   func() (int, error)
	}{
		{"series/USA-CHN/both/week/10y", func() (int, error) {
			p, err := s.Series(ctx, dyad.SeriesQuery{Source: "USA", Target: "CHN", Both: true, By: dyad.Week})
			return len(p), err
		}},
		{"series/CAN-CHN/day/10y", func() (int, error) {
			p, err := s.Series(ctx, dyad.SeriesQuery{Source: "CAN", Target: "CHN", By: dyad.Day})
			return len(p), err
		}},
		{"series/USA-CHN/both/month/2025", func() (int, error) {
			p, err := s.Series(ctx, dyad.SeriesQuery{Source: "USA", Target: "CHN", Both: true, By: dyad.Month, From: &from, To: &to})
			return len(p), err
		}},
		{"events/USA-CHN/2025/page+mentions", func() (int, error) {
			e, _, err := s.MergedEvents(ctx, dyad.EventFilter{Source: ptr("USA"), Target: ptr("CHN"), From: &from, To: &to, Mentions: true})
			return len(e), err
		}},
		{"top/dyads/2025", func() (int, error) {
			r, err := s.Top(ctx, dyad.TopQuery{Dyads: true, From: &from, To: &to})
			return len(r), err
		}},
	}
	for _, bb := range benches {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				if n, err := bb.fn(); err != nil || n == 0 {
					b.Fatalf("%d rows, %v", n, err)
				}
			}
		})
	}
}
