package quote_test

import (
	"strings"
	"testing"

	"dyad/quote"
)

// BenchmarkAdversarial measures the stage on 300 KB texts made of one
// pattern repeated, with no sentence end: every pattern must stay linear
// (compare with BenchmarkSeed's bytes per second).
func BenchmarkAdversarial(b *testing.B) {
	cast := loadCast(b)
	for _, c := range []struct{ name, unit string }{
		{"curly-opens", "“"},
		{"straight", "\"a "},
		{"singles", "'a' ‘b’ "},
		{"said", "said "},
		{"he-said-that", "he said that "},
		{"names-and-verbs", "Xi said Carney told "},
		{"according-to", "according to Xi, "},
		{"unclosed-paragraphs", "“a\n"},
		{"names", "Xi Carney Li Wang Mao "},
		{"unknown-names", "Abel Dorn met Dorn and Ines K. Vale de Sousa. "},
		{"roles", "the president said "},
		{"commas", "Xi, the a, "},
	} {
		b.Run(c.name, func(b *testing.B) {
			text := strings.Repeat(c.unit, 300000/len(c.unit))
			a := analysis(b, cast, text)
			mentions := a.Mentions
			b.SetBytes(int64(len(text)))
			b.ResetTimer()
			for b.Loop() {
				a.Mentions = mentions
				if err := (quote.Finder{}).Run(a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
