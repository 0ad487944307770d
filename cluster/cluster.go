// Package cluster merges the reports of the same event across articles: the
// AFP, AP, Xinhua and China Daily stories about one meeting become one
// dyad.MergedEvent with its mentions, counts and a confidence.
//
// Clustering is a pure function of the reports. Reports fall into blocks
// (Block): same mood, same type family (the PLOVER type, else the CAMEO
// root), same pair of countries — in either order for symmetric types such as
// CONSULT — and the same month of the event date (the same year for dates
// known to the year; one article for undated reports). Reports in different
// blocks never merge, so adding an article re-clusters only its blocks, and
// re-clustering a block from all its reports gives the same result in any
// order of arrival: incremental clustering equals clustering from scratch.
//
// Inside a block (Group), dates known to the day are anchored greedily: the
// day with the most reports becomes an event, at the place most reports
// around it name, and takes every unassigned report dated within one day of
// it at a compatible place (the same country, or either unknown); then the
// next busiest day, and so on.
// Reports dated only to the month join the busiest event of that month at a
// compatible place, or form a month-precision event. The cluster ID is the
// hash of the block and the anchor, so it is stable across runs.
//
// What it does not do: a month boundary splits a block, so reports dated
// 31 January and 1 February never merge; actors merge at the country level
// (CANGOV and CAN meeting CHN are one event), the representative actor being
// the most reported full code.
package cluster

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"time"

	"dyad"
)

// Window is how many days apart two day-precision reports of one event may
// be dated (time zones, "yesterday" read against different publication days).
const Window = 1

// Report is one event report with what clustering needs of its article.
type Report struct {
	Event        dyad.Event // Event is the report as coded in its article.
	ArticleID    string     // ArticleID is the article's content key.
	URL          string     // URL is the article's URL, or "".
	Title        string     // Title is the article's headline, or "".
	Site         string     // Site is the outlet's name or host, or "".
	Published    string     // Published is the article's publication date (YYYY-MM-DD), or "".
	DuplicateOf  string     // DuplicateOf is the article this one copies (a syndicated or near-duplicate text), or "".
	SentenceText string     // SentenceText is the text of the report's sentence.
	SentenceSpan dyad.Span  // SentenceSpan locates the sentence in the article.
	ArticleTone  *float64   // ArticleTone is the article's tone, −100..100, or nil if not scored.
}

// symmetric lists the types whose direction is arbitrary: "Carney met Li"
// and "Li met Carney" are one meeting.
var symmetric = map[string]bool{"CONSULT": true, "COOPERATE": true, "AGREE": true}

// Family returns the type family of e: its PLOVER type, else its CAMEO root.
func Family(e dyad.Event) string {
	if e.PLOVER != "" {
		return e.PLOVER
	}
	return "CAMEO" + e.CAMEORoot
}

// Symmetric reports whether e's direction does not matter.
func Symmetric(e dyad.Event) bool { return symmetric[Family(e)] }

// Block returns the key of the block r falls in; reports in different
// blocks never merge.
func Block(r Report) string {
	e := r.Event
	a, b := e.Source.Country, ""
	if e.Target != nil {
		b = e.Target.Country
	}
	if Symmetric(e) && b < a {
		a, b = b, a
	}
	return strings.Join([]string{string(e.Mood), Family(e), a, b, bucket(r)}, "|")
}

// bucket is the time part of a block key.
func bucket(r Report) string {
	d := r.Event.Date
	switch {
	case len(d) != len(dyad.DateLayout):
		return "article:" + r.ArticleID
	case r.Event.DatePrecision == dyad.PrecisionYear:
		return d[:4]
	case r.Event.DatePrecision == dyad.PrecisionUnknown:
		return "article:" + r.ArticleID
	}
	return d[:7]
}

// Cluster is one merged event and the reports it was built from.
type Cluster struct {
	Event   dyad.MergedEvent // Event is the merged event, with its mentions.
	Block   string           // Block is the key of the block it was built in.
	Members []int            // Members index the reports given to Group, in their order.
}

// Group clusters the reports of one block (see the package comment) and
// returns the clusters in order of ID. The result does not depend on the
// order of reports.
func Group(reports []Report) []Cluster {
	if len(reports) == 0 {
		return nil
	}
	order := make([]int, len(reports))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return reportLess(reports[order[i]], reports[order[j]]) })
	g := &grouping{reports: reports, assigned: make([]bool, len(reports))}
	g.anchorDays(order)
	g.attachCoarse(order)
	g.rest(order)
	out := make([]Cluster, 0, len(g.groups))
	block := Block(reports[0])
	for _, grp := range g.groups {
		sort.Slice(grp.members, func(i, j int) bool { return reportLess(reports[grp.members[i]], reports[grp.members[j]]) })
		out = append(out, Cluster{Event: merge(block, grp, reports), Block: block, Members: grp.members})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Event.ID < out[j].Event.ID })
	return out
}

func reportLess(a, b Report) bool {
	if a.ArticleID != b.ArticleID {
		return a.ArticleID < b.ArticleID
	}
	return a.Event.ID < b.Event.ID
}

// group is one cluster being built.
type group struct {
	anchor    string         // anchor date
	precision dyad.Precision // precision of the anchor
	place     string         // country of the place, or ""
	members   []int
}

type grouping struct {
	reports  []Report
	assigned []bool
	groups   []*group
}

func place(r Report) string {
	if r.Event.Location == nil {
		return ""
	}
	return r.Event.Location.Country
}

func compatible(a, b string) bool { return a == "" || b == "" || a == b }

func isDay(r Report) bool {
	return r.Event.DatePrecision == dyad.PrecisionDay && len(r.Event.Date) == len(dyad.DateLayout)
}

// anchorDays makes the day-precision events: the day with the most
// unassigned reports first (the earliest on a tie), at the place most of
// the reports around it name; it takes every compatible report within
// Window days.
func (g *grouping) anchorDays(order []int) {
	for {
		counts := map[string]int{}
		for _, i := range order {
			if r := g.reports[i]; !g.assigned[i] && isDay(r) {
				counts[r.Event.Date]++
			}
		}
		if len(counts) == 0 {
			return
		}
		best, n := "", -1
		for d, c := range counts {
			if c > n || c == n && d < best {
				best, n = d, c
			}
		}
		anchor, _ := dyad.ParseDate(best)
		near := func(r Report) bool {
			d, err := dyad.ParseDate(r.Event.Date)
			return err == nil && absDays(d.Sub(anchor)) <= Window
		}
		grp := &group{anchor: best, precision: dyad.PrecisionDay, place: g.commonPlace(order, near)}
		for _, i := range order {
			if r := g.reports[i]; !g.assigned[i] && isDay(r) && near(r) && compatible(place(r), grp.place) {
				g.take(grp, i)
			}
		}
		g.groups = append(g.groups, grp)
	}
}

// commonPlace returns the place most unassigned day reports near the
// anchor name (the smallest code on a tie), or "".
func (g *grouping) commonPlace(order []int, near func(Report) bool) string {
	counts := map[string]int{}
	for _, i := range order {
		if r := g.reports[i]; !g.assigned[i] && isDay(r) && place(r) != "" && near(r) {
			counts[place(r)]++
		}
	}
	best, n := "", 0
	for p, c := range counts {
		if c > n || c == n && p < best {
			best, n = p, c
		}
	}
	return best
}

func absDays(d time.Duration) int {
	days := int(d.Hours() / 24)
	if days < 0 {
		return -days
	}
	return days
}

func (g *grouping) take(grp *group, i int) {
	g.assigned[i] = true
	grp.members = append(grp.members, i)
}

// attachCoarse adds month-precision reports to the busiest day event of
// their month at a compatible place.
func (g *grouping) attachCoarse(order []int) {
	for _, i := range order {
		r := g.reports[i]
		if g.assigned[i] || r.Event.DatePrecision != dyad.PrecisionMonth || len(r.Event.Date) < 7 {
			continue
		}
		var best *group
		for _, grp := range g.groups {
			if grp.precision != dyad.PrecisionDay || grp.anchor[:7] != r.Event.Date[:7] || !compatible(place(r), grp.place) {
				continue
			}
			if best == nil || len(grp.members) > len(best.members) || len(grp.members) == len(best.members) && grp.anchor < best.anchor {
				best = grp
			}
		}
		if best != nil {
			g.take(best, i)
		}
	}
}

// rest groups what is left by precision, date and place: month and year
// precision events, and the undated reports of one article.
func (g *grouping) rest(order []int) {
	byKey := map[string]*group{}
	var keys []string
	for _, i := range order {
		if g.assigned[i] {
			continue
		}
		r := g.reports[i]
		prec, date := r.Event.DatePrecision, r.Event.Date
		switch {
		case prec == dyad.PrecisionMonth && len(date) >= 7:
			date = date[:7] + "-01"
		case prec == dyad.PrecisionYear && len(date) >= 4:
			date = date[:4] + "-01-01"
		default:
			prec, date = dyad.PrecisionUnknown, ""
		}
		k := string(prec) + "|" + date + "|" + place(r)
		grp := byKey[k]
		if grp == nil {
			grp = &group{anchor: date, precision: prec, place: place(r)}
			byKey[k] = grp
			keys = append(keys, k)
		}
		g.take(grp, i)
	}
	sort.Strings(keys)
	for _, k := range keys {
		g.groups = append(g.groups, byKey[k])
	}
}

// ID returns the content key of the cluster anchored at anchor in block.
func ID(block, anchor string, precision dyad.Precision, place string) string {
	sum := sha256.Sum256([]byte(block + "|" + anchor + "|" + string(precision) + "|" + place))
	return "ev" + hex.EncodeToString(sum[:9])
}
