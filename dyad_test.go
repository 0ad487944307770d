package dyad_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"dyad"
)

func TestSpan(t *testing.T) {
	s := dyad.Span{Start: 2, End: 5}
	if got := s.In("0123456"); got != "234" {
		t.Errorf("In = %q, want %q", got, "234")
	}
	if got := s.In("012"); got != "" {
		t.Errorf("In(short text) = %q, want \"\"", got)
	}
	b, _ := json.Marshal(s)
	if string(b) != "[2,5]" {
		t.Errorf("Marshal = %s, want [2,5]", b)
	}
	var back dyad.Span
	if err := json.Unmarshal(b, &back); err != nil || back != s {
		t.Errorf("Unmarshal(%s) = %v, %v", b, back, err)
	}
	if err := json.Unmarshal([]byte(`{"start":1}`), &back); err == nil {
		t.Errorf("Unmarshal(object) succeeded, want an error")
	}
	for _, tt := range []struct {
		a, b           dyad.Span
		overlap, inner bool
	}{
		{dyad.Span{Start: 0, End: 5}, dyad.Span{Start: 4, End: 6}, true, false},
		{dyad.Span{Start: 0, End: 5}, dyad.Span{Start: 5, End: 6}, false, false},
		{dyad.Span{Start: 0, End: 5}, dyad.Span{Start: 1, End: 3}, true, true},
	} {
		if tt.a.Overlaps(tt.b) != tt.overlap || tt.a.Contains(tt.b) != tt.inner {
			t.Errorf("%v vs %v: Overlaps %v Contains %v", tt.a, tt.b, tt.a.Overlaps(tt.b), tt.a.Contains(tt.b))
		}
	}
}

func TestArticleJSON(t *testing.T) {
	a := dyad.Article{ID: dyad.ArticleID("Text."), URL: "u", Title: "T", Published: time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC),
		PublishedSource: dyad.PublishedCaller, Language: "en", Text: "Text."}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"published":"2026-01-16"`) {
		t.Errorf("Marshal = %s; want the day as YYYY-MM-DD", b)
	}
	var back dyad.Article
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	b, _ = json.Marshal(dyad.Article{Text: "x"})
	if !strings.Contains(string(b), `"published":null,"published_source":"unknown"`) {
		t.Errorf("Marshal(no date) = %s; want null and unknown", b)
	}
	if err := json.Unmarshal([]byte(`{"published":"16/01/2026"}`), &back); err == nil {
		t.Errorf("Unmarshal(bad date) succeeded")
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		a    dyad.Article
		ok   bool
	}{
		{"ok", dyad.Article{Text: "Fine."}, true},
		{"tab and newline are text", dyad.Article{Text: "a\tb\nc\r\n"}, true},
		{"empty", dyad.Article{Text: " \n"}, false},
		{"nul", dyad.Article{Text: "a\x00b"}, false},
		{"controls", dyad.Article{Text: "a\x01\x02\x03b"}, false},
		{"bad utf8", dyad.Article{Text: "\xff"}, false},
		{"too big", dyad.Article{Text: strings.Repeat("x", dyad.MaxTextBytes+1)}, false},
		{"wrong id", dyad.Article{ID: "abc", Text: "Fine."}, false},
		{"date without source", dyad.Article{Text: "Fine.", Published: time.Now()}, false},
	}
	for _, tt := range tests {
		err := tt.a.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("%s: Validate() = %v, want ok=%v", tt.name, err, tt.ok)
		}
		if err != nil && dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("%s: error code %q, want %q", tt.name, dyad.ErrorCode(err), dyad.EINVALID)
		}
	}
}

func TestAnalysisSentenceAtAndValidate(t *testing.T) {
	a := dyad.NewAnalysis(dyad.Article{Text: "One. Two. Three."})
	a.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: 4}}, {Span: dyad.Span{Start: 5, End: 9}}, {Span: dyad.Span{Start: 10, End: 16}}}
	for off, want := range map[int]int{0: 0, 3: 0, 4: -1, 5: 1, 12: 2, 16: -1} {
		if got := a.SentenceAt(off); got != want {
			t.Errorf("SentenceAt(%d) = %d, want %d", off, got, want)
		}
	}
	a.Mentions = []dyad.Mention{{Text: "Two", Span: dyad.Span{Start: 5, End: 8}}}
	if err := a.Validate(); err != nil {
		t.Errorf("Validate: %v", err)
	}
	a.Mentions[0].Text = "Tw"
	if err := a.Validate(); err == nil {
		t.Errorf("Validate accepted a text copy that does not match its span")
	}
}

func TestPageWindow(t *testing.T) {
	for _, tt := range []struct {
		p        dyad.Page
		off, lim int
	}{
		{dyad.Page{}, 0, dyad.DefaultLimit},
		{dyad.Page{Offset: -3, Limit: 5}, 0, 5},
		{dyad.Page{Limit: dyad.MaxLimit * 2}, 0, dyad.MaxLimit},
	} {
		if off, lim := tt.p.Window(); off != tt.off || lim != tt.lim {
			t.Errorf("%+v.Window() = %d, %d; want %d, %d", tt.p, off, lim, tt.off, tt.lim)
		}
	}
}
