package main

import (
	"os"
	"path/filepath"
	"strings"
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

// TestEvalExplainEverySentence checks that --explain traces every sentence
// of a record, not only its first: a dateline is a sentence of its own.
func TestEvalExplainEverySentence(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.jsonl")
	rec := `{"id": "X1", "text": "KYIV, March 3 (Reuters) - Russia attacked Ukraine.", "date": "2022-03-03", "expected": [{"source": "RUS", "target": "UKR", "code": "190"}]}` + "\n"
	if err := os.WriteFile(gold, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "eval", "events", "--gold", gold, "--explain", "X1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"sentence 0: KYIV", "sentence 1: Russia attacked Ukraine."} {
		if !strings.Contains(out, want) {
			t.Errorf("--explain output lacks %q:\n%s", want, out)
		}
	}
}
