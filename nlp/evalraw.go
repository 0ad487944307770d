package nlp

import (
	"strings"

	"dyad"
	"dyad/nlp/conllu"
)

// SegmentScores are the F1 scores of Segment on raw text, in percent, as
// the CoNLL 2018 shared task defines them: a token, word or sentence counts
// if its span matches a gold one exactly.
type SegmentScores struct {
	Tokens    float64 `json:"tokens_f1"`    // Tokens scores surface tokens ("don't" is one).
	Words     float64 `json:"words_f1"`     // Words scores syntactic words ("do", "n't").
	Sentences float64 `json:"sentences_f1"` // Sentences scores sentence spans.
	Documents int     `json:"documents"`    // Documents is the number of raw documents built.
}

// rawDoc is a raw text rebuilt from a treebank with its gold spans.
type rawDoc struct {
	text                 string
	tokens, words, sents []dyad.Span
}

// buildDocs rebuilds the raw documents of sents from their "# text" lines:
// sentences of a paragraph joined by a space, paragraphs by a blank line,
// and locates the gold tokens, words and sentences in them.
func buildDocs(sents []conllu.Sentence) []rawDoc {
	var docs []rawDoc
	var b strings.Builder
	var d *rawDoc
	for i, s := range sents {
		if i == 0 || s.NewDoc {
			if d != nil {
				d.text = b.String()
			}
			docs = append(docs, rawDoc{})
			d = &docs[len(docs)-1]
			b.Reset()
		} else if s.NewPar {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
		base := b.Len()
		b.WriteString(s.Text)
		locate(d, s, base)
	}
	if d != nil {
		d.text = b.String()
	}
	return docs
}

// locate finds the gold tokens and words of s in its text, which starts at
// base in the document.
func locate(d *rawDoc, s conllu.Sentence, base int) {
	text := s.Text
	pos := 0
	find := func(form string) (int, bool) {
		k := strings.Index(text[pos:], form)
		if k < 0 || strings.TrimSpace(text[pos:pos+k]) != "" {
			return 0, false
		}
		return pos + k, true
	}
	first, last := -1, -1
	ri := 0
	for wi := 0; wi < len(s.Words); wi++ {
		w := s.Words[wi]
		if ri < len(s.Ranges) && s.Ranges[ri].First == w.ID {
			rg := s.Ranges[ri]
			ri++
			at, ok := find(rg.Form)
			if !ok {
				wi = rg.Last - 1
				continue
			}
			end := at + len(rg.Form)
			d.tokens = append(d.tokens, dyad.Span{Start: base + at, End: base + end})
			sub := at
			for k := rg.First; k <= rg.Last && k <= len(s.Words); k++ {
				f := s.Words[k-1].Form
				if strings.HasPrefix(strings.ToLower(text[sub:end]), strings.ToLower(f)) {
					d.words = append(d.words, dyad.Span{Start: base + sub, End: base + sub + len(f)})
					sub += len(f)
				}
			}
			first, last, pos = firstOf(first, at), end, end
			wi = rg.Last - 1
			continue
		}
		at, ok := find(w.Form)
		if !ok {
			continue
		}
		sp := dyad.Span{Start: base + at, End: base + at + len(w.Form)}
		d.tokens, d.words = append(d.tokens, sp), append(d.words, sp)
		first, last, pos = firstOf(first, at), at+len(w.Form), at+len(w.Form)
	}
	if first >= 0 {
		d.sents = append(d.sents, dyad.Span{Start: base + first, End: base + last})
	}
}

func firstOf(first, at int) int {
	if first < 0 {
		return at
	}
	return first
}

// EvaluateSegment scores Segment on the raw text of sents.
func EvaluateSegment(sents []conllu.Sentence) SegmentScores {
	var extra splitter
	if c := loadBoundary(); c != nil {
		extra = c.split
	}
	return evaluateSegment(sents, extra)
}

// evaluateSegment scores segment with the extra splitter.
func evaluateSegment(sents []conllu.Sentence, extra splitter) SegmentScores {
	var tok, word, sent f1
	docs := buildDocs(sents)
	for _, d := range docs {
		var words, tokens, ss []dyad.Span
		for _, s := range segment(d.text, extra) {
			ss = append(ss, s.Span)
			for i, t := range s.Tokens {
				words = append(words, t.Span)
				if i > 0 && isClitic(s.Tokens[i-1].Span, t.Span, d.text) && len(tokens) > 0 {
					tokens[len(tokens)-1].End = t.Span.End
					continue
				}
				tokens = append(tokens, t.Span)
			}
		}
		tok.add(d.tokens, tokens)
		word.add(d.words, words)
		sent.add(d.sents, ss)
	}
	return SegmentScores{Tokens: tok.score(), Words: word.score(), Sentences: sent.score(), Documents: len(docs)}
}

// isClitic reports whether t is a clitic the tokenizer split from the
// word prev, which the treebank writes as one surface token.
func isClitic(prev, t dyad.Span, text string) bool {
	if prev.End != t.Start {
		return false
	}
	host := strings.ToLower(prev.In(text))
	switch c := strings.ToLower(strings.ReplaceAll(t.In(text), "’", "'")); c {
	case "n't", "'s", "'re", "'ve", "'ll", "'d", "'m":
		return true
	case "not":
		return host == "can"
	case "na":
		return host == "gon" || host == "wan"
	case "ta":
		return host == "got"
	}
	return false
}

// f1 counts matches between gold and system spans.
type f1 struct{ gold, sys, match int }

func (f *f1) add(gold, sys []dyad.Span) {
	set := make(map[dyad.Span]bool, len(gold))
	for _, g := range gold {
		set[g] = true
	}
	f.gold += len(gold)
	f.sys += len(sys)
	for _, s := range sys {
		if set[s] {
			f.match++
			delete(set, s)
		}
	}
}

func (f *f1) score() float64 {
	if f.gold+f.sys == 0 {
		return 0
	}
	return round2(200 * float64(f.match) / float64(f.gold+f.sys))
}
