package main

import (
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestConvert(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("geonameid\tname\tasciiname\talternatenames\tcountry\tadmin1\tfeature_code\tpopulation\tlat\tlon\n" +
		"6094817\tOttawa\tOttawa\tOTT,Otava,atawa,Оттава\tCA\t08\tPPLC\t812129\t45.41117\t-75.69812\n" +
		"1\tOld Town\tOld Town\t\tCA\t08\tPPLH\t20000\t1\t1\n" +
		"2\tSmallville\tSmallville\tSmall Ville\tCA\t08\tPPL\t20000\t1.5\t2.5\n" +
		"3\tNowhere\tNowhere\t\tZZ\t08\tPPL\t20000\t1\t1\n"))
	zw.Close()
	rows, err := convert(&buf, map[string]string{"CA": "CAN"})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"6094817", "Ottawa", "Otava", "CAN", "PPLC", "812129", "45.41117", "-75.69812"},
		{"2", "Smallville", "", "CAN", "PPL", "20000", "1.5", "2.5"},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("convert (-want +got):\n%s", diff)
	}
}
