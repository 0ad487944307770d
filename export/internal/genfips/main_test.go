package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/internal/shareddata"
)

// TestCommittedTableIsCurrent regenerates export/fips.go from the shared
// Factbook rows and compares it with the committed file.
func TestCommittedTableIsCurrent(t *testing.T) {
	f, err := os.Open(filepath.Join(shareddata.Dir(), "data", "factbook", "countries.jsonl"))
	if err != nil {
		t.Skipf("no Factbook rows (%v); set DYAD_SHARED to the shared folder", err)
	}
	defer f.Close()
	got, err := Generate(f)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "fips.go"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("export/fips.go is stale: run go run ./export/internal/genfips -shared ../shared -out export/fips.go")
	}
}

func TestGenerateChoosesTheISOEntry(t *testing.T) {
	rows := `{"gec": "FR", "iso3": "FRA", "iso_match": "exact"}
{"gec": "IP", "iso3": "FRA", "iso_match": "part"}
{"gec": "WE", "iso3": "PSE", "iso_match": "part"}
{"gec": "GZ", "iso3": "PSE", "iso_match": "part"}
{"gec": "XX", "iso3": "", "iso_match": "none"}
`
	for i := 0; i < 200; i++ { // Generate refuses a file with too few countries
		code := "Q" + string(rune('A'+i%26)) + string(rune('A'+i/26))
		rows += `{"gec": "` + code[1:] + `", "iso3": "` + code + `", "iso_match": "exact"}` + "\n"
	}
	src, err := Generate(strings.NewReader(rows))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"FRA": "FR"`, `"PSE": "GZ"`} {
		if !strings.Contains(string(src), want) {
			t.Errorf("generated source lacks %s", want)
		}
	}
	if strings.Contains(string(src), `"XX"`) {
		t.Errorf("an entity without an ISO code was kept")
	}
	if _, err := Generate(strings.NewReader(`{"gec": "FR", "iso3": "FRA"}`)); err == nil {
		t.Errorf("Generate accepted a file of one country")
	}
	if _, err := Generate(strings.NewReader("not json\n")); err == nil {
		t.Errorf("Generate accepted a line that is not JSON")
	}
}
