package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/extract"
	"dyad/internal/shareddata"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/charmap"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func TestExtractGolden(t *testing.T) {
	f, err := os.Open("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	art, err := extract.Extract(f, extract.Options{URL: "https://news.example.com/world/leaders-meet-beijing?ref=rss"})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	got, err := json.MarshalIndent(art, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := "testdata/article.golden.json"
	if *update {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)+"\n"); diff != "" {
		t.Errorf("Extract(article.html) mismatch (-want +got):\n%s", diff)
	}
	for _, junk := range []string{"Advertisement", "Leaders meet in Beijing to reset ties", "Copyright", "Contact"} {
		if strings.Contains(art.Text, junk) {
			t.Errorf("Extract text keeps %q:\n%s", junk, art.Text)
		}
	}
}

func TestExtractPublishedSource(t *testing.T) {
	body := `<p>` + strings.Repeat("The ministers met again to discuss the border and the trade in grain between the two countries. ", 6) + `</p>`
	crawled := time.Date(2026, 1, 17, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name       string
		head, text string
		opts       extract.Options
		want       string
		source     string
	}{
		{"caller wins", `<meta property="article:published_time" content="2020-01-01">`, body,
			extract.Options{Published: time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC)}, "2026-01-16", dyad.PublishedCaller},
		{"meta tag", `<meta property="article:published_time" content="2026-01-15T23:30:00-05:00">`, body,
			extract.Options{}, "2026-01-15", dyad.PublishedMetadata},
		{"json-ld", `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-01-14T08:00:00Z"}]}</script>`, body,
			extract.Options{}, "2026-01-14", dyad.PublishedMetadata},
		{"utc stamp after the url day", `<meta property="article:published_time" content="2026-01-16T02:59:46Z">`, body,
			extract.Options{URL: "https://x.example/2026/01/15/story.html"}, "2026-01-15", dyad.PublishedURL},
		{"local stamp beats the url", `<meta property="article:published_time" content="2026-01-16T02:59:46+08:00">`, body,
			extract.Options{URL: "https://x.example/2026/01/15/story.html"}, "2026-01-16", dyad.PublishedMetadata},
		{"url", ``, body, extract.Options{URL: "https://x.example/2026/01/13/story.html"}, "2026-01-13", dyad.PublishedURL},
		{"dateline", ``, `<p>BEIJING, Jan. 12, 2026 (Xinhua) -- ` + body[3:], extract.Options{Crawled: crawled}, "2026-01-12", dyad.PublishedDateline},
		{"printed byline date", ``, `</article><div class="byline"><time class="entry-date published">January 12, 2026</time></div><article>` + body,
			extract.Options{Crawled: crawled}, "2026-01-12", dyad.PublishedDateline},
		{"relative", ``, `<time>23 hours ago</time>` + body, extract.Options{Crawled: crawled}, "2026-01-16", dyad.PublishedRelative},
		{"relative paragraph", ``, `<p>2 days ago</p>` + body, extract.Options{Crawled: crawled}, "2026-01-15", dyad.PublishedRelative},
		{"unknown", ``, body, extract.Options{}, "", dyad.PublishedUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body><article>" + tt.text + "</article></body></html>"
			art, err := extract.Extract(strings.NewReader(page), tt.opts)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if got := dyad.FormatDate(art.Published); got != tt.want || art.PublishedSource != tt.source {
				t.Errorf("published = %q from %q, want %q from %q", got, art.PublishedSource, tt.want, tt.source)
			}
		})
	}
}

func TestExtractCharset(t *testing.T) {
	text := "Le ministre a déclaré à la presse que la réunion était très importante pour l'économie française et européenne. "
	page := `<html><head><meta charset="iso-8859-1"></head><body><article><p>` + strings.Repeat(text, 4) + `</p></article></body></html>`
	latin1, err := charmap.ISO8859_1.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	art, err := extract.Extract(strings.NewReader(latin1), extract.Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	if !strings.Contains(art.Text, "déclaré à la presse") {
		t.Errorf("Extract(latin-1 page) text = %q, want the accents decoded", art.Text[:80])
	}
	if art.Language != "fr" {
		t.Errorf("Language = %q, want fr (detected)", art.Language)
	}
}

func TestExtractBadInput(t *testing.T) {
	tests := []struct {
		name string
		page []byte
		opts extract.Options
	}{
		{"empty", nil, extract.Options{}},
		{"no text", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), extract.Options{}},
		{"binary", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00"), bytes.Repeat([]byte{0, 1, 2}, 100)...), extract.Options{}},
		{"too large", bytes.Repeat([]byte("<p>word </p>"), 1000), extract.Options{MaxBytes: 1000}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extract.Extract(bytes.NewReader(tt.page), tt.opts)
			if dyad.ErrorCode(err) != dyad.EINVALID {
				t.Errorf("Extract(%s) error = %v, want an EINVALID error", tt.name, err)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	seed, err := os.ReadFile("testdata/article.html")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("<html><p>a<p>b</html>"))
	f.Add([]byte("<meta charset=shift_jis><p>\x82\xa0"))
	f.Fuzz(func(t *testing.T, page []byte) {
		art, err := extract.Extract(bytes.NewReader(page), extract.Options{})
		if err != nil {
			return
		}
		if err := art.Validate(); err != nil {
			t.Errorf("Extract returned an invalid article: %v", err)
		}
	})
}

// benchDir returns the extraction benchmark in ../shared (or in
// $DYAD_SHARED), or skips when it is absent.
func benchDir(tb testing.TB) string {
	return filepath.Dir(shareddata.Path(tb, "bench/extraction/ground-truth.json"))
}

func BenchmarkExtract(b *testing.B) {
	dir := benchDir(b)
	paths, err := filepath.Glob(filepath.Join(dir, "html", "*.html"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no pages in %s: %v", dir, err)
	}
	pages := make([][]byte, len(paths))
	var size int64
	for i, p := range paths {
		if pages[i], err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
		size += int64(len(pages[i]))
	}
	b.SetBytes(size / int64(len(pages)))
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		if _, err := extract.Extract(bytes.NewReader(pages[i%len(pages)]), extract.Options{}); err != nil {
			b.Fatalf("%s: %v", paths[i%len(pages)], err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	// pages/cpu-s is the rate per core, GC included, whatever else the
	// machine is running.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "pages/cpu-s")
	}
}

// TestBenchmarkF1 guards the extraction quality on the 181 labelled pages
// of ../shared/bench/extraction: F1 must stay at or above 0.965.
func TestBenchmarkF1(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the benchmark extracts 181 pages")
	}
	dir := benchDir(t)
	truth, err := extract.LoadTruth(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := extract.Evaluate(context.Background(), filepath.Join(dir, "html"), truth)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Pages != 181 || rep.F1 < 0.965 {
		t.Errorf("benchmark: %d pages, F1 %.4f (P %.4f, R %.4f); want 181 pages and F1 >= 0.965", rep.Pages, rep.F1, rep.Precision, rep.Recall)
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		truth, pred string
		p, r        float64
	}{
		{"a b c d e", "a b c d e", 1, 1},
		{"a b c d e", "", 0, 0},
		{"", "", 1, 1},
		{"one two three", "one two three", 1, 1},
		{"a b c d e f", "a b c d", 1, 1.0 / 3},
		{"Ünïcode wörds_here, 42", "Ünïcode wörds_here 42", 1, 1},
	}
	for _, tt := range tests {
		c := extract.Score(tt.truth, tt.pred)
		if c.Precision() != tt.p || c.Recall() != tt.r {
			t.Errorf("Score(%q, %q) = P %v R %v, want P %v R %v", tt.truth, tt.pred, c.Precision(), c.Recall(), tt.p, tt.r)
		}
	}
	s := extract.Summarize([]extract.Counts{extract.Score("a b c d", "a b c d"), extract.Score("a b c d", "")})
	if s.Precision != 1 || s.Recall != 0.5 || s.F1 != 2*0.5/1.5 {
		t.Errorf("Summarize = %+v, want precision 1 (empty prediction skipped), recall 0.5", s)
	}
}
