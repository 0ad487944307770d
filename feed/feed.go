// Package feed reads RSS, Atom and JSON Feed documents into a list of items
// to ingest. Parsing is done by github.com/mmcdole/gofeed, which detects the
// format; this package keeps what dyad needs of each item and says why a
// document could not be read.
package feed

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"dyad"

	"github.com/mmcdole/gofeed"
)

// DefaultMaxBytes is the largest feed document Parse reads.
const DefaultMaxBytes = 8 << 20

// Feed is one feed document.
type Feed struct {
	Title string // Title is the feed's title.
	Link  string // Link is the site the feed belongs to.
	Items []Item // Items are the entries, in document order.
}

// Item is one entry of a feed.
type Item struct {
	GUID      string    // GUID identifies the item within its feed; the link, or a hash of title and content, when the feed gives none.
	URL       string    // URL is the item's link to the full article.
	Title     string    // Title is the item's headline.
	Published time.Time // Published is the item's publication time, or zero.
	Authors   []string  // Authors are the item's authors.
	Content   string    // Content is the item's HTML content or summary, maybe a teaser.
}

// Parse reads one feed document of any supported format. It returns an
// EINVALID error for a document that is not a feed or is broken beyond
// repair.
func Parse(r io.Reader) (*Feed, error) {
	raw, err := io.ReadAll(io.LimitReader(r, DefaultMaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read feed: %w", err)
	}
	if len(raw) > DefaultMaxBytes {
		return nil, dyad.Errorf(dyad.EINVALID, "feed is larger than %d bytes", DefaultMaxBytes)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, dyad.Errorf(dyad.EINVALID, "feed is empty")
	}
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, dyad.Errorf(dyad.EINVALID, "parse feed: %v", err)
	}
	if gf.FeedType == "json" && gf.FeedVersion == "" {
		return nil, dyad.Errorf(dyad.EINVALID, "parse feed: JSON without a JSON Feed version is not a feed")
	}
	f := &Feed{Title: strings.TrimSpace(gf.Title), Link: gf.Link}
	for _, gi := range gf.Items {
		if gi == nil {
			continue
		}
		if it := convert(gi); it.URL != "" || it.Content != "" {
			f.Items = append(f.Items, it)
		}
	}
	return f, nil
}

func convert(gi *gofeed.Item) Item {
	it := Item{
		GUID:    strings.TrimSpace(gi.GUID),
		URL:     strings.TrimSpace(gi.Link),
		Title:   strings.TrimSpace(gi.Title),
		Content: gi.Content,
	}
	if it.Content == "" {
		it.Content = gi.Description
	}
	if it.GUID == "" {
		it.GUID = it.URL
	}
	if it.GUID == "" {
		it.GUID = "sha256:" + dyad.ArticleID(it.Title+"\n"+it.Content)
	}
	switch {
	case gi.PublishedParsed != nil:
		it.Published = *gi.PublishedParsed
	case gi.UpdatedParsed != nil:
		it.Published = *gi.UpdatedParsed
	}
	for _, a := range gi.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			it.Authors = append(it.Authors, strings.TrimSpace(a.Name))
		}
	}
	return it
}
