package actor

import (
	"testing"
	"time"
)

// TestTables checks the embedded tables: sizes, codes, tenures and
// memberships.
func TestTables(t *testing.T) {
	src, err := builtin()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(src.entities); n < 250 {
		t.Errorf("%d entities, want at least 250 (countries and organisations)", n)
	}
	if n := len(src.people); n < 3000 {
		t.Errorf("%d tenures, want at least 3000", n)
	}
	codes := map[string]bool{}
	for _, e := range src.entities {
		codes[e.Code] = true
	}
	for _, n := range src.names {
		if !codes[n.e.code] && !(n.e.code == "" && (n.e.kind == kindPeople || n.e.kind == kindRegion)) { // peoples of several countries
			t.Errorf("name %q has code %q, which is no entity", n.surface, n.e.code)
		}
	}
	for _, p := range src.people {
		if !p.End.IsZero() && !p.End.After(p.Start) {
			t.Errorf("%s %s %s: ends %s before it starts %s", p.Country, p.Office, p.Name, p.End.Format("2006-01-02"), p.Start.Format("2006-01-02"))
		}
		if p.Source == "curated" && p.Checked == "" {
			t.Errorf("curated %s %s has no checked date", p.Country, p.Name)
		}
	}
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	members := map[string][]string{"NAT": {"CAN", "USA", "DEU", "TUR"}, "EUR": {"DEU", "FRA"}, "UNO": {"CAN", "CHN"},
		"GOS": {"CAN", "JPN"}, "ASN": {"THA", "IDN"}, "AFU": {"KEN", "NGA"}}
	for org, want := range members {
		e, ok := tb.Entity(org)
		if !ok || !e.Org {
			t.Errorf("Entity(%s) = %v, %v; want an organisation", org, e, ok)
			continue
		}
		have := map[string]bool{}
		for _, m := range e.Members {
			have[m] = true
		}
		for _, c := range want {
			if !have[c] {
				t.Errorf("%s members lack %s", org, c)
			}
		}
	}
	for _, k := range []string{"HOS", "HOG", "FM", "DM"} {
		for _, c := range []string{"USA", "CHN", "RUS", "GBR", "FRA", "DEU", "IND", "JPN", "BRA", "CAN"} {
			if k == "HOS" && c == "CAN" {
				continue // the King, resolved to GBR
			}
			if p := tb.holder(c, k, day("2026-01-16")); p == nil {
				t.Errorf("no %s of %s on 2026-01-16", k, c)
			}
		}
	}
}

// TestG20Ministers checks that every G20 country has a foreign and a
// defence minister on the day the curated rows were checked.
func TestG20Ministers(t *testing.T) {
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	g20 := []string{"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
		"SAU", "ZAF", "TUR", "GBR", "USA"}
	for _, c := range g20 {
		for _, office := range []string{"FM", "DM"} {
			if p := tb.holder(c, office, day("2026-11-29")); p == nil {
				t.Errorf("no %s of %s on 2026-11-29", office, c)
			}
		}
	}
}

// TestArticleVariant checks the other spelling of names with an Arabic
// article.
func TestArticleVariant(t *testing.T) {
	for in, want := range map[string]string{
		"Hamad bin Khalifa Al Thani": "Hamad bin Khalifa al-Thani",
		"Bashar al-Assad":            "Bashar Al Assad",
		"Abdel Fattah el-Sisi":       "Abdel Fattah El Sisi",
		"Mark Carney":                "",
		"Al Gore":                    "",
	} {
		if got := articleVariant(in); got != want {
			t.Errorf("articleVariant(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEditDistance checks the distance misspellings are measured by.
func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"afganistan", "afghanistan", 1},
		{"quatar", "qatar", 1},
		{"sontas", "santos", 2},
		{"ethiopia", "ethiopia", 0},
		{"abcd", "acbd", 1},
		{"", "abc", 3},
	}
	for _, tc := range tests {
		if got := editDistance([]rune(tc.a), []rune(tc.b)); got != tc.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestCountryOn checks the country of a seceded state's places and actors
// before and after its independence.
func TestCountryOn(t *testing.T) {
	d := func(s string) time.Time {
		v, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	tests := []struct{ country, day, want string }{
		{"SSD", "2000-01-01", "SDN"},
		{"SSD", "2011-07-09", "SSD"},
		{"ERI", "1990-01-01", "ETH"},
		{"XKX", "2000-01-01", "SRB"},
		{"TLS", "2000-01-01", "TLS"},
		{"FRA", "1990-01-01", "FRA"},
	}
	for _, tc := range tests {
		if got := CountryOn(tc.country, d(tc.day)); got != tc.want {
			t.Errorf("CountryOn(%s, %s) = %s, want %s", tc.country, tc.day, got, tc.want)
		}
	}
}
