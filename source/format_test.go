package source_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/fetch"
	"dyad/source"

	"github.com/google/go-cmp/cmp"
)

const page = `<!DOCTYPE html><html lang="en"><head><title>Talks in Beijing</title>
<meta property="article:published_time" content="2026-01-16T09:00:00Z"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Talks in Beijing</h1>
<p>Chinese President Xi Jinping and Canadian Prime Minister Mark Carney held talks in Beijing on Friday, signalling a renewed effort to reset relations.</p>
<p>The meeting marked the first visit by a Canadian prime minister to China since 2017, and both sides spoke of a new strategic partnership.</p>
</article></body></html>`

const pageText = "Chinese President Xi Jinping and Canadian Prime Minister Mark Carney held talks in Beijing on Friday, signalling a renewed effort to reset relations.\n\nThe meeting marked the first visit by a Canadian prime minister to China since 2017, and both sides spoke of a new strategic partnership."

type item struct {
	Input, Title, URL, Published, Source, Err string
	Text                                      bool
}

func scanWith(t *testing.T, opts source.Options, inputs []string, stdin string) []item {
	t.Helper()
	r := source.NewReaderWith(inputs, strings.NewReader(stdin), opts)
	defer r.Close()
	var out []item
	for r.Scan() {
		it := r.Item()
		g := item{Input: it.Input, Title: it.Article.Title, URL: it.Article.URL,
			Published: dyad.FormatDate(it.Article.Published), Source: it.Article.PublishedSource, Text: it.Article.Text == pageText}
		if it.Err != nil {
			g.Err = it.Err.Error()
		}
		out = append(out, g)
	}
	return out
}

func warcRecord(uri, body string) []byte {
	http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	rec := fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\nWARC-Date: 2026-01-17T10:00:00Z\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(uri), uri, len(http), http)
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(rec))
	w.Close()
	return b.Bytes()
}

func TestReaderFormats(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.html", page)
	arch := append(warcRecord("https://w.example/2026/01/15/a", page), warcRecord("https://w.example/b", "<p>short</p>")...)
	write(t, dir, "b.warc.gz", string(arch))
	cut := warcRecord("https://w.example/c", page)
	write(t, dir, "c.warc.gz", string(append(warcRecord("https://w.example/2026/01/15/a", page), cut[:len(cut)/2]...)))
	write(t, dir, "d.rss", `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
<item><title>Feed title</title><pubDate>Thu, 15 Jan 2026 08:00:00 GMT</pubDate><description><![CDATA[`+page[strings.Index(page, "<p>"):strings.Index(page, "</article>")]+`]]></description></item>
</channel></rss>`)
	write(t, dir, "e.txt", "ARTICLE AD BOX\n"+pageText+"\n\n23 hours ago\nEnglish (US) ·\n")
	if err := os.Chtimes(filepath.Join(dir, "e.txt"), time.Time{}, time.Date(2026, 1, 17, 10, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	got := scanWith(t, source.Options{}, []string{dir}, "")
	want := []item{
		{Input: filepath.Join(dir, "a.html"), Title: "Talks in Beijing", Published: "2026-01-16", Source: "metadata", Text: true},
		{Input: filepath.Join(dir, "b.warc.gz") + "@0 https://w.example/2026/01/15/a", Title: "Talks in Beijing", URL: "https://w.example/2026/01/15/a", Published: "2026-01-15", Source: "url", Text: true},
		{Input: filepath.Join(dir, "b.warc.gz") + fmt.Sprintf("@%d https://w.example/b", len(warcRecord("https://w.example/2026/01/15/a", page))), URL: "https://w.example/b", Source: "unknown", Err: "extract: page main text: text is empty"},
		{Input: filepath.Join(dir, "c.warc.gz") + "@0 https://w.example/2026/01/15/a", Title: "Talks in Beijing", URL: "https://w.example/2026/01/15/a", Published: "2026-01-15", Source: "url", Text: true},
		{Input: filepath.Join(dir, "c.warc.gz"), Source: "", Err: fmt.Sprintf("read warc: warc record at byte %d: archive is truncated (unexpected EOF); the records before it were read", len(warcRecord("https://w.example/2026/01/15/a", page)))},
		{Input: filepath.Join(dir, "d.rss") + " Feed title", Title: "Feed title", Published: "2026-01-15", Source: "metadata", Text: true},
		{Input: filepath.Join(dir, "e.txt"), Published: "2026-01-16", Source: "relative", Text: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}

func TestReaderURLs(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/2026/01/14/ok":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, strings.Replace(page, `<meta property="article:published_time" content="2026-01-16T09:00:00Z">`, "", 1))
		default:
			http.Error(w, "down", http.StatusBadGateway)
		}
	}))
	defer srv.Close()
	client := &fetch.Client{Delay: time.Millisecond}
	opts := source.Options{Fetch: func(u string) (*fetch.Response, error) {
		return client.Get(context.Background(), u, fetch.Validators{})
	}}
	list := "# news\n" + srv.URL + "/2026/01/14/ok\n\n" + srv.URL + "/bad\n"
	got := scanWith(t, opts, []string{"-"}, list)
	want := []item{
		{Input: "-:2 " + srv.URL + "/2026/01/14/ok", Title: "Talks in Beijing", URL: srv.URL + "/2026/01/14/ok", Published: "2026-01-14", Source: "url", Text: true},
		{Input: "-:4 " + srv.URL + "/bad", URL: srv.URL + "/bad", Source: "unknown", Err: "fetch: http 502 Bad Gateway"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
	noFetch := scanWith(t, source.Options{}, []string{"-"}, list)
	if len(noFetch) != 2 || !strings.Contains(noFetch[0].Err, "does not fetch") {
		t.Errorf("URL list without a fetcher = %+v, want errors that say so", noFetch)
	}
}

func TestReaderForcedFormat(t *testing.T) {
	got := scanWith(t, source.Options{Format: source.FormatHTML}, []string{"-"}, page)
	if len(got) != 1 || !got[0].Text {
		t.Errorf("forced html = %+v, want the extracted page", got)
	}
	if err := source.ValidFormat("pdf"); err == nil {
		t.Errorf("ValidFormat(pdf) = nil, want an error")
	}
}

func FuzzReaderSniff(f *testing.F) {
	f.Add([]byte(page))
	f.Add(warcRecord("https://w.example/a", page))
	f.Add([]byte("https://a.example/1\nhttps://b.example/2\n"))
	f.Add([]byte(`{"text":"a"}`))
	f.Add([]byte(`<?xml version="1.0"?><rss><channel><item><description>x</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, in []byte) {
		r := source.NewReaderWith([]string{"-"}, bytes.NewReader(in), source.Options{})
		for n := 0; r.Scan(); n++ {
			it := r.Item()
			if it.Err == nil {
				if err := it.Article.Validate(); err != nil {
					t.Fatalf("item without error is invalid: %v", err)
				}
			}
			if n > len(in)+1 {
				t.Fatalf("more items than bytes")
			}
		}
	})
}

func TestReaderGzip(t *testing.T) {
	dir := t.TempDir()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(pageText))
	w.Close()
	write(t, dir, "a.txt.gz", b.String())
	write(t, dir, "b.txt.gz", b.String()[:b.Len()/2])
	got := scanWith(t, source.Options{}, []string{dir}, "")
	if len(got) != 2 || !got[0].Text || got[0].Err != "" {
		t.Fatalf("items = %+v, want the gzipped text read through", got)
	}
	if !strings.Contains(got[1].Err, "unexpected EOF") {
		t.Errorf("truncated gzip item = %+v, want an unexpected EOF error", got[1])
	}
}

func TestReaderJSONArray(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.json", `[{"url":"https://x.example/2026/01/16/a","text":"`+strings.ReplaceAll(pageText, "\n", `\n`)+`"},
 {"html":"<article>`+strings.ReplaceAll(strings.ReplaceAll(page[strings.Index(page, "<p>"):strings.Index(page, "</article>")], "\n", " "), `"`, `\"`)+`</article>","published":"2026-01-12"},
 {"text": 5}, {"text": "broken"`)
	got := scanWith(t, source.Options{}, []string{dir}, "")
	want := []item{
		{Input: filepath.Join(dir, "a.json") + "[0]", URL: "https://x.example/2026/01/16/a", Published: "2026-01-16", Source: "url", Text: true},
		{Input: filepath.Join(dir, "a.json") + "[1]", Published: "2026-01-12", Source: "caller", Text: true},
		{Input: filepath.Join(dir, "a.json") + "[2]", Source: "unknown", Err: "not a JSON record: json: cannot unmarshal number into Go struct field Record.text of type string"},
		{Input: filepath.Join(dir, "a.json") + "[3]", Err: "JSON array broken at record 3: unexpected EOF"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("items (-want +got):\n%s", diff)
	}
}
