package feed_test

import (
	"strings"
	"testing"
	"time"

	"dyad"
	"dyad/feed"

	"github.com/google/go-cmp/cmp"
)

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example World</title><link>https://news.example.com/</link>
<item><title>Leaders meet in Beijing</title><link>https://news.example.com/a/1</link>
<guid>urn:example:1</guid><pubDate>Fri, 16 Jan 2026 09:30:00 GMT</pubDate>
<description>&lt;p&gt;Talks began.&lt;/p&gt;</description></item>
<item><title>No link</title><description>Only a summary.</description></item>
<item><title>Empty</title></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>Summit ends</title><link href="https://atom.example/s"/><id>tag:atom.example,2026:1</id>
<updated>2026-01-17T08:00:00Z</updated><author><name>Jane Doe</name></author><summary>It ended.</summary></entry>
</feed>`

const jsonFeed = `{"version":"https://jsonfeed.org/version/1.1","title":"JSON News","items":[
{"id":"1","url":"https://json.example/1","title":"Trade talks","date_published":"2026-01-15T10:00:00Z","content_html":"<p>Talks.</p>"}]}`

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want *feed.Feed
	}{
		{"rss", rss, &feed.Feed{Title: "Example World", Link: "https://news.example.com/", Items: []feed.Item{
			{GUID: "urn:example:1", URL: "https://news.example.com/a/1", Title: "Leaders meet in Beijing",
				Published: time.Date(2026, 1, 16, 9, 30, 0, 0, time.UTC), Content: "<p>Talks began.</p>"},
			{GUID: "sha256:" + dyad.ArticleID("No link\nOnly a summary."), Title: "No link", Content: "Only a summary."},
		}}},
		{"atom", atom, &feed.Feed{Title: "Atom News", Items: []feed.Item{
			{GUID: "tag:atom.example,2026:1", URL: "https://atom.example/s", Title: "Summit ends",
				Published: time.Date(2026, 1, 17, 8, 0, 0, 0, time.UTC), Authors: []string{"Jane Doe"}, Content: "It ended."},
		}}},
		{"json feed", jsonFeed, &feed.Feed{Title: "JSON News", Items: []feed.Item{
			{GUID: "1", URL: "https://json.example/1", Title: "Trade talks",
				Published: time.Date(2026, 1, 15, 10, 0, 0, 0, time.UTC), Content: "<p>Talks.</p>"},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := feed.Parse(strings.NewReader(tt.doc))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
				t.Errorf("Parse mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseBad(t *testing.T) {
	for _, doc := range []string{"", "   ", "<html><body>not a feed</body></html>", "{\"x\":1}", "\x00\x01\x02"} {
		if _, err := feed.Parse(strings.NewReader(doc)); dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("Parse(%q) error = %v, want EINVALID", doc, err)
		}
	}
}

// TestParseBrokenXML checks that a feed cut off mid-item still gives the
// items before the cut, or a clear error, never a panic.
func TestParseBrokenXML(t *testing.T) {
	cut := rss[:strings.Index(rss, "<item><title>No link")+20]
	got, err := feed.Parse(strings.NewReader(cut))
	if err != nil {
		if dyad.ErrorCode(err) != dyad.EINVALID {
			t.Errorf("Parse(cut feed) error = %v, want EINVALID", err)
		}
		return
	}
	if len(got.Items) == 0 || got.Items[0].URL != "https://news.example.com/a/1" {
		t.Errorf("Parse(cut feed) items = %+v, want the first item", got.Items)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(rss)
	f.Add(atom)
	f.Add(jsonFeed)
	f.Fuzz(func(t *testing.T, doc string) {
		got, err := feed.Parse(strings.NewReader(doc))
		if err == nil && got == nil {
			t.Fatalf("Parse returned nil, nil")
		}
	})
}
