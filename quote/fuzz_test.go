package quote_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"dyad"
)

// FuzzFinder runs the stage on any text: it must not panic, every span
// must be valid (Validate), and a direct quotation may run past the end of
// its paragraph only where the next paragraph opens with a quotation mark.
func FuzzFinder(f *testing.F) {
	for _, c := range loadCases(f, "cases.txt") {
		f.Add(c.text)
	}
	f.Add("“a\n“b\n“c”")
	f.Add("\"\"\"\n'''\n‘’‘’")
	f.Add("“" + strings.Repeat("x said “y,” z said. ", 20))
	cast := loadCast(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := analysis(t, cast, text)
		for _, q := range run(t, a) {
			checkParagraphs(t, text, q)
			if q.Sentence < -1 || q.Sentence >= len(a.Sentences) {
				t.Errorf("quote %q: sentence %d of %d", q.Text, q.Sentence, len(a.Sentences))
			}
			if s := q.Speaker; s != nil && s.Span.Validate(len(text)) != nil {
				t.Errorf("quote %q: speaker span %v outside text", q.Text, s.Span)
			}
			if s := q.Addressee; s != nil && s.Span.Validate(len(text)) != nil {
				t.Errorf("quote %q: addressee span %v outside text", q.Text, s.Span)
			}
		}
	})
}

// checkParagraphs fails if q crosses a line break that is not followed by
// an opening quotation mark (the multi-paragraph convention).
func checkParagraphs(t *testing.T, text string, q dyad.Quote) {
	t.Helper()
	body := q.Span.In(text)
	if !q.Direct {
		if strings.Contains(body, "\n") {
			t.Errorf("reported quote %q crosses a paragraph", body)
		}
		return
	}
	for i := strings.IndexByte(body, '\n'); i >= 0; {
		rest := strings.TrimLeft(body[i:], " \t\r\n")
		r, _ := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune("“„«\"‘'", r) {
			t.Errorf("quote %q runs past its paragraph at byte %d", body, q.Span.Start+i)
			return
		}
		j := strings.IndexByte(body[i+1:], '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
}
