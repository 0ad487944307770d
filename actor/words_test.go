package actor

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"U.S. President Donald J. Trump", []string{"U.S.", "President", "Donald", "J.", "Trump"}},
		{"Beijing’s Great Hall", []string{"Beijing", "’s", "Great", "Hall"}},
		{"Canada's sovereignty.", []string{"Canada", "'s", "sovereignty", "."}},
		{"Kosiniak-Kamysz and Sa'ar said", []string{"Kosiniak-Kamysz", "and", "Sa'ar", "said"}},
		{"the countries’ leaders", []string{"the", "countries", "’", "leaders"}},
		{"“Together,” Carney", []string{"“", "Together", ",", "”", "Carney"}},
		{"Washington, D.C.", []string{"Washington", ",", "D.C."}},
		{"the U.S.", []string{"the", "U.S."}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Words(tt.in) {
			got = append(got, tt.in[s.Start:s.End])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Words(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"U.S. President", "Beijing’s", "a.b.c.", "'s", "x'", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, w := range Words(s) {
			if w.Start < last || w.End <= w.Start || w.End > len(s) {
				t.Fatalf("Words(%q): bad span %v after %d", s, w, last)
			}
			last = w.End
		}
	})
}
