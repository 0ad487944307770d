package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"dyad"
	"dyad/extract"
)

// Record is one JSONL input line.
type Record struct {
	URL       string `json:"url"`       // URL is the article's URL, if known.
	Title     string `json:"title"`     // Title is its headline, if known.
	Text      string `json:"text"`      // Text is the article text.
	HTML      string `json:"html"`      // HTML is the page, for readers that extract it.
	Published string `json:"published"` // Published is YYYY-MM-DD or an RFC 3339 time.
}

// recordOptions says how records are read.
type recordOptions struct {
	crawled time.Time // crawled is the time relative stamps are read against
}

func (r *Reader) recordOptions() recordOptions { return recordOptions{crawled: r.now()} }

// records returns a function yielding one item per non-blank line of r.
func records(name string, r io.Reader, opts recordOptions) func() (Item, bool) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	line := 0
	return func() (Item, bool) {
		for {
			b, err := readLine(br)
			line++
			in := fmt.Sprintf("%s:%d", name, line)
			switch {
			case errors.Is(err, errLineTooLong):
				return Item{Input: in, Err: dyad.Errorf(dyad.EINVALID, "record is longer than %d bytes", maxLine)}, true
			case err != nil && err != io.EOF:
				return Item{Input: in, Err: fmt.Errorf("read: %w", err)}, true
			}
			if len(bytes.TrimSpace(b)) > 0 {
				return recordItem(in, b, opts), true
			}
			if err == io.EOF {
				return Item{}, false
			}
		}
	}
}

// arrayRecords returns a function yielding one item per element of a JSON
// array of records, decoded one at a time; a syntax error ends the array
// with an item that says where.
func arrayRecords(name string, r io.Reader, opts recordOptions) func() (Item, bool) {
	dec := json.NewDecoder(r)
	started, done, n := false, false, 0
	return func() (Item, bool) {
		if done {
			return Item{}, false
		}
		if !started {
			started = true
			if _, err := dec.Token(); err != nil {
				done = true
				return Item{Input: name, Err: dyad.Errorf(dyad.EINVALID, "not a JSON array: %v", err)}, true
			}
		}
		if !dec.More() {
			done = true
			return Item{}, false
		}
		n++
		in := fmt.Sprintf("%s[%d]", name, n-1)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			done = true
			return Item{Input: in, Err: dyad.Errorf(dyad.EINVALID, "JSON array broken at record %d: %v", n-1, err)}, true
		}
		return recordItem(in, raw, opts), true
	}
}

// recordItem decodes one JSONL line into an item: a record with text has
// its boilerplate lines removed, one with only html has its main text
// extracted.
func recordItem(in string, line []byte, opts recordOptions) Item {
	it := Item{Input: in, Article: dyad.Article{PublishedSource: dyad.PublishedUnknown}}
	var rec Record
	if err := json.Unmarshal(line, &rec); err != nil {
		it.Err = dyad.Errorf(dyad.EINVALID, "not a JSON record: %v", err)
		return it
	}
	it.Article.URL, it.Article.Title, it.Article.Text = rec.URL, rec.Title, rec.Text
	if rec.Published != "" {
		t, err := parsePublished(rec.Published)
		if err != nil {
			it.Err = err
			return it
		}
		it.Article.Published, it.Article.PublishedSource = t, dyad.PublishedCaller
	}
	if rec.Text == "" && rec.HTML != "" {
		eo := extract.Options{URL: rec.URL, Published: it.Article.Published, Crawled: opts.crawled}
		ext := htmlItem(in, strings.NewReader(rec.HTML), eo)
		if ext.Err == nil && rec.Title != "" {
			ext.Article.Title = rec.Title
		}
		return ext
	}
	if it.Err = dyad.ValidateText(rec.Text); it.Err == nil {
		it.Article = CleanText(it.Article, opts.crawled)
		it.Err = dyad.ValidateText(it.Article.Text)
	}
	return it
}

// parsePublished reads YYYY-MM-DD or an RFC 3339 time as a UTC day.
func parsePublished(s string) (time.Time, error) {
	if t, err := dyad.ParseDate(s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, dyad.Errorf(dyad.EINVALID, "published %q: want YYYY-MM-DD or an RFC 3339 time", s)
	}
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}
