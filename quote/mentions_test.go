package quote_test

import (
	"strings"
	"testing"

	"dyad"
)

// TestNestedMentions checks that of two mentions starting together the
// longer names the speaker, whatever order the actor stage wrote them in,
// and that the stage works without sentences.
func TestNestedMentions(t *testing.T) {
	text := "“Trade must be fair,” Canadian Prime Minister Mark Carney said."
	at := strings.Index(text, "Canadian")
	canada := dyad.Mention{Text: "Canadian", Span: dyad.Span{Start: at, End: at + len("Canadian")},
		Actor: dyad.NewActor("CAN", "", "", "")}
	full := "Canadian Prime Minister Mark Carney"
	carney := dyad.Mention{Text: full, Span: dyad.Span{Start: at, End: at + len(full)},
		Actor: dyad.NewActor("CAN", "GOV", "Mark Carney", "head of government")}
	for _, order := range [][]dyad.Mention{{canada, carney}, {carney, canada}} {
		a := dyad.NewAnalysis(dyad.Article{Text: text})
		a.Mentions = order
		qs := run(t, a)
		if len(qs) != 1 || qs[0].Speaker == nil || qs[0].Speaker.Name != "Mark Carney" || qs[0].Sentence != -1 {
			t.Errorf("mentions %v: quotes %+v; want one by Mark Carney in sentence -1 (no sentences)", order, qs)
		}
	}
}
