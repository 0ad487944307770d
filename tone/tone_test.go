package tone_test

import (
	"strings"
	"testing"

	"dyad"
	"dyad/tone"
)

func TestScore(t *testing.T) {
	for _, tt := range []struct {
		text     string
		min, max float64
	}{
		{"The leaders praised a warm and productive partnership.", 30, 100},
		{"Troops killed dozens in a brutal attack, and officials condemned the massacre.", -100, -30},
		{"The meeting took place on Tuesday.", -5, 5},
		{"", -0.001, 0.001},
		{strings.Repeat("terrible war ", 2000) + "é", -100, 0},
	} {
		if got := tone.Score(tt.text); got < tt.min || got > tt.max {
			t.Errorf("Score(%.40q) = %v, want %v..%v", tt.text, got, tt.min, tt.max)
		}
	}
}

func TestScorerStage(t *testing.T) {
	text := "ARTICLE AD BOX\nThe leaders praised the deal. Rebels attacked the town."
	a := dyad.NewAnalysis(dyad.Article{Text: text})
	a.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 14}, Boilerplate: true},
		{Span: dyad.Span{Start: 15, End: 44}}, {Span: dyad.Span{Start: 45, End: len(text)}}}
	if err := (tone.Scorer{}).Run(a); err != nil {
		t.Fatal(err)
	}
	if a.Sentences[0].Tone != nil {
		t.Errorf("boilerplate line scored %v", *a.Sentences[0].Tone)
	}
	pos, neg := a.Sentences[1].Tone, a.Sentences[2].Tone
	if pos == nil || neg == nil || *pos <= 0 || *neg >= 0 {
		t.Fatalf("tones %v, %v: want positive then negative", pos, neg)
	}
	if a.Tone == nil || *a.Tone != (*pos+*neg)/2 && abs(*a.Tone-(*pos+*neg)/2) > 0.01 {
		t.Errorf("article tone %v, want the mean of %v and %v", a.Tone, *pos, *neg)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
