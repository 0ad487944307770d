package source

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"dyad"
	"dyad/extract"
	"dyad/feed"
	"dyad/fetch"
	"dyad/warc"
)

// warcItems yields one item per HTML response of a WARC stream, and a last
// item with the error that ended a broken archive.
func warcItems(name string, r io.Reader) func() (Item, bool) {
	wr := warc.NewReader(r, warc.Options{})
	done := false
	return func() (Item, bool) {
		if done {
			return Item{}, false
		}
		if !wr.Scan() {
			done = true
			if err := wr.Err(); err != nil {
				return Item{Input: name, Err: fmt.Errorf("read warc: %w", err)}, true
			}
			return Item{}, false
		}
		rec := wr.Record()
		in := fmt.Sprintf("%s@%d %s", name, rec.Offset, rec.URL)
		if rec.Err != nil {
			return Item{Input: in, Article: dyad.Article{URL: rec.URL, PublishedSource: dyad.PublishedUnknown}, Err: fmt.Errorf("warc record: %w", rec.Err)}, true
		}
		return htmlItem(in, bytes.NewReader(rec.Body), extract.Options{URL: rec.URL, ContentType: rec.ContentType, Crawled: rec.Date}), true
	}
}

// urlItems yields one item per URL line of r (blank lines and # comments
// skipped), each fetched and extracted; Options.Fetchers pages at once.
func (r *Reader) urlItems(name string, in io.Reader) func() (Item, bool) {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	line, failed := 0, false
	return newAhead(r.opts.Fetchers, func() (func() Item, bool) {
		for !failed && sc.Scan() {
			line++
			u := strings.TrimSpace(sc.Text())
			if u == "" || strings.HasPrefix(u, "#") {
				continue
			}
			in := fmt.Sprintf("%s:%d %s", name, line, u)
			return func() Item { return r.fetchItem(in, u, extract.Options{}) }, true
		}
		if err := sc.Err(); err != nil && !failed {
			failed = true
			return done(Item{Input: fmt.Sprintf("%s:%d", name, line+1), Err: fmt.Errorf("read url list: %w", err)}), true
		}
		return nil, false
	})
}

// fetchItem fetches a page and extracts its article.
func (r *Reader) fetchItem(in, rawURL string, opts extract.Options) Item {
	fail := func(err error) Item {
		return Item{Input: in, Article: dyad.Article{URL: rawURL, PublishedSource: dyad.PublishedUnknown}, Err: err}
	}
	if r.opts.Fetch == nil {
		return fail(dyad.Errorf(dyad.EINVALID, "%s is a URL and this reader does not fetch; use dyad ingest, which fetches", rawURL))
	}
	resp, err := r.opts.Fetch(rawURL)
	switch {
	case err != nil:
		return fail(fetch.ReasonError{Err: err})
	case resp.NotModified:
		return fail(dyad.Errorf(dyad.ECONFLICT, "not modified since the last fetch"))
	}
	opts.URL, opts.ContentType, opts.Crawled = resp.URL, resp.ContentType, resp.Fetched
	return htmlItem(in, bytes.NewReader(resp.Body), opts)
}

// feedStream parses a feed document and sets up its items: each is fetched
// when the reader can fetch, else its content is extracted.
func (r *Reader) feedStream(name string, in io.Reader) (Item, bool) {
	f, err := feed.Parse(in)
	if err != nil {
		return Item{Input: name, Err: fmt.Errorf("read feed: %w", err)}, true
	}
	r.next = r.feedItems(name, f.Items)
	return Item{}, false
}

// feedItems yields one item per feed entry, Options.Fetchers at once.
func (r *Reader) feedItems(name string, items []feed.Item) func() (Item, bool) {
	return newAhead(r.opts.Fetchers, func() (func() Item, bool) {
		if len(items) == 0 {
			return nil, false
		}
		it, now := items[0], r.now()
		items = items[1:]
		return func() Item { return r.feedItem(name, it, now) }, true
	})
}

// feedItem turns one feed entry into an item.
func (r *Reader) feedItem(name string, it feed.Item, now time.Time) Item {
	in := name + " " + firstNonEmpty(it.URL, it.Title, it.GUID)
	opts := extract.Options{Published: it.Published, PublishedSource: dyad.PublishedMetadata, Crawled: now}
	if it.URL != "" && r.opts.Fetch != nil {
		item := r.fetchItem(in, it.URL, opts)
		if item.Article.Title == "" {
			item.Article.Title = it.Title
		}
		return item
	}
	opts.URL = it.URL
	item := htmlItem(in, strings.NewReader("<html><body><article>"+it.Content+"</article></body></html>"), opts)
	if item.Err == nil && item.Article.Title == "" {
		item.Article.Title = it.Title
	}
	return item
}

func (r *Reader) now() time.Time {
	if r.opts.Now != nil {
		return r.opts.Now()
	}
	return time.Now()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// NewFeedReader returns a reader over the given entries of a feed named
// name: each is fetched with opts.Fetch when it has a link and fetching is
// possible, else its content is extracted. dyad watch uses it for the new
// entries of a poll.
func NewFeedReader(name string, items []feed.Item, opts Options) *Reader {
	r := &Reader{opts: opts}
	r.next = r.feedItems(name, items)
	return r
}
