package actor

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseDictTSV(t *testing.T) {
	in := "# my actors\nkind\tname\tcountry\tsector\toffice\trole\tstart\tend\taliases\n" +
		"person\tSihasak Phuangketkeow\tTHA\tGOV\tFM\tforeign minister\t2025-09-19\t\tSihasak\n" +
		"name\tBlighty\tGBR\n" +
		"agent\tcoast guard\t\tMIL\n"
	d, err := ParseDict("my.tsv", []byte(in))
	if err != nil {
		t.Fatalf("ParseDict: %v", err)
	}
	want := []Entry{
		{Kind: "person", Name: "Sihasak Phuangketkeow", Country: "THA", Sector: "GOV", Office: "FM", Role: "foreign minister", Start: "2025-09-19", Aliases: []string{"Sihasak"}, Line: 3},
		{Kind: "name", Name: "Blighty", Country: "GBR", Line: 4},
		{Kind: "agent", Name: "coast guard", Sector: "MIL", Line: 5},
	}
	if diff := cmp.Diff(want, d.Entries); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
}

func TestParseDictYAML(t *testing.T) {
	in := `# my actors
- kind: person
  name: Sihasak Phuangketkeow
  country: THA
  office: FM
  role: foreign minister
  start: 2025-09-19
  aliases: [Sihasak]
- kind: seat
  name: Blue House
  country: KOR
  sector: GOV
`
	d, err := ParseDict("my.yaml", []byte(in))
	if err != nil {
		t.Fatalf("ParseDict: %v", err)
	}
	want := []Entry{
		{Kind: "person", Name: "Sihasak Phuangketkeow", Country: "THA", Office: "FM", Role: "foreign minister", Start: "2025-09-19", Aliases: []string{"Sihasak"}, Line: 2},
		{Kind: "seat", Name: "Blue House", Country: "KOR", Sector: "GOV", Line: 9},
	}
	if diff := cmp.Diff(want, d.Entries); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
}

func TestParseDictErrors(t *testing.T) {
	tests := []struct {
		name, path, in string
		want           []string // the problems, each "line N: ..." prefix
	}{
		{"no header", "a.tsv", "", []string{"line 1: no header"}},
		{"unknown column", "a.tsv", "kind\tname\tcolour\n", []string{"line 1: unknown column \"colour\""}},
		{"bad kind", "a.tsv", "kind\tname\tcountry\nthing\tX\tCAN\n", []string{"line 2: unknown kind \"thing\""}},
		{"bad country", "a.tsv", "kind\tname\tcountry\nname\tBlighty\tUK\n", []string{"line 2: country \"UK\""}},
		{"no start", "a.tsv", "kind\tname\tcountry\nperson\tJane Roe\tCAN\n", []string{"line 2: people need a start"}},
		{"bad date", "a.tsv", "kind\tname\tcountry\tstart\nperson\tJane Roe\tCAN\t5 May 2024\n", []string{"line 2: start: date \"5 May 2024\""}},
		{"end before start", "a.tsv", "kind\tname\tcountry\tstart\tend\nperson\tJane Roe\tCAN\t2024-05-01\t2023-01-01\n", []string{"line 2: end 2023-01-01 is not after"}},
		{"too many fields", "a.tsv", "kind\tname\nname\tX\tCAN\n", []string{"line 2: 3 fields"}},
		{"agent without sector", "a.tsv", "kind\tname\nagent\tcoast guard\n", []string{"line 2: an agent needs a sector"}},
		{"two bad lines", "a.tsv", "kind\tname\tcountry\nname\tA\tCAN\nname\t\tCAN\nname\tB\tcan\n", []string{"line 3: no name", "line 4: country \"can\""}},
		{"yaml syntax", "a.yaml", "- kind: person\n  name: [unclosed\n", []string{"line "}},
		{"yaml not a list", "a.yaml", "kind: person\n", []string{"line 1: want a list"}},
		{"yaml unknown key", "a.yml", "- kind: name\n  name: Blighty\n  county: GBR\n", []string{"line 3: unknown key \"county\""}},
		{"yaml bad entry", "a.yaml", "- kind: name\n  name: Blighty\n  country: GBR\n- kind: name\n  name: X\n", []string{"line 4: country \"\""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseDict(tt.path, []byte(tt.in))
			var derr *DictError
			if !errors.As(err, &derr) {
				t.Fatalf("ParseDict(%q) = %v, want a *DictError", tt.in, err)
			}
			if derr.Path != tt.path || len(derr.Problems) != len(tt.want) {
				t.Fatalf("ParseDict(%q) = %v, want %d problems in %s", tt.in, err, len(tt.want), tt.path)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(derr.Problems[i], w) {
					t.Errorf("problem %d = %q, want prefix %q", i, derr.Problems[i], w)
				}
			}
		})
	}
}

func FuzzParseDict(f *testing.F) {
	f.Add("a.tsv", "kind\tname\tcountry\nname\tBlighty\tGBR\n")
	f.Add("a.yaml", "- kind: person\n  name: X Y\n  country: CAN\n  start: 2024-01-01\n")
	f.Add("a.yaml", "- [\n")
	f.Fuzz(func(t *testing.T, path, in string) {
		d, err := ParseDict(path, []byte(in))
		if err == nil {
			for _, e := range d.Entries {
				if e.validate() != nil {
					t.Fatalf("ParseDict accepted an invalid entry %+v", e)
				}
			}
		}
	})
}

// TestUserDict checks that a dictionary adds people, names and agents,
// overrides built-in people, and leaves the built-in tables alone.
func TestUserDict(t *testing.T) {
	d, err := ParseDict("mine.tsv", []byte("kind\tname\tcountry\tsector\toffice\trole\tstart\taliases\tshort\n"+
		"person\tSihasak Phuangketkeow\tTHA\tGOV\tFM\tforeign minister\t2025-09-19\t\tSihasak\n"+
		"person\tMark Carney\tGBR\tGOV\tOTHER\tgovernor of the Bank of England\t2013-07-01\t\t\n"+
		"name\tBlighty\tGBR\t\t\t\t\t\t\n"+
		"agent\tcoast guard\t\tMIL\t\t\t\t\t\n"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(Options{Dicts: []*Dict{d}})
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, code, rule string }{
		{"Sihasak Phuangketkeow", "THAGOV", RuleFullName + " (user dictionary mine.tsv)"},
		{"Mark Carney", "GBRGOV", RuleFullName + " (user dictionary mine.tsv)"},
		{"Blighty", "GBR", RuleCountry + " (user dictionary mine.tsv)"},
		{"Philippine coast guard", "PHLMIL", RuleNationality + " (user dictionary mine.tsv)"},
	}
	for _, tt := range tests {
		ans, err := r.Lookup(tt.name, day)
		if err != nil {
			t.Errorf("Lookup(%q): %v", tt.name, err)
			continue
		}
		if ans.Actor.Code != tt.code || ans.Rule != tt.rule {
			t.Errorf("Lookup(%q) = %s by %q, want %s by %q", tt.name, ans.Actor.Code, ans.Rule, tt.code, tt.rule)
		}
	}
	// The built-in tables are untouched.
	base, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if ans, err := base.Lookup("Mark Carney", day); err != nil || ans.Actor.Code != "CANGOV" {
		t.Errorf("built-in Lookup(Mark Carney) = %v, %v; want CANGOV", ans.Actor, err)
	}
	if _, err := base.Lookup("Blighty", day); err == nil {
		t.Errorf("built-in Lookup(Blighty) found a user entry")
	}
}

// TestBadDictKeepsBuiltins checks that a malformed dictionary is refused
// with its file, line and reason, and that resolution still works.
func TestBadDictKeepsBuiltins(t *testing.T) {
	path := t.TempDir() + "/bad.tsv"
	if err := writeFile(path, "kind\tname\tcountry\nperson\tJane Roe\tCAN\n"); err != nil {
		t.Fatal(err)
	}
	_, err := ReadDict(path)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "line 2: people need a start") {
		t.Fatalf("ReadDict(bad) = %v, want the file, line 2 and the reason", err)
	}
	a := analyse(t, "Canadian Prime Minister Mark Carney spoke.", time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC))
	if m := findMention(a, "Canadian Prime Minister Mark Carney"); m == nil || m.Actor.Code != "CANGOV" {
		t.Errorf("after a bad dictionary: mentions %s, want CANGOV", listMentions(a))
	}
}

func TestExampleDict(t *testing.T) {
	d, err := ReadDict("testdata/example-dict.yaml")
	if err != nil {
		t.Fatalf("ReadDict(example): %v", err)
	}
	r, err := New(Options{Dicts: []*Dict{d}})
	if err != nil {
		t.Fatal(err)
	}
	for name, code := range map[string]string{"Sihasak": "THAGOV", "Blighty": "GBR", "Kiwi coast guard": "NZLMIL"} {
		if ans, err := r.Lookup(name, day("2026-01-16")); err != nil || ans.Actor.Code != code {
			t.Errorf("Lookup(%q) = %v, %v; want %s", name, ans.Actor, err, code)
		}
	}
}
