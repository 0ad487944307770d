package cluster

import (
	"fmt"
	"math"
	"net/url"
	"strings"
	"unicode"

	"dyad"
)

// merge builds the merged event of grp: the most reported actors and code,
// the anchor date, the counts and the confidence.
func merge(block string, grp *group, reports []Report) dyad.MergedEvent {
	members := make([]Report, len(grp.members))
	for k, i := range grp.members {
		members[k] = reports[i]
	}
	rep := representative(members)
	e := rep.Event
	m := dyad.MergedEvent{
		ID:     ID(block, grp.anchor, grp.precision, grp.place),
		Source: e.Source.Actor, CAMEO: e.CAMEO, CAMEORoot: e.CAMEORoot, PLOVER: e.PLOVER,
		QuadClass: e.QuadClass, Goldstein: e.Goldstein, Date: grp.anchor, DatePrecision: grp.precision,
		Location: location(members, grp.place), Mood: e.Mood,
	}
	if e.Target != nil {
		t := e.Target.Actor
		m.Target = &t
	}
	m.NumMentions, m.NumArticles, m.NumSources = counts(members)
	m.Confidence = Confidence(m.NumSources, grp.precision)
	for _, r := range members {
		if r.Published == "" {
			continue
		}
		if m.FirstSeen == "" || r.Published < m.FirstSeen {
			m.FirstSeen = r.Published
		}
		if r.Published > m.LastSeen {
			m.LastSeen = r.Published
		}
	}
	m.Tone = tone(members)
	for _, r := range members {
		m.Mentions = append(m.Mentions, Mention(r))
	}
	return m
}

// tone is GDELT's AvgTone: the mean tone of the distinct articles that
// report the event, each counted once; nil if none is scored.
func tone(members []Report) *float64 {
	seen := map[string]bool{}
	sum, n := 0.0, 0
	for _, r := range members {
		if r.ArticleTone == nil || seen[r.ArticleID] {
			continue
		}
		seen[r.ArticleID] = true
		sum += *r.ArticleTone
		n++
	}
	if n == 0 {
		return nil
	}
	mean := math.Round(sum/float64(n)*100) / 100
	return &mean
}

// Mention returns the mention record of a report.
func Mention(r Report) dyad.EventMention {
	return dyad.EventMention{EventID: r.Event.ID, ArticleID: r.ArticleID, URL: r.URL, Title: r.Title, Site: Outlet(r),
		Published: r.Published, Source: r.Event.Source, Target: r.Event.Target, CAMEO: r.Event.CAMEO, Date: r.Event.Date,
		Sentence: r.SentenceText, SentenceIndex: r.Event.Sentence, SentenceSpan: r.SentenceSpan, Evidence: r.Event.Evidence,
		DocTone: r.ArticleTone}
}

// representative returns the report whose (source, target, code) is the
// most frequent; ties go to the longer (more specific) codes, then to the
// first in order.
func representative(members []Report) Report {
	key := func(r Report) string {
		t := ""
		if r.Event.Target != nil {
			t = r.Event.Target.Code
		}
		return r.Event.Source.Code + ">" + t + ">" + r.Event.CAMEO
	}
	counts := map[string]int{}
	for _, r := range members {
		counts[key(r)]++
	}
	best := members[0]
	for _, r := range members[1:] {
		kb, kr := key(best), key(r)
		switch {
		case counts[kr] > counts[kb]:
			best = r
		case counts[kr] == counts[kb] && len(kr) > len(kb):
			best = r
		case counts[kr] == counts[kb] && len(kr) == len(kb) && kr < kb:
			best = r
		}
	}
	return best
}

// location returns the most reported location in country place, or nil.
func location(members []Report, place string) *dyad.Location {
	counts := map[dyad.Location]int{}
	var best *dyad.Location
	for _, r := range members {
		l := r.Event.Location
		if l == nil || l.Country != place {
			continue
		}
		counts[*l]++
		if best == nil || counts[*l] > counts[*best] || counts[*l] == counts[*best] && l.Name < best.Name {
			c := *l
			best = &c
		}
	}
	return best
}

// counts returns the distinct mentions (article, sentence, evidence), the
// distinct articles and the distinct sources: articles are joined into one
// source when they come from the same outlet, when one is a recorded
// duplicate of another, or when their reports share a sentence of at least
// eight words word for word (a syndicated copy).
func counts(members []Report) (mentions, articles, sources int) {
	seen := map[string]bool{}
	arts := map[string]int{}
	var ids []string
	for _, r := range members {
		k := fmt.Sprintf("%s|%d|%v", r.ArticleID, r.Event.Sentence, r.Event.Evidence.Span)
		if !seen[k] {
			seen[k] = true
			mentions++
		}
		if _, ok := arts[r.ArticleID]; !ok {
			arts[r.ArticleID] = len(ids)
			ids = append(ids, r.ArticleID)
		}
	}
	u := newUnion(len(ids))
	byKey := map[string]int{}
	join := func(key string, art int) {
		if other, ok := byKey[key]; ok {
			u.join(other, art)
		} else {
			byKey[key] = art
		}
	}
	for _, r := range members {
		a := arts[r.ArticleID]
		if o := Outlet(r); o != "" {
			join("outlet:"+o, a)
		}
		join("article:"+r.ArticleID, a)
		if r.DuplicateOf != "" {
			join("article:"+r.DuplicateOf, a)
		}
		if s := normalize(r.SentenceText); len(strings.Fields(s)) >= 8 {
			join("sentence:"+s, a)
		}
	}
	return mentions, len(ids), u.count()
}

// Outlet returns the outlet of a report: its site, else its URL's host
// without "www.", else "" (each such article then counts as its own source).
func Outlet(r Report) string {
	if s := strings.ToLower(strings.TrimSpace(r.Site)); s != "" {
		return s
	}
	if u, err := url.Parse(r.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	return ""
}

// normalize lowercases s and keeps letters and digits, one space apart.
func normalize(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// Confidence is the chance that an event reported by n independent sources
// happened, if each source alone is right half the time: 1 − 0.5ⁿ, lowered by
// a tenth when the date is not known to the day. It is a corroboration score
// for ranking and filtering, not a calibrated probability.
func Confidence(sources int, p dyad.Precision) float64 {
	c := 1 - math.Pow(0.5, float64(max(sources, 1)))
	if p != dyad.PrecisionDay {
		c *= 0.9
	}
	return math.Round(c*1000) / 1000
}

// union is a union-find over n items.
type union struct{ parent []int }

func newUnion(n int) *union {
	u := &union{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *union) join(a, b int) { u.parent[u.find(a)] = u.find(b) }

func (u *union) count() int {
	roots := map[int]bool{}
	for i := range u.parent {
		roots[u.find(i)] = true
	}
	return len(roots)
}
