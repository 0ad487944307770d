package extract

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"dyad/pubdate"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the page says about itself outside its main text.
type pageMeta struct {
	canonical   string    // <link rel=canonical>
	description string    // meta description or og:description
	language    string    // <html lang>, content-language or og:locale
	published   time.Time // the first publication date in meta tags, JSON-LD or <time>
	printed     time.Time // printed is a date printed on the page (go-htmldate), when metadata has none
	utc         bool      // utc is true when published came from a UTC timestamp with a time of day
	stamps      []string  // short texts that may be relative stamps ("23 hours ago")
}

// publishedKeys are the meta names and properties that carry a publication
// date, lowercased.
var publishedKeys = map[string]bool{
	"article:published_time": true, "og:published_time": true, "datepublished": true,
	"pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
	"date": true, "dc.date": true, "dc.date.issued": true, "dcterms.created": true,
	"dcterms.date": true, "sailthru.date": true, "parsely-pub-date": true,
	"article.published": true, "originalpublicationdate": true, "cxenseparse:recs:publishtime": true,
}

// readMeta walks the page once for its metadata.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			m.element(n)
		case html.TextNode:
			m.text(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

func (m *pageMeta) element(n *html.Node) {
	switch n.DataAtom {
	case atom.Html:
		setOnce(&m.language, attr(n, "lang"))
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") && strings.HasPrefix(attr(n, "href"), "http") {
			setOnce(&m.canonical, attr(n, "href"))
		}
	case atom.Meta:
		m.metaTag(n)
	case atom.Script:
		if strings.Contains(attr(n, "type"), "ld+json") && n.FirstChild != nil && m.published.IsZero() {
			m.setPublished(jsonLDPublished(n.FirstChild.Data))
		}
	case atom.Time:
		if m.published.IsZero() && (attr(n, "pubdate") != "" || strings.EqualFold(attr(n, "itemprop"), "datePublished")) {
			m.setPublished(attr(n, "datetime"))
		}
	}
	if m.published.IsZero() && strings.EqualFold(attr(n, "itemprop"), "datePublished") {
		m.setPublished(firstNonEmpty(attr(n, "content"), attr(n, "datetime")))
	}
}

// text keeps a short text that is a relative stamp ("23 hours ago"), as
// pages print beside the headline.
func (m *pageMeta) text(s string) {
	if len(s) > 48 || len(m.stamps) >= 4 {
		return
	}
	if s = strings.TrimSpace(s); s != "" && pubdate.IsRelativeStamp(s) {
		m.stamps = append(m.stamps, s)
	}
}

func (m *pageMeta) metaTag(n *html.Node) {
	key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
	content := strings.TrimSpace(attr(n, "content"))
	switch {
	case content == "":
	case key == "description" || key == "og:description":
		setOnce(&m.description, content)
	case key == "content-language" || key == "og:locale" || key == "language":
		setOnce(&m.language, content)
	case publishedKeys[key] && m.published.IsZero():
		m.setPublished(content)
	}
}

// setPublished keeps the first readable publication stamp.
func (m *pageMeta) setPublished(raw string) {
	if !m.published.IsZero() {
		return
	}
	if t := parseStamp(raw); !t.IsZero() {
		m.published, m.utc = t, isUTCStamp(raw)
	}
}

// utcStamp matches a timestamp with a time of day in UTC.
var utcStamp = regexp.MustCompile(`\d[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT(?:[+-]0000)?|UTC)\s*$`)

func isUTCStamp(s string) bool { return utcStamp.MatchString(strings.TrimSpace(s)) }

// jsonLDPublished returns the first readable datePublished in a JSON-LD
// block, as written.
func jsonLDPublished(src string) string {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ""
	}
	var find func(v any) string
	find = func(v any) string {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok && !parseStamp(s).IsZero() {
				return s
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if s := find(x[k]); s != "" {
					return s
				}
			}
		case []any:
			for _, e := range x {
				if s := find(e); s != "" {
					return s
				}
			}
		}
		return ""
	}
	return find(v)
}

var isoDate = regexp.MustCompile(`^\s*((?:19|20)\d{2})-?([01]\d)-?([0-3]\d)`)

// parseStamp reads the calendar day of a metadata date as written (an ISO
// timestamp's own day, not converted to UTC), or a few common layouts.
func parseStamp(s string) time.Time {
	if m := isoDate.FindStringSubmatch(s); m != nil {
		if t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3]); err == nil && t.Year() >= 1995 {
			return t
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, "January 2, 2006", "Jan 2, 2006", "2 January 2006"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil && t.Year() >= 1995 {
			return pubdate.Day(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC))
		}
	}
	if t, ok := pubdate.Dateline(s, time.Time{}); ok {
		return t
	}
	return time.Time{}
}

// language returns the ISO 639-1 code the page declares ("en-GB" -> "en"),
// or else the one go-trafilatura detected in the main text (whatlanggo).
func language(declared, detected string) string {
	code := strings.ToLower(strings.TrimSpace(declared))
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	if len(code) == 2 && code[0] >= 'a' && code[0] <= 'z' && code[1] >= 'a' && code[1] <= 'z' {
		return code
	}
	return detected
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}
