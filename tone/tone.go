// Package tone scores the tone of sentences and articles with the VADER
// lexicon and rules (github.com/jonreiter/govader, a Go port of
// vaderSentiment, MIT). A sentence's tone is VADER's compound score scaled
// to −100 (most negative) .. 100 (most positive), GDELT's range; an
// article's tone is the mean over its sentences that are not boilerplate.
// VADER was built for social media text; on news it tells hostile from
// friendly wording, not the events' weight (that is the Goldstein score).
package tone

import (
	"math"
	"sync"
	"unicode/utf8"

	"github.com/jonreiter/govader"

	"dyad"
)

// maxBytes bounds the text scored per sentence: VADER's cost grows with
// the sentence, and a run-on "sentence" longer than this is not one.
const maxBytes = 4000

var analyzer = sync.OnceValue(govader.NewSentimentIntensityAnalyzer)

// Scorer is the stage that sets the tone of each sentence and of the
// article. Its zero value is ready to use.
type Scorer struct{}

var _ dyad.Stage = Scorer{}

// Name returns "tone".
func (Scorer) Name() string { return "tone" }

// Run sets Tone on every sentence that is not boilerplate and on a.
func (Scorer) Run(a *dyad.Analysis) error {
	sum, n := 0.0, 0
	for i := range a.Sentences {
		s := &a.Sentences[i]
		if s.Boilerplate {
			continue
		}
		t := Score(s.Span.In(a.Article.Text))
		s.Tone = &t
		sum += t
		n++
	}
	if n > 0 {
		mean := round(sum / float64(n))
		a.Tone = &mean
	}
	return nil
}

// Score returns the tone of text, −100..100, rounded to two decimals.
func Score(text string) float64 {
	if len(text) > maxBytes {
		cut := maxBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut-- // not inside a character
		}
		text = text[:cut]
	}
	return round(analyzer().PolarityScores(text).Compound * 100)
}

func round(x float64) float64 { return math.Round(x*100) / 100 }
