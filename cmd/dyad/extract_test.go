package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad"
)

func TestExtractCommand(t *testing.T) {
	code, out, errOut := run(t, "", "extract", "--url", "https://news.example.com/world/leaders-meet-beijing", "testdata/page.html")
	if code != 0 {
		t.Fatalf("dyad extract: exit %d, stderr %s", code, errOut)
	}
	var art dyad.Article
	if err := json.Unmarshal([]byte(out), &art); err != nil {
		t.Fatalf("output is not an article object: %v\n%s", err, out)
	}
	if art.Title != "Leaders meet in Beijing to reset ties" || dyad.FormatDate(art.Published) != "2026-01-16" ||
		art.PublishedSource != dyad.PublishedMetadata || art.Site != "Example News" || art.Language != "en" ||
		len(art.Authors) != 1 || art.ID != dyad.ArticleID(art.Text) {
		t.Errorf("dyad extract page.html = %+v", art)
	}
	for _, field := range []string{`"published_source"`, `"site"`, `"authors"`, `"language"`, `"url"`} {
		if !strings.Contains(out, field) {
			t.Errorf("output lacks %s", field)
		}
	}
}

func TestExtractCommandText(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "scraped.txt")
	text := "ARTICLE AD BOX\nThe two leaders met in Beijing and agreed to cut tariffs on canola and electric cars.\n\n23 hours ago\nEnglish (US) ·\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	crawled := time.Date(2026, 1, 17, 10, 0, 0, 0, time.UTC)
	if err := os.Chtimes(p, crawled, crawled); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "extract", p)
	if code != 0 {
		t.Fatalf("dyad extract: exit %d, stderr %s", code, errOut)
	}
	var art dyad.Article
	if err := json.Unmarshal([]byte(out), &art); err != nil {
		t.Fatal(err)
	}
	want := "The two leaders met in Beijing and agreed to cut tariffs on canola and electric cars."
	if art.Text != want || dyad.FormatDate(art.Published) != "2026-01-16" || art.PublishedSource != dyad.PublishedRelative {
		t.Errorf("dyad extract scraped.txt = text %q, published %v (%s)", art.Text, art.Published, art.PublishedSource)
	}
}

func TestExtractCommandErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"extract", "a", "b"}, 2, "one FILE"},
		{[]string{"extract", "--format", "xml", "a"}, 2, "want json or text"},
		{[]string{"extract", "--input", "warc", "a"}, 2, "want html or text"},
		{[]string{"extract", "testdata/missing.html"}, 1, "no such file"},
	}
	for _, tt := range tests {
		code, _, errOut := run(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.msg) {
			t.Errorf("dyad %v = exit %d, %q; want exit %d mentioning %q", tt.args, code, errOut, tt.code, tt.msg)
		}
	}
	if code, _, errOut := run(t, "\x00\x01binary", "extract", "--input", "html", "-"); code != 1 || !strings.Contains(errOut, "binary") {
		t.Errorf("dyad extract binary stdin = exit %d, %q; want a binary-page error", code, errOut)
	}
}

func TestEvalExtract(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "p1.html"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	truth := `{"p1": {"articleBody": "Chinese President Xi Jinping and Canadian Prime Minister Mark Carney held talks in Beijing on Friday, signalling a renewed effort to reset bilateral relations amid shifting global alliances.", "url": "https://news.example.com/x"}}`
	tp := filepath.Join(dir, "truth.json")
	if err := os.WriteFile(tp, []byte(truth), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "", "eval", "extract", "--truth", tp, "--format", "json", dir)
	if code != 0 {
		t.Fatalf("dyad eval extract: exit %d, %s", code, errOut)
	}
	var rep struct {
		Pages         int
		F1, Precision float64
		Recall        float64
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Pages != 1 || rep.Recall != 1 || rep.Precision >= 1 || rep.Precision <= 0.2 {
		t.Errorf("eval extract = %+v; want recall 1 and a precision below 1 (the page has more paragraphs than the truth)", rep)
	}
	if code, _, _ := run(t, "", "eval", "nothing"); code != 2 {
		t.Errorf("dyad eval nothing = exit %d, want 2", code)
	}
}
