package coder

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"dyad"
)

// The shallow coder codes sentences without tokens (the NLP stage did not
// run) from words and actor mentions with the same verb patterns: a verb is
// a word whose guessed lemma has patterns and that no determiner precedes;
// its source is the nearest actor before it ("A and B" both), or the "by"
// actor of a passive; its object and prepositional slots are looked for in
// the next words; its target is the pattern's, else the first actor just
// after it or after a target preposition. It is less precise than the
// syntax coder, and its events say so in their rule.

// word is a lower-cased word of a sentence with its span and the mention
// it is part of (-1 if none).
type word struct {
	w       string
	span    dyad.Span
	mention int
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[;:,()"“”]`)

// Window sizes of the shallow coder, in words.
const (
	objectWindow = 4 // the object follows the verb within this many words
	prepWindow   = 8 // a preposition of a slot follows within this many
	maxShallow   = 400
)

var (
	determiners = set("the a an its his her their our this that these those first second last new further recent latest planned proposed such any every each more some many several")
	clauseStops = set("as while after before when because although though since where which who whom that said says")
	passiveAux  = set("was were been being is are be")
	negCues     = set("not n't never no neither nor without didn't hasn't haven't won't refused declined failed")
	planCues    = set("will scheduled plans planned plan expected due set intends aims going agreed promised pledged")
	hypoCues    = set("could would might may should if unless threatened")
)

// shallow codes sentence i of a from its words.
func (c *Coder) shallow(a *dyad.Analysis, i int, ms []dyad.Mention, tr *Trace) []dyad.Event {
	ws := shallowWords(a.Article.Text, a.Sentences[i].Span, ms)
	if len(ms) < 2 || len(ws) > maxShallow {
		if tr != nil && len(ws) > maxShallow {
			tr.Notes = append(tr.Notes, fmt.Sprintf("%d words without a parse: too long to code by words", len(ws)))
		}
		return nil
	}
	used := map[int]bool{} // mentions used as targets
	var out []dyad.Event
	for v := 0; v < len(ws); v++ {
		if ws[v].mention >= 0 || v > 0 && determiners[ws[v-1].w] || nominal(ws, v) {
			continue
		}
		ps := c.shallowCandidates(ws, v)
		if len(ps) == 0 {
			continue
		}
		var vt *VerbTrace
		if tr != nil {
			vt = &VerbTrace{Token: v, Word: ws[v].w}
		}
		evs, end := c.shallowVerb(a, i, ws, ms, v, ps, used, vt)
		out = append(out, evs...)
		if tr != nil {
			tr.Verbs = append(tr.Verbs, *vt)
		}
		if end > v {
			v = end
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Evidence.Span.Start < out[j].Evidence.Span.Start })
	return dedupe(out)
}

// dedupe keeps the first event of each source, target and code.
func dedupe(evs []dyad.Event) []dyad.Event {
	seen := map[string]bool{}
	out := evs[:0]
	for _, e := range evs {
		key := e.Source.Code + e.Source.Span.String() + ">" + e.Target.Code + e.Target.Span.String() + ">" + e.CAMEO
		if !seen[key] {
			seen[key] = true
			out = append(out, e)
		}
	}
	return out
}

func shallowWords(text string, s dyad.Span, ms []dyad.Mention) []word {
	var out []word
	k := 0
	for _, m := range wordRE.FindAllStringIndex(s.In(text), -1) {
		span := dyad.Span{Start: s.Start + m[0], End: s.Start + m[1]}
		for k < len(ms) && ms[k].Span.End <= span.Start {
			k++
		}
		w := word{w: strings.ToLower(span.In(text)), span: span, mention: -1}
		if k < len(ms) && ms[k].Span.Overlaps(span) {
			w.mention = k
		}
		out = append(out, w)
	}
	return out
}

// shallowCandidates returns the patterns of word v as a verb.
func (c *Coder) shallowCandidates(ws []word, v int) []*Pattern {
	for _, l := range lemmaGuesses(ws[v].w) {
		var ps []*Pattern
		if v+1 < len(ws) {
			ps = append(ps, c.patterns.verbs(l+" "+ws[v+1].w)...)
		}
		if ps = append(ps, c.patterns.verbs(l)...); len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// shallowMatch is a pattern found after a verb word.
type shallowMatch struct {
	p      *Pattern
	score  int
	target int // mention of the TARGET slot, or -1
	last   int // the last word the pattern covers
	words  int // the last of the pattern's own words (not the target), the end of the evidence
}

// shallowVerb codes the verb at word v; it returns the events and the last
// word they cover.
func (c *Coder) shallowVerb(a *dyad.Analysis, i int, ws []word, ms []dyad.Mention, v int, ps []*Pattern, used map[int]bool, vt *VerbTrace) ([]dyad.Event, int) {
	var best *shallowMatch
	for _, p := range ps {
		m, missing := shallowSlots(ws, v, p)
		if vt != nil {
			vt.Tried = append(vt.Tried, Try{Pattern: p.String(), Where: p.Where(), Score: m.score, Missing: missing})
		}
		if missing == "" && (best == nil || m.score > best.score || m.score == best.score && p.Priority >= best.p.Priority) {
			best = m
		}
	}
	if best == nil || vt == nil && best.p.Code == NoEvent {
		return nil, v
	}
	if vt == nil {
		vt = &VerbTrace{}
	}
	vt.Chosen = best.p.String() + " (" + best.p.Where() + ")"
	if best.p.Code == NoEvent {
		vt.Outcome = "not coded: the pattern says this use of the verb is no event"
		return nil, v
	}
	srcs, tgt, how := shallowActors(ws, v, best, used)
	if len(srcs) == 0 {
		vt.Outcome = "not coded: no actor before the verb"
		return nil, v
	}
	pairs := shallowPairs(ms, srcs, tgt, best.p)
	if len(pairs) == 0 {
		vt.Outcome = "not coded: no target actor after the verb"
		return nil, v
	}
	mood := shallowMood(ws, ms[srcs[0]].Span.End, v)
	ev := dyad.Span{Start: ws[v].span.Start, End: ws[v].span.End}
	if best.words-v <= 6 {
		ev.End = ws[best.words].span.End
	}
	var out []dyad.Event
	for _, pr := range pairs {
		e := c.event(best.p, &tree{text: a.Article.Text, mentions: ms}, pr, ev, i)
		e.Mood = mood
		e.Rule = fmt.Sprintf("pattern %s (%s) at %q, by words (no parse): %s", best.p.Where(), best.p.String(), ws[v].span.In(a.Article.Text), how)
		shallowDate(&e, a, ms[srcs[0]].Span.Start, ev.End+80)
		out = append(out, e)
		if tgt >= 0 {
			used[tgt] = true
		}
	}
	vt.Outcome = fmt.Sprintf("coded %d event(s) %s %s, %s", len(out), best.p.Code, best.p.Name, mood)
	return out, best.last
}

// shallowSlots looks for p's slots in the words after v.
func shallowSlots(ws []word, v int, p *Pattern) (*shallowMatch, string) {
	m := &shallowMatch{p: p, target: -1, last: v, words: v}
	for _, sl := range p.Slots {
		at, score := -1, 0
		if sl.Prep == "" {
			at, score = shallowHead(ws, v+1, objectWindow, sl, m)
		} else {
			for j := v + 1; j < len(ws) && j <= v+prepWindow && at < 0 && !clauseStops[ws[j].w]; j++ {
				if ws[j].w == sl.Prep {
					at, score = shallowHead(ws, j+1, 3, sl, m)
				}
			}
		}
		if at < 0 {
			return m, sl.String()
		}
		m.score += score
		m.last = max(m.last, at)
		if !sl.Target {
			m.words = max(m.words, at)
		}
	}
	return m, ""
}

// shallowHead finds the slot's head within n words from word from.
func shallowHead(ws []word, from, n int, sl Slot, m *shallowMatch) (int, int) {
	for j := from; j < len(ws) && j < from+n; j++ {
		w := ws[j]
		switch {
		case w.w == "," || w.w == ";" || w.w == ":":
			return -1, 0
		case sl.Target && w.mention >= 0:
			m.target = w.mention
			return j, 1
		case sl.Any && w.mention < 0:
			return j, 1
		case sl.Words[w.w] || sl.Words[strings.TrimSuffix(w.w, "s")]:
			return j, 1
		}
		for _, ph := range sl.Phrases {
			head := ph[len(ph)-1]
			if (w.w == head || strings.TrimSuffix(w.w, "s") == head) && j-from >= len(ph)-1 && ws[j-1].w == ph[len(ph)-2] {
				return j, len(ph)
			}
		}
		if w.mention >= 0 && !sl.Target {
			return -1, 0 // an actor stands where the object should
		}
	}
	return -1, 0
}

// shallowActors returns the source mentions and the target mention of the
// verb at v, and how they were found.
func shallowActors(ws []word, v int, m *shallowMatch, used map[int]bool) ([]int, int, string) {
	before := -1
	for j := v - 1; j >= 0 && j >= v-16 && ws[j].w != ";"; j-- {
		if ws[j].mention >= 0 && !used[ws[j].mention] {
			before = ws[j].mention
			break
		}
		if clauseStops[ws[j].w] {
			before = relativeAntecedent(ws, j)
			break
		}
	}
	after := m.target
	how := "source: the nearest actor before the verb"
	if after < 0 {
		after = shallowAfter(ws, m.last+1)
	}
	if after < 0 {
		after = shallowPrepTarget(ws, m.last+1)
	}
	passive := v > 0 && passiveAux[ws[v-1].w] && strings.HasSuffix(ws[v].w, "ed")
	if passive {
		for j := v + 1; j < len(ws) && j <= v+6; j++ {
			if ws[j].w == "by" && j+1 < len(ws) {
				if by := shallowAfter(ws, j+1); by >= 0 {
					return []int{by}, before, "passive: source after \"by\", target before the verb"
				}
			}
		}
		return nil, -1, ""
	}
	if before < 0 {
		return nil, -1, ""
	}
	srcs := []int{before}
	for j := v - 1; j > 1; j-- { // "A and B VERB"
		if ws[j].mention == before && ws[j-1].w == "and" && ws[j-2].mention >= 0 && ws[j-2].mention != before {
			srcs = []int{ws[j-2].mention, before}
			break
		}
	}
	if after >= 0 {
		how += "; target: the first actor after it"
	}
	return srcs, after, how
}

// shallowAfter returns the mention starting within three words of word
// from, after determiners or a target preposition, or -1.
func shallowAfter(ws []word, from int) int {
	for j := from; j < len(ws) && j < from+4; j++ {
		switch {
		case ws[j].mention >= 0:
			return ws[j].mention
		case determiners[ws[j].w] || targetPreps[ws[j].w]:
		default:
			if j > from {
				return -1
			}
		}
	}
	return -1
}

// shallowPrepTarget returns the actor of the first phrase introduced by a
// target preposition within prepWindow words of word from, in the same
// clause ("launched artillery, mortar and rocket fire against Kampuchean
// guerrillas"), or -1. An actor met before the preposition ends the search.
func shallowPrepTarget(ws []word, from int) int {
	for j := from; j < len(ws) && j < from+prepWindow; j++ {
		switch {
		case clauseStops[ws[j].w] || ws[j].w == ";" || ws[j].w == ":" || ws[j].mention >= 0:
			return -1
		case targetPreps[ws[j].w]:
			return shallowAfter(ws, j+1)
		}
	}
	return -1
}

// shallowPairs pairs sources with the target, or the two sources of "A and
// B VERB" with each other for cooperative patterns.
func shallowPairs(ms []dyad.Mention, srcs []int, tgt int, p *Pattern) [][2]int {
	var out [][2]int
	add := func(s, g int) {
		a, b := ms[s].Actor, ms[g].Actor
		if s != g && !(a.Country == b.Country && (a.Sector == b.Sector || a.Sector == "" || b.Sector == "")) {
			out = append(out, [2]int{s, g})
		}
	}
	if tgt >= 0 {
		for _, s := range srcs {
			add(s, tgt)
		}
		return out
	}
	if len(srcs) == 2 && (p.Symmetric || mutualRoot(p.Code)) {
		add(srcs[0], srcs[1])
		add(srcs[1], srcs[0])
	}
	return out
}

// shallowMood reads cue words between the source and the verb.
func shallowMood(ws []word, from, v int) dyad.Mood {
	mood := dyad.MoodAsserted
	for j := v - 1; j >= 0 && ws[j].span.Start >= from && j >= v-5; j-- {
		switch w := ws[j].w; {
		case negCues[w]:
			return dyad.MoodNegated
		case hypoCues[w]:
			mood = dyad.MoodHypothetical
		case planCues[w] && mood == dyad.MoodAsserted:
			mood = dyad.MoodPlanned
		}
	}
	return mood
}

// nominal reports a word used as a noun: followed by "of" or "by" with no
// passive auxiliary before it ("the visit by", "talks of").
func nominal(ws []word, v int) bool {
	if v+1 >= len(ws) || ws[v+1].w != "of" && ws[v+1].w != "by" {
		return false
	}
	return v == 0 || !passiveAux[ws[v-1].w]
}

// shallowDate dates e by the nearest resolved time expression between
// offsets lo and hi (the source and a little past the evidence), else by
// the publication date: without a parse, farther expressions belong to
// other clauses.
func shallowDate(e *dyad.Event, a *dyad.Analysis, lo, hi int) {
	best := -1
	for k, d := range a.Dates {
		if d.Value == "" || d.Span.Start < lo || d.Span.End > hi {
			continue
		}
		if best < 0 || distance(d.Span, e.Evidence.Span) < distance(a.Dates[best].Span, e.Evidence.Span) {
			best = k
		}
	}
	switch {
	case best >= 0:
		e.Date, e.DatePrecision = a.Dates[best].Value, a.Dates[best].Precision
		e.Rule += fmt.Sprintf("; date from %q", a.Dates[best].Text)
	case !a.Article.Published.IsZero():
		e.Date, e.DatePrecision = dyad.FormatDate(a.Article.Published), dyad.PrecisionDay
		e.Rule += "; date is the publication date (no time expression near the event)"
	default:
		e.DatePrecision = dyad.PrecisionUnknown
		e.Rule += "; no date"
	}
}

// relativeAntecedent returns the mention a relative pronoun at word j
// refers to ("Trump, who"), or -1.
func relativeAntecedent(ws []word, j int) int {
	switch ws[j].w {
	case "who", "which", "that":
	default:
		return -1
	}
	k := j - 1
	if k >= 0 && ws[k].w == "," {
		k--
	}
	if k >= 0 {
		return ws[k].mention
	}
	return -1
}
