package nlp

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"dyad"
	"dyad/sentence"
)

// Annotate segments text into sentences and tags, lemmatizes and parses
// each one. Text that is not valid UTF-8 is an EINVALID error; any valid
// text, however odd, gives sentences whose spans lie in it.
func (m *Model) Annotate(text string) ([]dyad.Sentence, error) {
	if !utf8.ValidString(text) {
		return nil, dyad.Errorf(dyad.EINVALID, "text is not valid UTF-8 at byte %d; decode it to UTF-8 first", invalidAt(text))
	}
	sents := Segment(text)
	for i := range sents {
		if err := m.Parse(&sents[i], text); err != nil {
			return nil, err
		}
	}
	return sents, nil
}

func invalidAt(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(s)
}

// Parse tags, lemmatizes and parses one sentence of text in place. If the
// sentence has no tokens yet, its span is tokenized first. Heads are
// 1-based within the sentence, 0 for the root.
func (m *Model) Parse(s *dyad.Sentence, text string) error {
	if err := s.Span.Validate(len(text)); err != nil {
		return dyad.Errorf(dyad.EINVALID, "parse sentence: %v", err)
	}
	if len(s.Tokens) == 0 {
		for _, sp := range Tokenize(text, s.Span.Start, s.Span.End) {
			s.Tokens = append(s.Tokens, dyad.Token{Span: sp})
		}
	}
	n := len(s.Tokens)
	if n == 0 {
		return nil
	}
	forms := make([]string, n)
	for i, t := range s.Tokens {
		if err := t.Span.Validate(len(text)); err != nil {
			return dyad.Errorf(dyad.EINVALID, "parse token %d: %v", i, err)
		}
		forms[i] = text[t.Span.Start:t.Span.End]
	}
	m.annotate(forms, s.Tokens)
	return nil
}

// annotate fills the tags, lemmas, heads and relations of toks.
func (m *Model) annotate(forms []string, toks []dyad.Token) {
	forms = headlineForms(forms, m.tagger.dict)
	tc := newTagContext(forms, m.tagger.dict, m.tagger.words, m.tagger.clusters)
	fs := make([]uint64, 0, 128)
	scores := make([]float32, max(len(m.tagger.tags), len(m.labeler.labels), nMoves))
	m.tagger.tag(tc, fs, scores)
	upos, xpos := make([]string, len(forms)), make([]string, len(forms))
	for i, id := range tc.tags {
		upos[i], xpos[i] = splitTag(m.tagger.tags[id])
	}
	tree := parseEnsemble(m.parsers, tc.norms, xpos, upos, fs, scores)
	heads := tree.heads
	st := newParseState(tc.norms, xpos, upos)
	copy(st.heads, heads)
	rels := m.labeler.label(st, tree.arcScores, fs, scores)
	for i := range toks {
		t := &toks[i]
		t.UPOS, t.XPOS = upos[i], xpos[i]
		t.Lemma = m.lemmatizer.Lemma(forms[i], xpos[i])
		t.Head = heads[i] + 1
		if heads[i] >= len(forms) {
			t.Head = 0
		}
		t.Deprel = m.labeler.labels[rels[i]]
	}
}

// ErrNotEnglish is the error of the nlp stage, after the language it found,
// for a text in another language: the stage leaves it without sentences.
var ErrNotEnglish = errors.New("dyad reads English only; the article is kept, nothing is coded from it")

// Stage is the pipeline stage that fills Analysis.Sentences with tagged
// and parsed sentences. A zero Stage uses the shipped model.
type Stage struct {
	Model *Model // Model is the model to use; nil means Default().
}

var _ dyad.Stage = Stage{}

// Name returns "nlp".
func (Stage) Name() string { return "nlp" }

// Run replaces a.Sentences with the annotated sentences of the article
// text, with whole lines of page furniture marked as boilerplate (see
// sentence.IsBoilerplate). A text that is surely not English is left
// without sentences, so that nothing is coded from it, and Run says so in
// its error: the models read English only.
func (s Stage) Run(a *dyad.Analysis) error {
	if lang, ok := foreign(a.Article.Text); ok {
		return fmt.Errorf("the text is in %s: %w", lang, ErrNotEnglish)
	}
	m := s.Model
	if m == nil {
		var err error
		if m, err = Default(); err != nil {
			return err
		}
	}
	sents, err := m.Annotate(a.Article.Text)
	if err != nil {
		return fmt.Errorf("nlp: %w", err)
	}
	markBoilerplate(a.Article.Text, sents)
	a.Sentences = sents
	return nil
}

// markBoilerplate sets Boilerplate on the sentences that are whole lines
// of page furniture.
func markBoilerplate(text string, sents []dyad.Sentence) {
	for i := range sents {
		sp := sents[i].Span
		start := strings.LastIndexByte(text[:sp.Start], '\n') + 1
		end := strings.IndexByte(text[sp.End:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += sp.End
		}
		whole := strings.TrimSpace(text[start:sp.Start]) == "" && strings.TrimSpace(text[sp.End:end]) == ""
		if whole && sentence.IsBoilerplate(sp.In(text)) {
			sents[i].Boilerplate = true
		}
	}
}
