package nlp

import (
	"strings"
	"time"

	"dyad"
	"dyad/nlp/conllu"
)

// Scores are the accuracies of a model on a treebank with gold
// tokenization, in percent, and its speed.
type Scores struct {
	UPOS            float64 `json:"upos"`                  // UPOS is the share of words with the right UPOS.
	XPOS            float64 `json:"xpos"`                  // XPOS is the share of words with the right XPOS.
	Lemma           float64 `json:"lemma"`                 // Lemma is the share of words with the right lemma.
	UAS             float64 `json:"uas"`                   // UAS is the share of words with the right head.
	LAS             float64 `json:"las"`                   // LAS also needs the right relation, subtypes ignored (CoNLL 2018).
	LASSubtypes     float64 `json:"las_subtypes"`          // LASSubtypes needs the full relation with its subtype.
	TokensPerSecond float64 `json:"tokens_per_second"`     // TokensPerSecond is the tagging+parsing speed, by the wall clock.
	TokensPerCPU    float64 `json:"tokens_per_cpu_second"` // TokensPerCPU is the speed per second of CPU time the process used, which other processes on the machine do not slow.
	Sentences       int     `json:"sentences"`             // Sentences is the number of sentences scored.
	Tokens          int     `json:"tokens"`                // Tokens is the number of words scored.
}

// Evaluate annotates the words of sents (gold tokenization) and scores
// the result against their gold annotation.
func (m *Model) Evaluate(sents []conllu.Sentence) Scores {
	var sc Scores
	var upos, xpos, lemma, uas, las, lasSub int
	var elapsed time.Duration
	cpu0 := cpuTime()
	for _, s := range sents {
		f := forms(s)
		toks := make([]dyad.Token, len(f))
		t0 := time.Now()
		m.annotate(f, toks)
		elapsed += time.Since(t0)
		for i, w := range s.Words {
			t := toks[i]
			upos += b2i(t.UPOS == w.UPOS)
			xpos += b2i(t.XPOS == w.XPOS)
			lemma += b2i(t.Lemma == w.Lemma)
			if t.Head == w.Head {
				uas++
				las += b2i(universal(t.Deprel) == universal(w.Deprel))
				lasSub += b2i(t.Deprel == w.Deprel)
			}
		}
		sc.Sentences++
		sc.Tokens += len(f)
	}
	cpu := cpuTime() - cpu0
	pct := func(n int) float64 { return round2(100 * float64(n) / float64(max(sc.Tokens, 1))) }
	sc.UPOS, sc.XPOS, sc.Lemma, sc.UAS, sc.LAS, sc.LASSubtypes = pct(upos), pct(xpos), pct(lemma), pct(uas), pct(las), pct(lasSub)
	if elapsed > 0 {
		sc.TokensPerSecond = float64(int(float64(sc.Tokens) / elapsed.Seconds()))
	}
	if cpu > 0 {
		sc.TokensPerCPU = float64(int(float64(sc.Tokens) / cpu.Seconds()))
	}
	return sc
}

func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }
