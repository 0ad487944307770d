package main

import "testing"

// TestClusterParts checks the --clusters list of dyad nlp train.
func TestClusterParts(t *testing.T) {
	for _, tc := range []struct {
		in             string
		tagger, parser bool
		ok             bool
	}{
		{"", false, false, true},
		{"tagger", true, false, true},
		{"parser", false, true, true},
		{"tagger,parser", true, true, true},
		{" parser , tagger ", true, true, true},
		{"both", false, false, false},
	} {
		tg, pr, err := clusterParts(tc.in)
		if (err == nil) != tc.ok || tg != tc.tagger || pr != tc.parser {
			t.Errorf("clusterParts(%q) = %v, %v, %v; want %v, %v, ok %v", tc.in, tg, pr, err, tc.tagger, tc.parser, tc.ok)
		}
	}
}
