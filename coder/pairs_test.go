package coder

import (
	"testing"

	"dyad"
	"dyad/actor"
)

// TestPairsDomestic checks which actors of one country act on each other.
func TestPairsDomestic(t *testing.T) {
	mention := func(country, sector, name string) dyad.Mention {
		return dyad.Mention{Actor: dyad.NewActor(country, sector, name, "")}
	}
	p := &Pattern{Code: "111"}
	tests := []struct {
		name    string
		a, b    dyad.Mention
		atPlace bool
		want    int
	}{
		{"country and its government are one actor", mention("SYR", "", ""), mention("SYR", "GOV", ""), false, 0},
		{"two sectors of one country", mention("SYR", "LEG", ""), mention("SYR", "GOV", ""), false, 1},
		{"an institution and a named leader without a sector", mention("SYR", "LEG", ""), mention("SYR", "", "Bashar al-Assad"), false, 1},
		{"a named leader and his country", mention("SYR", "", "Bashar al-Assad"), mention("SYR", "", ""), false, 0},
		{"a sector acting at home, at a place", mention("TUR", "COP", ""), mention("TUR", "", ""), true, 1},
		{"a country at a place in itself", mention("TUR", "", ""), mention("TUR", "", ""), true, 0},
	}
	for _, tc := range tests {
		tr := &tree{mentions: []dyad.Mention{tc.a, tc.b}}
		if got := tr.pairs([]int{0}, []int{1}, p, false, tc.atPlace); len(got) != tc.want {
			t.Errorf("%s: pairs(%v, %v) = %v, want %d pair(s)", tc.name, tc.a.Actor, tc.b.Actor, got, tc.want)
		}
	}
}

// TestContextAgentRule keeps the coder's copy of the actor stage's rule
// name in step with it.
func TestContextAgentRule(t *testing.T) {
	if contextAgentRule != actor.RuleContextAgent {
		t.Errorf("contextAgentRule = %q, want actor.RuleContextAgent %q", contextAgentRule, actor.RuleContextAgent)
	}
	if sharedAgentRule != actor.RuleSharedAgent {
		t.Errorf("sharedAgentRule = %q, want actor.RuleSharedAgent %q", sharedAgentRule, actor.RuleSharedAgent)
	}
	if demonymRule != actor.RuleDemonym {
		t.Errorf("demonymRule = %q, want actor.RuleDemonym %q", demonymRule, actor.RuleDemonym)
	}
}
