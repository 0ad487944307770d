package dyad

import (
	"fmt"
	"time"
)

// DateLayout is the layout of every calendar date dyad reads and writes.
const DateLayout = "2006-01-02"

// Precision says how much of a date is known.
type Precision string

// The precisions a date can have. A date of month precision is written as the
// first day of its month, one of year precision as the first day of its year.
const (
	PrecisionDay     Precision = "day"
	PrecisionMonth   Precision = "month"
	PrecisionYear    Precision = "year"
	PrecisionUnknown Precision = "unknown"
)

// Validate reports an error unless p is one of the known precisions.
func (p Precision) Validate() error {
	switch p {
	case PrecisionDay, PrecisionMonth, PrecisionYear, PrecisionUnknown:
		return nil
	}
	return fmt.Errorf("precision %q: want day, month, year or unknown", string(p))
}

// ParseDate parses a calendar date written YYYY-MM-DD.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return t, nil
}

// FormatDate writes t as YYYY-MM-DD, or "" for the zero time.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}

// DateMention is a time expression found in the text and its resolved value.
type DateMention struct {
	Text      string    `json:"text"`      // Text is a copy of the article text at Span.
	Span      Span      `json:"span"`      // Span locates the expression ("on Friday").
	Value     string    `json:"value"`     // Value is the resolved date, YYYY-MM-DD, or "" if unresolved.
	Precision Precision `json:"precision"` // Precision says how much of Value is known.
}
