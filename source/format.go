package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"dyad"
	"dyad/extract"
	"dyad/fetch"
	"dyad/pubdate"
	"dyad/textclean"

	"github.com/RadhiFadlillah/whatlanggo"
)

// The input formats a Reader knows. FormatAuto picks one per input from its
// name and first bytes.
const (
	FormatAuto  = ""
	FormatText  = "text"  // one plain-text article, boilerplate lines removed
	FormatHTML  = "html"  // one web page, its main text extracted
	FormatJSONL = "jsonl" // one JSON record a line (or a JSON array of them): url, title, text or html, published
	FormatWARC  = "warc"  // a WARC or WARC.gz archive; each HTML response is a page
	FormatFeed  = "feed"  // an RSS, Atom or JSON Feed document; each item is fetched or its content used
	FormatURLs  = "urls"  // one URL a line, each fetched
)

// Formats lists the format names, for flag help.
const Formats = "text, html, jsonl, warc, feed, urls"

// Options say how a Reader reads. The zero value sniffs every format and
// cannot fetch.
type Options struct {
	Format string                                       // Format forces one format on every input; "" sniffs.
	Fetch  func(rawURL string) (*fetch.Response, error) // Fetch gets a page for URL lists and feed items; nil leaves them unfetched.
	Now    func() time.Time                             // Now is the crawl time of standard input; nil means time.Now.
	// Fetchers is how many pages of a URL list or a feed are fetched and
	// extracted at once; 0 or 1 fetches one at a time. Fetch must then be
	// safe for concurrent use (fetch.Client is, and keeps each host's delay).
	Fetchers int
}

// ValidFormat reports an error unless f is a known format or "".
func ValidFormat(f string) error {
	switch f {
	case FormatAuto, FormatText, FormatHTML, FormatJSONL, FormatWARC, FormatFeed, FormatURLs:
		return nil
	}
	return dyad.Errorf(dyad.EINVALID, "input format %q: want one of %s", f, Formats)
}

// Sniff names the format of an input from its name and first bytes (512
// are enough).
func Sniff(name string, head []byte) string {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".warc") || strings.HasSuffix(lower, ".warc.gz"):
		return FormatWARC
	case strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm") || strings.HasSuffix(lower, ".xhtml"):
		return FormatHTML
	case strings.HasSuffix(lower, ".rss") || strings.HasSuffix(lower, ".atom"):
		return FormatFeed
	case strings.HasSuffix(lower, ".urls"):
		return FormatURLs
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	low := bytes.ToLower(t[:min(len(t), 256)])
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return FormatWARC
	case bytes.HasPrefix(t, []byte("{")) && bytes.Contains(head, []byte("jsonfeed.org/version")):
		return FormatFeed
	case bytes.HasPrefix(t, []byte("{")) || bytes.HasPrefix(t, []byte("[")) || isJSONL(name):
		return FormatJSONL
	case bytes.HasPrefix(low, []byte("<?xml")) || bytes.HasPrefix(low, []byte("<rss")) || bytes.HasPrefix(low, []byte("<feed")):
		if bytes.Contains(low, []byte("<html")) {
			return FormatHTML
		}
		return FormatFeed
	case bytes.HasPrefix(low, []byte("<!doctype html")) || bytes.HasPrefix(low, []byte("<html")) ||
		bytes.HasPrefix(low, []byte("<head")) || bytes.HasPrefix(low, []byte("<!--")):
		return FormatHTML
	case looksLikeURLs(t):
		return FormatURLs
	}
	return FormatText
}

// looksLikeURLs reports text whose first lines are all http(s) URLs.
func looksLikeURLs(head []byte) bool {
	lines := strings.Split(string(head), "\n")
	if len(lines) > 1 {
		lines = lines[:len(lines)-1] // the last line may be cut
	}
	n := 0
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if !(strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) || strings.ContainsAny(l, " \t") {
			return false
		}
		n++
	}
	return n > 0
}

// stream opens in (already checked to be a regular file, or "-") and
// returns the single item or sets up r.next for a stream of items.
func (r *Reader) stream(in string, f io.Reader, closer io.Closer, crawled time.Time) (Item, bool) {
	br := bufio.NewReaderSize(f, 64<<10)
	head, _ := br.Peek(512)
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		if r.opts.Format == FormatWARC || isGzipWARC(br) {
			r.next, r.closer = warcItems(in, br), closer
			return Item{}, false
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			closeQuietly(closer)
			return Item{Input: in, Err: dyad.Errorf(dyad.EINVALID, "gzip: %v", err)}, true
		}
		br = bufio.NewReaderSize(zr, 64<<10)
		head, _ = br.Peek(512)
		in2 := strings.TrimSuffix(in, ".gz")
		return r.dispatch(in, sniffOr(r.opts.Format, in2, head), br, closer, crawled)
	}
	return r.dispatch(in, sniffOr(r.opts.Format, in, head), br, closer, crawled)
}

func sniffOr(forced, name string, head []byte) string {
	if forced != FormatAuto {
		return forced
	}
	return Sniff(name, head)
}

// dispatch reads an input of a known format.
func (r *Reader) dispatch(in, format string, br *bufio.Reader, closer io.Closer, crawled time.Time) (Item, bool) {
	switch format {
	case FormatJSONL:
		if head, _ := br.Peek(512); bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n\ufeff"), []byte("[")) {
			r.next, r.closer = arrayRecords(in, br, r.recordOptions()), closer
			return Item{}, false
		}
		r.next, r.closer = records(in, br, r.recordOptions()), closer
		return Item{}, false
	case FormatWARC:
		r.next, r.closer = warcItems(in, br), closer
		return Item{}, false
	case FormatURLs:
		r.next, r.closer = r.urlItems(in, br), closer
		return Item{}, false
	case FormatFeed:
		defer closeQuietly(closer)
		return r.feedStream(in, br)
	case FormatHTML:
		defer closeQuietly(closer)
		return htmlItem(in, br, extract.Options{Crawled: crawled}), true
	}
	defer closeQuietly(closer)
	it := textItem(in, br)
	if it.Err == nil {
		it.Article = CleanText(it.Article, crawled)
		it.Err = dyad.ValidateText(it.Article.Text)
	}
	return it, true
}

// isGzipWARC reports whether a gzip stream starts with a WARC record.
func isGzipWARC(br *bufio.Reader) bool {
	all, _ := br.Peek(64 << 10)
	zr, err := gzip.NewReader(bytes.NewReader(all))
	if err != nil {
		return false
	}
	inner := make([]byte, 5)
	n, _ := io.ReadFull(zr, inner)
	return n == 5 && string(inner) == "WARC/"
}

// htmlItem extracts the article of one page.
func htmlItem(in string, r io.Reader, opts extract.Options) Item {
	art, err := extract.Extract(r, opts)
	if err != nil {
		return Item{Input: in, Article: dyad.Article{URL: opts.URL, PublishedSource: dyad.PublishedUnknown}, Err: fmt.Errorf("extract: %w", err)}
	}
	return Item{Input: in, Article: art}
}

// CleanText removes boilerplate lines from a plain-text article, detects
// its language when not given (whatlanggo, when confident), and dates it, when the caller did not, from its URL, a dateline, or a relative stamp
// read against the crawl time.
func CleanText(a dyad.Article, crawled time.Time) dyad.Article {
	res := textclean.Clean(a.Text)
	a.Text = res.Text
	if a.Language == "" {
		if info := whatlanggo.Detect(a.Text); info.IsReliable() {
			a.Language = info.Lang.Iso6391()
		}
	}
	if !a.Published.IsZero() {
		return a
	}
	now := crawled
	if now.IsZero() {
		now = time.Now()
	}
	if d, ok := pubdate.FromURL(a.URL, now); ok {
		a.Published, a.PublishedSource = d, dyad.PublishedURL
		return a
	}
	if d, ok := pubdate.Dateline(a.Text, now); ok {
		a.Published, a.PublishedSource = d, dyad.PublishedDateline
		return a
	}
	for _, s := range res.Stamps {
		if d, ok := pubdate.Relative(s, crawled); ok {
			a.Published, a.PublishedSource = d, dyad.PublishedRelative
			return a
		}
	}
	a.PublishedSource = dyad.PublishedUnknown
	return a
}

// modTime returns a file's modification time, the best guess of when a
// saved page was crawled, or zero.
func modTime(path string) time.Time {
	info, err := os.Stat(path)
	if err != nil {
		return time.Time{}
	}
	return info.ModTime()
}

func closeQuietly(c io.Closer) {
	if c != nil {
		c.Close()
	}
}

// ext returns the lowercased extension of a name.
func ext(name string) string { return strings.ToLower(filepath.Ext(name)) }
