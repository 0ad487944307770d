package cameo_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad/cameo"
)

func TestBuiltinLookup(t *testing.T) {
	tests := []struct {
		code string
		want cameo.Code
	}{
		{"040", cameo.Code{Code: "040", Root: "04", Name: "Consult", QuadClass: 1, Goldstein: 1.0, PLOVER: "CONSULT"}},
		{"163", cameo.Code{Code: "163", Root: "16", Name: "Impose embargo, boycott, or sanctions", QuadClass: 4,
			Goldstein: -8.0, PLOVER: "COERCE", Mode: "restrict", Context: []string{"diplomatic"}}},
		{"020", cameo.Code{Code: "020", Root: "02", Name: "Make an appeal or request", QuadClass: 1, Goldstein: 3.0, PLOVER: "REQUEST"}},
		{"010", cameo.Code{Code: "010", Root: "01", Name: "Make statement", QuadClass: 1, Goldstein: 0}},
		{"190", cameo.Code{Code: "190", Root: "19", Name: "Use conventional military force", QuadClass: 4, Goldstein: -10, PLOVER: "ASSAULT",
			Context: []string{"military"}}},
	}
	tab := cameo.Builtin()
	for _, tt := range tests {
		got, ok := tab.Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%q) not found", tt.code)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Lookup(%q) (-want +got):\n%s", tt.code, diff)
		}
	}
	if _, ok := tab.Lookup("40"); ok {
		t.Errorf("Lookup(%q) found a code; leading zeros must matter", "40")
	}
}

func TestBuiltinCoversCAMEO(t *testing.T) {
	codes := cameo.Builtin().Codes()
	if len(codes) != 313 {
		t.Errorf("len(Codes()) = %d, want 313", len(codes))
	}
	roots := map[string]bool{}
	for _, c := range codes {
		roots[c.Root] = true
		var wantQuad int
		switch r := c.Root; {
		case r <= "05":
			wantQuad = 1
		case r <= "08":
			wantQuad = 2
		case r <= "13":
			wantQuad = 3
		default:
			wantQuad = 4
		}
		if c.QuadClass != wantQuad {
			t.Errorf("%s quad class = %d, want %d", c.Code, c.QuadClass, wantQuad)
		}
		if c.PLOVER == "" && c.Root != "01" {
			t.Errorf("%s has no PLOVER type", c.Code)
		}
	}
	if len(roots) != 20 {
		t.Errorf("%d roots, want 20", len(roots))
	}
}

func TestParseErrors(t *testing.T) {
	tests := map[string]string{
		"empty":        "",
		"short row":    "h\n040\t04\tConsult\n",
		"bad quad":     "h\n040\t04\tConsult\t5\t1.0\tCONSULT\t\t\n",
		"bad weight":   "h\n040\t04\tConsult\t1\tx\tCONSULT\t\t\n",
		"wrong root":   "h\n040\t05\tConsult\t1\t1.0\tCONSULT\t\t\n",
		"weight range": "h\n040\t04\tConsult\t1\t11\tCONSULT\t\t\n",
	}
	for name, in := range tests {
		if _, err := cameo.Parse(in); err == nil {
			t.Errorf("%s: Parse succeeded, want an error", name)
		}
	}
}

// TestGenerated regenerates the table from the codebook in ../shared, when
// it is there, and checks that the committed codes.tsv is up to date.
func TestGenerated(t *testing.T) {
	src, err := filepath.Abs(filepath.Join("..", "..", "shared", "testdata", "cameo", "cameo-codebook.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(src); err != nil {
		t.Skipf("../shared not found (%v): cannot check the generated table", err)
	}
	out := filepath.Join(t.TempDir(), "codes.tsv")
	cmd := exec.Command("go", "run", "./internal/gen", "-in", src, "-out", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run ./internal/gen: %v\n%s", err, msg)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("codes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("codes.tsv is stale; regenerate it (-committed +generated):\n%s", diff)
	}
}
