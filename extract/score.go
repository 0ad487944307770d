package extract

import (
	"unicode"
)

// ShingleSize is the number of tokens in one shingle of the benchmark metric.
const ShingleSize = 4

// Counts are the shingle matches of one page, scaled so that TP+FP+FN = 1
// (or all zero when both texts are empty), so long pages weigh no more than
// short ones.
type Counts struct {
	TP, FP, FN float64
}

// Score compares a predicted body with the true one the way the article
// extraction benchmark of Scrapinghub does: both texts become runs of word
// characters (letters, digits, '_'), the runs become 4-token shingles, and
// the two multisets of shingles are matched.
func Score(truth, pred string) Counts {
	t, p := shingles(truth), shingles(pred)
	var c Counts
	for k, tn := range t {
		pn := p[k]
		c.TP += float64(min(tn, pn))
		c.FN += float64(max(0, tn-pn))
	}
	for k, pn := range p {
		c.FP += float64(max(0, pn-t[k]))
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// Precision returns the page's precision: 1 when nothing was missed or
// added, 0 when nothing matched.
func (c Counts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall returns the page's recall, with the same edge cases as Precision.
func (c Counts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// Summary is the corpus score of an extractor.
type Summary struct {
	Pages     int     `json:"pages"`     // Pages is the number of pages scored.
	Precision float64 `json:"precision"` // Precision is the mean over pages with a prediction.
	Recall    float64 `json:"recall"`    // Recall is the mean over pages with a true body.
	F1        float64 `json:"f1"`        // F1 is the harmonic mean of Precision and Recall.
}

// Summarize averages per-page counts into the corpus score: precision over
// the pages where TP+FP > 0, recall over those where TP+FN > 0, and F1 as the
// harmonic mean of the two means.
func Summarize(pages []Counts) Summary {
	s := Summary{Pages: len(pages)}
	var np, nr int
	for _, c := range pages {
		if c.TP+c.FP > 0 {
			s.Precision += c.Precision()
			np++
		}
		if c.TP+c.FN > 0 {
			s.Recall += c.Recall()
			nr++
		}
	}
	if np > 0 {
		s.Precision /= float64(np)
	}
	if nr > 0 {
		s.Recall /= float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// shingles returns the multiset of ShingleSize-token shingles of text; a
// text with fewer tokens gives one shorter shingle, an empty one none.
func shingles(text string) map[string]int {
	toks := tokens(text)
	out := make(map[string]int, len(toks))
	if len(toks) == 0 {
		return out
	}
	n := max(1, len(toks)-ShingleSize+1)
	for i := range n {
		key := ""
		for j := i; j < min(i+ShingleSize, len(toks)); j++ {
			key += toks[j] + "\x00"
		}
		out[key]++
	}
	return out
}

// tokens returns the runs of word characters in text, like Python's \w+:
// letters, numbers and '_'; marks and punctuation split tokens.
func tokens(text string) []string {
	var out []string
	start := -1
	for i, r := range text {
		word := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, text[start:])
	}
	return out
}
