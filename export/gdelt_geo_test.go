package export

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"dyad"
)

func TestGDELTGeoUsesFIPSCodes(t *testing.T) {
	tests := []struct {
		loc  *dyad.Location
		want []string
	}{
		{nil, []string{"0", "", "", "", "", "", "", ""}},
		{&dyad.Location{Name: "Beijing", Country: "CHN", Lat: 39.9075, Lon: 116.39723},
			[]string{"4", "Beijing", "CH", "", "", "39.9075", "116.3972", ""}},
		{&dyad.Location{Country: "DEU"}, []string{"1", "", "GM", "", "", "0.0000", "0.0000", ""}},
		{&dyad.Location{Name: "Juba", Country: "SSD", Lat: 4.85, Lon: 31.58}, []string{"4", "Juba", "OD", "", "", "4.8500", "31.5800", ""}},
		{&dyad.Location{Name: "Brussels", Country: "EUR", Lat: 50.85, Lon: 4.35}, []string{"4", "Brussels", "", "", "", "50.8500", "4.3500", ""}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, gdeltGeo(tt.loc)); diff != "" {
			t.Errorf("gdeltGeo(%+v) (-want +got):\n%s", tt.loc, diff)
		}
	}
}
