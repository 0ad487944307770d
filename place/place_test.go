package place

import (
	"testing"
)

func TestLookup(t *testing.T) {
	g := Default()
	if g.Len() < 20000 {
		t.Errorf("Len() = %d, want over 20,000 places", g.Len())
	}
	tests := []struct {
		name, country, first string
		capital              bool
	}{
		{"Ottawa", "CAN", "Ottawa", true},
		{"ottawa", "CAN", "Ottawa", true},
		{"Beijing", "CHN", "Beijing", true},
		{"Peking", "CHN", "Beijing", true},
		{"Kyiv", "UKR", "Kyiv", true},
		{"Kiev", "UKR", "Kyiv", true},
		{"Nairobi", "KEN", "Nairobi", true},
		{"Shanghai", "CHN", "Shanghai", false},
		{"São Paulo", "BRA", "São Paulo", false},
		{"Sao Paulo", "BRA", "São Paulo", false},
		{"Tbilisi", "GEO", "Tbilisi", true},
		{"Washington", "USA", "Washington, D.C.", true},
	}
	for _, tt := range tests {
		p, ok := g.Best(tt.name)
		if !ok || p.Country != tt.country || p.Name != tt.first || p.IsCapital() != tt.capital {
			t.Errorf("Best(%q) = %+v, %v; want %s in %s (capital %v)", tt.name, p, ok, tt.first, tt.country, tt.capital)
		}
	}
	if ps := g.Lookup("Springfield"); len(ps) < 3 {
		t.Errorf("Lookup(Springfield) = %d places, want several", len(ps))
	}
	if ps := g.Lookup("Nowhereville Xyz"); ps != nil {
		t.Errorf("Lookup(Nowhereville Xyz) = %v, want nil", ps)
	}
	if p, _ := g.Best("Kyiv"); p.ID != 703448 || p.Lat < 50 || p.Lat > 51 || p.Lon < 30 || p.Lon > 31 {
		t.Errorf("Best(Kyiv) = %+v, want GeoNames 703448 near 50.45, 30.52", p)
	}
}

func TestReadErrors(t *testing.T) {
	if _, err := Read([]byte("not gzip")); err == nil {
		t.Error("Read(not gzip) succeeded")
	}
}

// BenchmarkRead measures loading the embedded gazetteer, paid once per
// process that needs it.
func BenchmarkRead(b *testing.B) {
	for b.Loop() {
		if _, err := Read(placesGz); err != nil {
			b.Fatal(err)
		}
	}
}
