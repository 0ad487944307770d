package coder

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"dyad"
)

// sources returns the subject of the verb at offset verb: the nearest
// mention before it that was not an earlier target, or, for symmetric
// patterns, both mentions of "A and B" right before it.
func (s *sentence) sources(verb int, symmetric bool) []dyad.Mention {
	var found []dyad.Mention // nearest first, at most two
	k := sort.Search(len(s.mentions), func(k int) bool { return s.mentions[k].Span.End > verb })
	for k--; k >= 0 && len(found) < 2; k-- {
		if !s.targets[s.mentions[k].Span] {
			found = append(found, s.mentions[k])
		}
	}
	if len(found) == 0 {
		return nil
	}
	if symmetric && len(found) == 2 && strings.TrimSpace(s.text[found[1].Span.End:found[0].Span.Start]) == "and" {
		return []dyad.Mention{found[1], found[0]}
	}
	return found[:1]
}

// pairEvents codes "A and B VERB" as A→B and B→A.
func (s *sentence) pairEvents(p Pattern, pair []dyad.Mention, evidence dyad.Span, verb int) []dyad.Event {
	out := s.events(p, pair[:1], pair[1], evidence, verb)
	return append(out, s.events(p, pair[1:], pair[0], evidence, verb)...)
}

// events codes one event per source against target.
func (s *sentence) events(p Pattern, sources []dyad.Mention, target dyad.Mention, evidence dyad.Span, verb int) []dyad.Event {
	var out []dyad.Event
	for _, src := range sources {
		if src.Actor.Code == target.Actor.Code && src.Actor.Name == target.Actor.Name {
			continue
		}
		t := participant(target)
		out = append(out, dyad.Event{
			Source: participant(src), Target: &t,
			CAMEO: p.Code.Code, CAMEORoot: p.Code.Root, PLOVER: p.Code.PLOVER,
			QuadClass: p.Code.QuadClass, Goldstein: p.Code.Goldstein,
			Mood: s.mood(src.Span.End, verb), Sentence: s.index,
			Evidence: dyad.Evidence{Span: evidence, Text: evidence.In(s.text)},
			Rule:     fmt.Sprintf("pattern line %d (%s %s): source before the verb, target %s", p.Line, p.Code.Code, p.Code.Name, strings.Join(p.Target, "|")),
		})
	}
	return out
}

func participant(m dyad.Mention) dyad.Participant {
	return dyad.Participant{Actor: m.Actor, Span: m.Span}
}

// Cue words for the mood, looked for between the source and the verb.
var (
	negations  = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true, "without": true, "didn't": true, "hasn't": true, "haven't": true, "won't": true, "refused": true, "declined": true}
	plans      = map[string]bool{"will": true, "scheduled": true, "plans": true, "planned": true, "expected": true, "due": true, "set": true, "intends": true, "aims": true, "going": true}
	hypotheses = map[string]bool{"could": true, "would": true, "might": true, "may": true, "if": true, "should": true, "unless": true, "threatened": true}
)

// mood reads the cue words between offset from and word verb.
func (s *sentence) mood(from, verb int) dyad.Mood {
	mood := dyad.MoodAsserted
	for j := verb - 1; j >= 0 && s.words[j].span.Start >= from && j >= verb-5; j-- {
		w := s.words[j].w
		switch {
		case negations[w]:
			return dyad.MoodNegated
		case hypotheses[w]:
			mood = dyad.MoodHypothetical
		case plans[w] && mood == dyad.MoodAsserted:
			mood = dyad.MoodPlanned
		}
	}
	return mood
}

// dateEvent dates e by the resolved time expression of its sentence nearest
// to the evidence, or by the publication date.
func dateEvent(e *dyad.Event, a *dyad.Analysis) {
	sent := a.Sentences[e.Sentence].Span
	best := -1
	for i, d := range a.Dates {
		if d.Value == "" || !sent.Contains(d.Span) {
			continue
		}
		if best < 0 || distance(d.Span, e.Evidence.Span) < distance(a.Dates[best].Span, e.Evidence.Span) {
			best = i
		}
	}
	switch {
	case best >= 0:
		e.Date, e.DatePrecision = a.Dates[best].Value, a.Dates[best].Precision
		e.Rule += fmt.Sprintf("; date from %q", a.Dates[best].Text)
	case !a.Article.Published.IsZero():
		e.Date, e.DatePrecision = dyad.FormatDate(a.Article.Published), dyad.PrecisionDay
		e.Rule += "; date is the publication date"
	default:
		e.DatePrecision = dyad.PrecisionUnknown
		e.Rule += "; no date"
	}
}

func distance(a, b dyad.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

// eventID keys an event by its article and content, so re-analysing the
// same article gives the same IDs.
func eventID(articleID string, e dyad.Event) string {
	target := ""
	if e.Target != nil {
		target = e.Target.Code + e.Target.Span.String()
	}
	key := fmt.Sprintf("%s|%s|%s%s|%s|%s", articleID, e.CAMEO, e.Source.Code, e.Source.Span, target, e.Evidence.Span)
	sum := sha256.Sum256([]byte(key))
	return articleID + "-" + hex.EncodeToString(sum[:6])
}
