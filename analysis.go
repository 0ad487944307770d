package dyad

import (
	"fmt"
)

// Schema names the version of the analysis document. Later versions add
// fields; they never rename or remove one.
const Schema = "dyad/1"

// Analysis is the analysis document of one article: everything dyad found in
// it, each fact with its span. It is a pure function of the article and the
// shipped reference data.
type Analysis struct {
	Schema    string        `json:"schema"`    // Schema is always the Schema constant.
	Article   Article       `json:"article"`   // Article is the analysed article.
	Sentences []Sentence    `json:"sentences"` // Sentences cover the text in order.
	Mentions  []Mention     `json:"mentions"`  // Mentions are the actor mentions, in text order.
	Events    []Event       `json:"events"`    // Events are the coded events, in text order.
	Quotes    []Quote       `json:"quotes"`    // Quotes are the quotations, in text order.
	Dates     []DateMention `json:"dates"`     // Dates are the time expressions, in text order.
	Status    []Status      `json:"status"`    // Status has one entry per stage that ran.
}

// NewAnalysis returns an empty document for a, with every list non-nil so
// that it encodes as [] rather than null.
func NewAnalysis(a Article) *Analysis {
	if a.ID == "" {
		a.ID = ArticleID(a.Text)
	}
	return &Analysis{Schema: Schema, Article: a, Sentences: []Sentence{}, Mentions: []Mention{},
		Events: []Event{}, Quotes: []Quote{}, Dates: []DateMention{}, Status: []Status{}}
}

// Failed reports whether any stage failed.
func (a *Analysis) Failed() bool {
	for _, s := range a.Status {
		if !s.OK {
			return true
		}
	}
	return false
}

// SentenceAt returns the index of the sentence containing offset, or -1.
func (a *Analysis) SentenceAt(offset int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		switch s := a.Sentences[mid].Span; {
		case offset < s.Start:
			hi = mid
		case offset >= s.End:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}

// Validate checks that every span lies in the text and every text copy
// matches its span: the invariant every stage must keep.
func (a *Analysis) Validate() error {
	text := a.Article.Text
	check := func(what string, s Span, copy string) error {
		if err := s.Validate(len(text)); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		if copy != "" && copy != text[s.Start:s.End] {
			return fmt.Errorf("%s %v: text %q does not match span text %q", what, s, copy, text[s.Start:s.End])
		}
		return nil
	}
	for i, s := range a.Sentences {
		if err := check(fmt.Sprintf("sentence %d", i), s.Span, ""); err != nil {
			return err
		}
	}
	for i, m := range a.Mentions {
		if err := check(fmt.Sprintf("mention %d", i), m.Span, m.Text); err != nil {
			return err
		}
	}
	for i, e := range a.Events {
		if err := check(fmt.Sprintf("event %d evidence", i), e.Evidence.Span, e.Evidence.Text); err != nil {
			return err
		}
	}
	for i, q := range a.Quotes {
		if err := check(fmt.Sprintf("quote %d", i), q.Span, q.Text); err != nil {
			return err
		}
	}
	for i, d := range a.Dates {
		if err := check(fmt.Sprintf("date %d", i), d.Span, d.Text); err != nil {
			return err
		}
	}
	return nil
}

// Sentence is one sentence of the text, with its tokens once the NLP stage
// has run.
type Sentence struct {
	Span        Span    `json:"span"`                  // Span covers the sentence without surrounding space.
	Boilerplate bool    `json:"boilerplate,omitempty"` // Boilerplate marks page furniture (ad markers, time stamps, menus); later stages skip it.
	Tokens      []Token `json:"tokens,omitempty"`      // Tokens are the sentence's tokens, if tokenized.
}

// Token is one word or punctuation mark, with its tag and dependency.
type Token struct {
	Span   Span   `json:"span"`             // Span locates the token in the article text.
	UPOS   string `json:"upos,omitempty"`   // UPOS is the Universal POS tag ("PROPN").
	XPOS   string `json:"xpos,omitempty"`   // XPOS is the Penn Treebank tag ("NNP").
	Lemma  string `json:"lemma,omitempty"`  // Lemma is the dictionary form ("hold" for "held").
	Feats  string `json:"feats,omitempty"`  // Feats are UD morphological features, if known.
	Head   int    `json:"head"`             // Head is the 1-based index of the head token in the sentence, 0 for the root.
	Deprel string `json:"deprel,omitempty"` // Deprel is the UD relation to the head ("nsubj").
}

// Status is the outcome of one stage on one article.
type Status struct {
	Stage string `json:"stage"`           // Stage is the stage's name.
	OK    bool   `json:"ok"`              // OK is false if the stage failed.
	Error string `json:"error,omitempty"` // Error says why the stage failed.
}
