package coder

import (
	"regexp"
	"sort"
	"strings"

	"dyad"
	"dyad/cameo"
)

// Coder is the stage that fills Analysis.Events from sentences, mentions
// and dates.
type Coder struct {
	patterns []Pattern
}

var _ dyad.Stage = (*Coder)(nil)

// New returns a coder with the built-in patterns.
func New() (*Coder, error) {
	ps, err := ParsePatterns(patternsTSV, cameo.Builtin())
	if err != nil {
		return nil, err
	}
	return &Coder{patterns: ps}, nil
}

// Name returns "events".
func (c *Coder) Name() string { return "events" }

// Run replaces a.Events with the events coded in every sentence.
func (c *Coder) Run(a *dyad.Analysis) error {
	a.Events = []dyad.Event{}
	bySentence := map[int][]dyad.Mention{}
	for _, m := range a.Mentions {
		bySentence[m.Sentence] = append(bySentence[m.Sentence], m)
	}
	for i, s := range a.Sentences {
		if len(bySentence[i]) < 2 {
			continue
		}
		sent := &sentence{index: i, span: s.Span, text: a.Article.Text, mentions: bySentence[i]}
		sent.words = words(a.Article.Text, s.Span)
		for _, e := range c.code(sent) {
			dateEvent(&e, a)
			e.ID = eventID(a.Article.ID, e)
			a.Events = append(a.Events, e)
		}
	}
	sort.SliceStable(a.Events, func(i, j int) bool { return a.Events[i].Evidence.Span.Start < a.Events[j].Evidence.Span.Start })
	return nil
}

// sentence is what the coder knows of one sentence.
type sentence struct {
	index    int
	span     dyad.Span
	text     string
	words    []word
	mentions []dyad.Mention
	targets  map[dyad.Span]bool // mentions already used as targets
	starts   map[int]int        // mention index by start offset
}

// word is a lower-cased word with its span.
type word struct {
	w    string
	span dyad.Span
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}]+(?:['’][\p{L}]+)?`)

func words(text string, s dyad.Span) []word {
	var out []word
	for _, m := range wordRE.FindAllStringIndex(s.In(text), -1) {
		span := dyad.Span{Start: s.Start + m[0], End: s.Start + m[1]}
		out = append(out, word{w: strings.ToLower(span.In(text)), span: span})
	}
	return out
}

// code returns the events of one sentence, trying every pattern at every
// word that is not inside a mention.
func (c *Coder) code(s *sentence) []dyad.Event {
	s.targets = map[dyad.Span]bool{}
	s.starts = make(map[int]int, len(s.mentions))
	for k, m := range s.mentions {
		s.starts[m.Span.Start] = k
	}
	var out []dyad.Event
	for i := 0; i < len(s.words); i++ {
		if s.inMention(s.words[i].span.Start) {
			continue
		}
		for _, p := range c.patterns {
			if evs := s.apply(p, i); len(evs) > 0 {
				out = append(out, evs...)
				for i+1 < len(s.words) && s.words[i+1].span.Start < evs[0].Evidence.Span.End {
					i++ // the evidence's words are used
				}
				break
			}
		}
	}
	return out
}

// inMention reports whether offset off lies inside a mention; mentions
// are in text order and do not overlap.
func (s *sentence) inMention(off int) bool {
	k := sort.Search(len(s.mentions), func(k int) bool { return s.mentions[k].Span.End > off })
	return k < len(s.mentions) && s.mentions[k].Span.Start <= off
}

// apply codes pattern p at word i, or returns nil.
func (s *sentence) apply(p Pattern, i int) []dyad.Event {
	n := matchAt(s.words, i, p.Verbs)
	if n == 0 {
		return nil
	}
	end := i + n // index past the evidence
	if len(p.Objects) > 0 {
		if end = s.object(p, end); end == 0 {
			return nil
		}
	}
	evidence := dyad.Span{Start: s.words[i].span.Start, End: s.words[end-1].span.End}
	target, ok := s.target(p, end)
	if !ok {
		return nil
	}
	sources := s.sources(evidence.Start, p.Symmetric)
	if len(sources) == 0 {
		return nil
	}
	if len(sources) == 2 && target == nil {
		return s.pairEvents(p, sources, evidence, i)
	}
	if target == nil {
		return nil
	}
	s.targets[target.Span] = true
	return s.events(p, sources[:1], *target, evidence, i)
}

// matchAt returns how many words of one of alts match at ws[i], or 0.
func matchAt(ws []word, i int, alts [][]string) int {
	for _, alt := range alts {
		if i+len(alt) > len(ws) {
			continue
		}
		ok := true
		for j, w := range alt {
			if ws[i+j].w != w {
				ok = false
				break
			}
		}
		if ok {
			return len(alt)
		}
	}
	return 0
}

// object returns the index past a required object noun within three words
// of ws[from], or 0.
func (s *sentence) object(p Pattern, from int) int {
	for j := from; j < len(s.words) && j < from+3; j++ {
		if n := matchAt(s.words, j, p.Objects); n > 0 {
			return j + n
		}
	}
	return 0
}

// target returns the target mention for p after word from. ok is false if
// the pattern needs a target and none is there; a nil target with ok true
// leaves the event to a coordinated subject.
func (s *sentence) target(p Pattern, from int) (*dyad.Mention, bool) {
	for _, t := range p.Target {
		if m := s.targetAfter(t, from); m != nil {
			return m, true
		}
	}
	return nil, p.Symmetric
}

// targetAfter returns the mention that starts within two words after word
// from ("met Li", "welcomed the Chinese delegation"), or within two words
// after the preposition how, itself within six words of from.
func (s *sentence) targetAfter(how string, from int) *dyad.Mention {
	if how != "obj" {
		j := from
		for ; j < len(s.words) && j < from+6 && s.words[j].w != how; j++ {
		}
		if j >= len(s.words) || s.words[j].w != how {
			return nil
		}
		from = j + 1
	}
	for j := from; j < len(s.words) && j <= from+2; j++ {
		if k, ok := s.starts[s.words[j].span.Start]; ok {
			return &s.mentions[k]
		}
	}
	return nil
}
