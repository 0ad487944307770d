// Package dyad holds the vocabulary of dyad: the article, the spans into its
// text, and what the analysis finds there (sentences, tokens, actor mentions,
// events, quotes, dates), with the stage and store interfaces that the
// subpackages implement. It imports the standard library only.
//
// Every fact dyad reports points back into the article text with a Span: byte
// offsets, half-open, into Article.Text. Text fields beside spans are copies
// for the reader of a document; the span is authoritative.
package dyad

import (
	"encoding/json"
	"fmt"
)

// Span is a half-open byte range [Start, End) into an article's text.
type Span struct {
	Start int // Start is the offset of the first byte.
	End   int // End is the offset just past the last byte.
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the empty span at offset 0.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// In returns the text s covers in text, or "" if s does not fit in text.
func (s Span) In(text string) string {
	if s.Validate(len(text)) != nil {
		return ""
	}
	return text[s.Start:s.End]
}

// Validate reports an error unless 0 <= Start <= End <= n.
func (s Span) Validate(n int) error {
	if s.Start < 0 || s.End < s.Start || s.End > n {
		return fmt.Errorf("span [%d,%d] outside text of %d bytes", s.Start, s.End, n)
	}
	return nil
}

// MarshalJSON encodes s as the two-element array [start, end].
func (s Span) MarshalJSON() ([]byte, error) {
	return json.Marshal([2]int{s.Start, s.End})
}

// UnmarshalJSON decodes the two-element array [start, end].
func (s *Span) UnmarshalJSON(b []byte) error {
	var a [2]int
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("span: %w", err)
	}
	s.Start, s.End = a[0], a[1]
	return nil
}

// String formats s as [start,end).
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }
