package main

import (
	"testing"

	"dyad"
)

// TestGoldCountry checks how gold actor codes are reduced to countries.
func TestGoldCountry(t *testing.T) {
	tests := []struct{ code, want string }{
		{"USAGOV", "USA"},
		{"JAP", "JPN"},
		{"IGOUNO", "UNO"},
		{"IGOUNOMIL", "UNO"},
		{"IGOEUREEC", "EUR"},
		{"EEC", "EUR"},
		{"IGO", "IGO"},
	}
	for _, tc := range tests {
		if got := goldCountry(tc.code); got != tc.want {
			t.Errorf("goldCountry(%q) = %q, want %q", tc.code, got, tc.want)
		}
	}
}

// TestSystemCountry checks how dyad's participants are mapped to the gold
// data's codes: armed groups of no one country are IMG in both layouts,
// other organisations IGO in PLOVER records and themselves otherwise.
func TestSystemCountry(t *testing.T) {
	actors, err := newActors(nil)
	if err != nil {
		t.Fatal(err)
	}
	ev := &eventEvaluator{tables: actors.Tables()}
	tests := []struct {
		country string
		plover  bool
		want    string
	}{
		{"USA", true, "USA"},
		{"USA", false, "USA"},
		{"NAT", true, "IGO"},
		{"NAT", false, "NAT"},
		{"AMN", true, "IGO"},
		{"ALQ", true, "IMG"},
		{"ISI", false, "IMG"},
		{"PSE", true, "PSE"},
	}
	for _, tc := range tests {
		p := dyad.Participant{Actor: dyad.NewActor(tc.country, "", "", "")}
		if got := ev.systemCountry(p, tc.plover); got != tc.want {
			t.Errorf("systemCountry(%s, plover %v) = %q, want %q", tc.country, tc.plover, got, tc.want)
		}
	}
}
