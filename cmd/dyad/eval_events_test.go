package main

import "testing"

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
