package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestForms(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Canadian(s)", []string{"Canadian", "Canadians"}},
		{"Chinese (singular and plural)", []string{"Chinese"}},
		{"Briton(s), British (collective plural)", []string{"Briton", "Britons", "British"}},
		{"Dutchman(men), Dutchwoman(women)", []string{"Dutchman", "Dutchmen", "Dutchwoman", "Dutchwomen"}},
		{"Congolese or Congo", []string{"Congolese", "Congo"}},
		{"Aruban; Dutch", []string{"Aruban", "Dutch"}},
		{"Saudi(s); note - also Saudi Arabian(s)", []string{"Saudi", "Saudis"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, forms(tt.in)); diff != "" {
			t.Errorf("forms(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestNameVariants(t *testing.T) {
	tests := []struct {
		in, short string
		want      []string
	}{
		{"Donald J. Trump", "Trump", []string{"Donald Trump"}},
		{"Anthony (Tony) Blair", "Blair", []string{"Tony Blair", "Anthony Blair"}},
		{"Edward (Eddie) Fenech Adami", "Fenech Adami", []string{"Eddie Fenech Adami", "Edward Fenech Adami"}},
		{`Jose "Pepe" Mujica Cordano`, "Mujica", []string{"Pepe Mujica Cordano", "Jose Mujica Cordano"}},
		{"Justin Pierre James Trudeau", "Trudeau", []string{"Justin Trudeau"}},
		{"Xi Jinping", "Xi", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, nameVariants(tt.in, tt.short)); diff != "" {
			t.Errorf("nameVariants(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestExpandAgents(t *testing.T) {
	subst := map[string][]string{"!PERSON!": {"MAN", "MEN"}}
	if diff := cmp.Diff([]string{"businessman", "businessmen"}, expand("BUSINESS!PERSON!", subst)); diff != "" {
		t.Errorf("expand (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"riot police"}, expand("RIOT_POLICE_", subst)); diff != "" {
		t.Errorf("expand (-want +got):\n%s", diff)
	}
	for in, want := range map[string][]string{"soldier": {"soldier", "soldiers"}, "militia": {"militia", "militias"},
		"embassy": {"embassy", "embassies"}, "police": {"police", "polices"}, "troops": {"troops"}} {
		if diff := cmp.Diff(want, withPlural(in)); diff != "" {
			t.Errorf("withPlural(%q) (-want +got):\n%s", in, diff)
		}
	}
}

// TestRunTiny runs the whole generator on a tiny shared folder and the real
// curated files, and checks a few rows of each output.
func TestRunTiny(t *testing.T) {
	shared := t.TempDir()
	files := map[string]string{
		factbookPath: `{"iso3":"CAN","iso_match":"exact","name_short":"Canada","name_long":"","abbreviation":"","former_names":"","nationality_noun":"Canadian(s)","nationality_adjective":"Canadian","capitals":[{"name":"Ottawa","variants":[]}],"intl_orgs":[{"org":"UN","qualifier":""},{"org":"NATO","qualifier":""}]}
{"iso3":"CHN","iso_match":"exact","name_short":"China","name_long":"People's Republic of China","abbreviation":"PRC","former_names":"","nationality_noun":"Chinese (singular and plural)","nationality_adjective":"Chinese","capitals":[{"name":"Beijing","variants":[]}],"intl_orgs":[{"org":"UN","qualifier":""}]}
`,
		headsPath: "iso3\tgec\trole\ttitle\tname\tsurname\tstart\tend\tfirst_seen\tlast_seen\tsource\tnote\n" +
			"CAN\tCA\tHOG\tPrime Minister\tJustin Pierre James Trudeau\tTrudeau\t2015-11-04\t2025-03-14\t2015\t2025-03-11\tx\t\n" +
			"CAN\tCA\tHOG\tPrime Minister\tMark Carney\tCarney\t2025-03-14\t\t2025-03-20\t2026-01-22\tx\t\n",
		ministerPath: "iso3,name,start,honorific,country,position,wikidata_person,wikidata_country\nCAN,Mélanie Joly,2021-10-26,,Canada,Minister,Q1,Q2\nCHN,Wang Yi,2013-03-16,,China,Minister,Q3,Q4\n",
		agentsPath:   "!PERSON! = MAN, MEN\nBUSINESS!PERSON! [~BUS]\nRIOT_POLICE {} [~COP]\n# comment [~GOV]\n",
	}
	for p, s := range files {
		full := filepath.Join(shared, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	if err := run(shared, "curated", out); err != nil {
		t.Fatalf("run: %v", err)
	}
	want := map[string][]string{
		"entities.tsv.gz": {"CAN\tCanada\t\t", "NAT\tNorth Atlantic Treaty Organization\tIGO\tCAN", "ISI\tIslamic State\tIMG\t"},
		"names.tsv.gz":    {"Canadian\tCAN\tdemonym", "Ottawa\tCAN\tcapital", "PRC\tCHN\tname", "Kremlin\tRUS\tseat\tGOV", "Kurdish\t\tpeople"},
		"people.tsv.gz":   {"CAN\tGOV\tHOG\thead of government\tPrime Minister\tJustin Trudeau\tTrudeau\t", "Mark Carney\tCarney\t\t2025-03-14\t\tfactbook", "CAN\tGOV\tFM\tforeign minister\t\tMélanie Joly\tJoly\t\t2021-10-26\t2025-05-13\tcurated"},
		"agents.tsv.gz":   {"businessmen\tBUS", "riot police\tCOP", "prime minister\tGOV\tHOG\t1\thead of government\tcurated"},
	}
	for file, rows := range want {
		b := gunzip(t, filepath.Join(out, file))
		for _, r := range rows {
			if !strings.Contains(b, r) {
				t.Errorf("%s lacks %q", file, r)
			}
		}
	}
}

func gunzip(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	s, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return string(s)
}
