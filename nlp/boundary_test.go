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
