package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVerbCode(t *testing.T) {
	tests := []struct {
		name, line, body, code string
	}{
		{"no code", "BENEFIT ", "BENEFIT ", ""},
		{"own code", "HELP [070]", "HELP ", "070"},
		{"forms and code", "SEEK {SEEKS SEEKING SOUGHT } [030]", "SEEK {SEEKS SEEKING SOUGHT } ", "030"},
		{"no space", "RECONVENE[---]", "RECONVENE", "---"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, code := verbCode(tt.line)
			if body != tt.body || code != tt.code {
				t.Errorf("verbCode(%q) = %q, %q, want %q, %q", tt.line, body, code, tt.body, tt.code)
			}
		})
	}
}

// TestOwnCodes checks that a verb with its own code in a block gets its
// own default line with that code, and keeps the block's patterns.
func TestOwnCodes(t *testing.T) {
	dict := `####### VERB PATTERNS #######
---  AID   [060]  ---
AID
ASSIST [060]
BENEFIT
HELP [070]
REPORT [---]
- * (WITH &INFORMATION)   [064]  # HELP
- * NEGOTIATE             [045]  # HELP
`
	d, err := parse(strings.NewReader(dict))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := d.write(&b); err != nil {
		t.Fatal(err)
	}
	got := strings.TrimPrefix(b.String(), header)
	want := "\n# AID\n060\taid|assist|benefit\t-\n070\thelp\t-\n045\taid|assist|benefit|help|report\tnegotiate\n"
	if got != want {
		t.Errorf("write() = %q, want %q", got, want)
	}
}

// TestPhoenixFresh converts the shared Phoenix dictionary and compares the
// result with the committed coder/verbs/phoenix.tsv: regenerate it (see
// the package comment) when the converter changes.
func TestPhoenixFresh(t *testing.T) {
	in := filepath.Join("..", "..", "..", "..", "shared", "testdata", "petrarch-validation", "dictionaries", "phoenix-ud-2018", "CAMEO.2.0.txt")
	f, err := os.Open(in)
	if err != nil {
		t.Skipf("the shared Phoenix dictionary is needed: %v", err)
	}
	defer f.Close()
	d, err := parse(f)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := d.write(&b); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "verbs", "phoenix.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(committed) {
		t.Error("coder/verbs/phoenix.tsv is stale: regenerate it with go run ./coder/internal/gen")
	}
}
