package nlp

import (
	"bytes"
	"testing"
)

func TestBoundaryEncoding(t *testing.T) {
	c := loadBoundary()
	if c == nil {
		t.Fatal("the shipped boundary classifier does not decode")
	}
	b := c.append(nil)
	if !bytes.Equal(b, shippedBoundary) {
		t.Errorf("re-encoding the shipped classifier gives %d bytes, want the %d shipped", len(b), len(shippedBoundary))
	}
	for _, tt := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"other magic", []byte("dyad-nlp-model 2\n\x00\x00\x00\x00")},
		{"truncated", b[:len(b)/2]},
		{"no weights", []byte(boundaryMagic + "\x00\x00\x00\x00")},
	} {
		if _, err := decodeBoundary(tt.b); err == nil {
			t.Errorf("decodeBoundary(%s) = nil error, want one", tt.name)
		}
	}
}

// TestGapKind checks where the boundary classifier is asked, and how
// sure it must be: names in news stay closed.
func TestGapKind(t *testing.T) {
	tests := []struct {
		text  string
		after string // the token before the gap
		want  gap
	}{
		{"Canadian PM Mark Carney met Xi", "PM", gapNever},
		{"talks with Mark Carney ended", "with", gapNever},
		{"(PLO) Chairman Yasser Arafat", ")", gapNever},
		{"1,000 Palestinian refugees", "1,000", gapNever},
		{"it was great thanks a lot", "great", gapNever},
		{"call me tomorrow The office is shut", "tomorrow", gapGuarded},
		{"see www.example.org for more", "www.example.org", gapGuarded},
		{"mail me at a.b@example.com Bill", "a.b@example.com", gapGuarded},
		{"08/16/2000 12:05 PM Meeting moved", "PM", gapOpen},
		{"Kind regards, Bill", ",", gapOpen},
		{"a great place :) Thanks", "place", gapOpen},
		{"Li said:`` A lot of ideas", "``", gapNever},
		{"he said (Applause.) Then", ".", gapNever},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text, 0, len(tt.text))
		i := 0
		for i < len(toks) && toks[i].In(tt.text) != tt.after {
			i++
		}
		if i >= len(toks) {
			t.Fatalf("%q has no token %q", tt.text, tt.after)
		}
		if got := gapKind(tt.text, toks, i); got != tt.want {
			t.Errorf("gapKind(%q) after %q = %d, want %d", tt.text, tt.after, got, tt.want)
		}
	}
}
