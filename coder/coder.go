// Package coder provides dyad's event coder: the stage that finds who did
// what to whom in each sentence and codes it in CAMEO and PLOVER, with its
// mood, date, place and evidence.
//
// On parsed sentences (tokens with lemmas and dependencies from the NLP
// stage) it codes from syntax: each verb, and each event noun ("tariffs",
// "talks"), is looked up in the verb patterns (verbs/phoenix.tsv, converted
// from the Phoenix CAMEO.2.0 dictionary; verbs/news.tsv, dyad's additions for
// today's news; and user files), the most specific pattern whose object and
// prepositional slots are found in the parse wins, the source is the
// subject (through coordination, passive "by" agents, relative and
// participial clauses, control verbs and shared subjects of coordinated
// verbs), and the target is the pattern's target slot, else the object,
// else a prepositional complement. Negation, plans, conditionals and
// modality in the parse set the mood. The date is the time expression the
// verb governs, else the nearest in the sentence, else the publication
// date, and the rule says which. The place is the "in"/"at" phrase the
// verb governs, found in the gazetteer.
//
// Sentences without tokens (the NLP stage did not run) are coded by a
// shallow fallback over words and mentions with the same patterns (see
// shallow.go), which is less precise; its events say so in their rule.
package coder

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"

	"dyad"
	"dyad/cameo"
	"dyad/place"
)

// Options configure a Coder. The zero value uses the built-in patterns and
// gazetteer.
type Options struct {
	// Patterns are user pattern files, name and text, read after the
	// built-in ones and winning ties over them.
	Patterns []PatternFile
	// Places is the gazetteer for event locations; nil means place.Default().
	Places *place.Gazetteer
}

// PatternFile is a user pattern file: its name, for explanations and
// errors, and its text.
type PatternFile struct {
	Name, Text string
}

// Coder is the stage that fills Analysis.Events. It is immutable and safe
// for concurrent use.
type Coder struct {
	patterns *Patterns
	places   *place.Gazetteer
	codes    *cameo.Table
}

var _ dyad.Stage = (*Coder)(nil)

// New returns a coder with the built-in patterns.
func New() (*Coder, error) { return NewWith(Options{}) }

// NewWith returns a coder with the options o.
func NewWith(o Options) (*Coder, error) {
	codes := cameo.Builtin()
	ps, err := builtinPatterns(codes)
	if err != nil {
		return nil, fmt.Errorf("load verb patterns: %w", err)
	}
	for i, f := range o.Patterns {
		if err := ps.Add(f.Name, f.Text, 2+i, codes); err != nil {
			return nil, fmt.Errorf("load verb patterns: %w", err)
		}
	}
	places := o.Places
	if places == nil {
		places = place.Default()
	}
	return &Coder{patterns: ps, places: places, codes: codes}, nil
}

// Patterns returns the coder's verb patterns.
func (c *Coder) Patterns() *Patterns { return c.patterns }

// Name returns "events".
func (c *Coder) Name() string { return "events" }

// Run replaces a.Events with the events coded in every sentence.
func (c *Coder) Run(a *dyad.Analysis) error {
	a.Events = []dyad.Event{}
	bySentence := mentionsBySentence(a)
	sports := isSportsArticle(a.Article.Text)
	for i, s := range a.Sentences {
		if s.Boilerplate {
			continue
		}
		var evs []dyad.Event
		if len(s.Tokens) > 0 {
			evs = c.syntax(a, i, bySentence[i], nil)
		} else {
			evs = c.shallow(a, i, bySentence[i], nil)
		}
		for _, e := range evs {
			if contest(e, s.Span.In(a.Article.Text), sports) != "" {
				continue
			}
			e.Tone = s.Tone
			e.ID = eventID(a.Article.ID, e)
			a.Events = append(a.Events, e)
		}
	}
	sort.SliceStable(a.Events, func(i, j int) bool { return a.Events[i].Evidence.Span.Start < a.Events[j].Evidence.Span.Start })
	return nil
}

func mentionsBySentence(a *dyad.Analysis) map[int][]dyad.Mention {
	out := map[int][]dyad.Mention{}
	for _, m := range a.Mentions {
		out[m.Sentence] = append(out[m.Sentence], m)
	}
	return out
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
