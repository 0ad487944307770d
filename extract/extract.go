// Package extract turns a web page into a dyad.Article: the main text, split
// into paragraphs, with its title, authors, publication date (and where the
// date came from), site name, language and canonical URL.
//
// The main text comes from go-trafilatura, rendered with paragraph breaks
// and trimmed of what it keeps by mistake at the head of an article (the
// headline, the standfirst, reprint and share notices). Metadata is read from
// the page itself, not guessed from the text.
package extract

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"dyad"
	"dyad/pubdate"

	"github.com/markusmobius/go-htmldate"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// DefaultMaxBytes is the largest page Extract reads when Options.MaxBytes is 0.
const DefaultMaxBytes = 16 << 20

// Options says what the caller knows about a page. The zero value works.
type Options struct {
	URL         string    // URL is where the page was fetched from, or "".
	ContentType string    // ContentType is the HTTP Content-Type, for the charset; "" sniffs it.
	Published   time.Time // Published is the caller's publication date; it wins over the page's.
	// PublishedSource says where Published came from; "" means the caller
	// (dyad.PublishedCaller). A feed's date is dyad.PublishedMetadata.
	PublishedSource string
	Crawled         time.Time // Crawled is when the page was fetched; relative stamps are read against it.
	MaxBytes        int64     // MaxBytes caps the page size; 0 means DefaultMaxBytes.
}

// Extract reads one HTML page from r and returns its article. The page may
// be in any charset HTML declares; the article text is UTF-8. It returns an
// EINVALID error for a page too large, binary, or without main text.
func Extract(r io.Reader, opts Options) (dyad.Article, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	raw, err := readPage(r, limit)
	if err != nil {
		return dyad.Article{}, fmt.Errorf("read page: %w", err)
	}
	if int64(len(raw)) > limit {
		return dyad.Article{}, dyad.Errorf(dyad.EINVALID, "page is larger than %d bytes; raise the size cap if it is a real article", limit)
	}
	if bytes.IndexByte(raw[:min(len(raw), 8192)], 0) >= 0 {
		return dyad.Article{}, dyad.Errorf(dyad.EINVALID, "page is binary (NUL bytes), not HTML")
	}
	doc, err := html.Parse(decode(raw, opts.ContentType))
	if err != nil {
		return dyad.Article{}, dyad.Errorf(dyad.EINVALID, "parse html: %v", err)
	}
	return FromDocument(doc, opts)
}

// FromDocument returns the article of a parsed page. It may change doc.
func FromDocument(doc *html.Node, opts Options) (dyad.Article, error) {
	prune(doc)
	meta := readMeta(doc)
	topts := trafilatura.Options{
		Focus:           trafilatura.FavorRecall,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled,
	}
	if u, err := url.Parse(opts.URL); err == nil && u.Host != "" {
		topts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, topts)
	if err != nil || res == nil || res.ContentNode == nil {
		return dyad.Article{}, dyad.Errorf(dyad.EINVALID, "page has no main text: %v", err)
	}
	art := dyad.Article{
		Title:   strings.TrimSpace(res.Metadata.Title),
		URL:     firstNonEmpty(meta.canonical, res.Metadata.URL, opts.URL),
		Site:    siteName(res.Metadata.Sitename, res.Metadata.Hostname),
		Authors: splitAuthors(res.Metadata.Author),
	}
	paras, stamps := trimHead(paragraphs(res.ContentNode), art.Title, firstNonEmpty(meta.description, res.Metadata.Description))
	meta.stamps = append(meta.stamps, stamps...)
	art.Text = strings.Join(paras, "\n\n")
	if err := dyad.ValidateText(art.Text); err != nil {
		return dyad.Article{}, fmt.Errorf("page main text: %w", err)
	}
	art.Language = language(meta.language, res.Metadata.Language)
	if meta.published.IsZero() {
		meta.printed = printedDate(doc, art.URL)
	}
	art.Published, art.PublishedSource = published(opts, meta, art)
	art.ID = dyad.ArticleID(art.Text)
	return art, nil
}

// readPage reads at most limit+1 bytes of r. A reader that knows its length
// (bytes.Reader, strings.Reader, bytes.Buffer) is read into one buffer of
// the right size instead of a doubling one.
func readPage(r io.Reader, limit int64) ([]byte, error) {
	size := bytes.MinRead
	if l, ok := r.(interface{ Len() int }); ok && int64(l.Len()) <= limit {
		size += l.Len()
	}
	buf := bytes.NewBuffer(make([]byte, 0, size))
	_, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	return buf.Bytes(), err
}

// decode returns a UTF-8 reader of a page. Bytes that are valid UTF-8 are
// taken as UTF-8 whatever the page declares: pages often declare a charset
// they are not in, and a non-UTF-8 text is almost never valid UTF-8.
// Otherwise the declared (header, BOM or meta) or sniffed charset is used.
// The text of a UTF-8 page's scripts and styles is removed (stripScripts);
// raw may change.
func decode(raw []byte, contentType string) io.Reader {
	if utf8.Valid(raw) {
		return bytes.NewReader(stripScripts(raw))
	}
	r, err := charset.NewReader(bytes.NewReader(raw), contentType)
	if err != nil {
		return bytes.NewReader(bytes.ToValidUTF8(raw, []byte("\uFFFD")))
	}
	return r
}

// printedDate returns the publication date printed on the page outside
// its metadata (a byline date such as "November 19, 2019 at 5:04 pm"), as
// go-htmldate finds it without its slow extensive search, or zero.
func printedDate(doc *html.Node, pageURL string) time.Time {
	res, err := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true, URL: pageURL})
	if err != nil || res.IsZero() {
		return time.Time{}
	}
	return pubdate.Day(res.DateTime)
}

// published picks the publication day in order of trust: the caller, page
// metadata, the URL, a dateline in the text, a relative stamp.
func published(opts Options, meta pageMeta, art dyad.Article) (time.Time, string) {
	now := opts.Crawled
	if now.IsZero() {
		now = time.Now()
	}
	switch {
	case !opts.Published.IsZero() && opts.PublishedSource != "":
		return pubdate.Day(opts.Published), opts.PublishedSource
	case !opts.Published.IsZero():
		return pubdate.Day(opts.Published), dyad.PublishedCaller
	}
	urlDay, inURL := pubdate.FromURL(firstNonEmpty(opts.URL, art.URL), now)
	switch {
	case !meta.published.IsZero() && meta.utc && inURL && urlDay.Equal(meta.published.AddDate(0, 0, -1)):
		// A UTC timestamp of a late-evening story falls on the next day;
		// the URL keeps the newsroom's own day.
		return urlDay, dyad.PublishedURL
	case !meta.published.IsZero():
		return pubdate.Day(meta.published), dyad.PublishedMetadata
	case inURL:
		return urlDay, dyad.PublishedURL
	}
	if d, ok := pubdate.Dateline(art.Text, now); ok {
		return d, dyad.PublishedDateline
	}
	if !meta.printed.IsZero() {
		return meta.printed, dyad.PublishedDateline
	}
	for _, s := range meta.stamps {
		if d, ok := pubdate.Relative(s, opts.Crawled); ok {
			return d, dyad.PublishedRelative
		}
	}
	return time.Time{}, dyad.PublishedUnknown
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// siteName returns the outlet's name: the first part of a site name that
// lists several ("Autoracing | F1 | Indy; Autoracing"), else the host
// without "www.".
func siteName(name, host string) string {
	if i := strings.IndexAny(name, ";|"); i >= 0 {
		name = name[:i]
	}
	return firstNonEmpty(name, strings.TrimPrefix(host, "www."))
}

// splitAuthors splits go-trafilatura's "A; B" author list.
func splitAuthors(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ";") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}
