package dyad

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxTextBytes is the largest article text dyad analyses. The longest news
// articles are far below it; anything larger is a dump, not an article.
const MaxTextBytes = 4 << 20

// Where an article's publication date came from, in order of trust.
const (
	PublishedCaller   = "caller"   // given by the user or the input record
	PublishedMetadata = "metadata" // page metadata (meta tags, JSON-LD, feed)
	PublishedURL      = "url"      // a date in the URL path
	PublishedDateline = "dateline" // a dateline in the text
	PublishedRelative = "relative" // a relative stamp ("23 hours ago") against the crawl time
	PublishedUnknown  = "unknown"  // not known; relative dates stay unresolved
)

// Article is one news report: its clean text and what is known about it.
type Article struct {
	ID              string    // ID is the content key: see ArticleID.
	URL             string    // URL is the canonical URL, or "" if unknown.
	Title           string    // Title is the headline, or "".
	Published       time.Time // Published is the publication day (UTC midnight), or zero if unknown.
	PublishedSource string    // PublishedSource says where Published came from (Published* constants).
	Language        string    // Language is an ISO 639-1 code ("en"), or "" if unknown.
	Site            string    // Site is the outlet's name or host, or "".
	Authors         []string  // Authors are the bylines, if any.
	Text            string    // Text is the article body; every Span indexes into it.
}

// ArticleID returns the content key of a text: the first 20 hex digits of
// its SHA-256. The same text always gets the same ID, on any machine.
func ArticleID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:10])
}

// Validate reports why a cannot be analysed: empty, too large, not UTF-8,
// binary, or with an inconsistent ID or date source.
func (a *Article) Validate() error {
	if err := ValidateText(a.Text); err != nil {
		return err
	}
	if a.ID != "" && a.ID != ArticleID(a.Text) {
		return Errorf(EINVALID, "article id %q does not match its text", a.ID)
	}
	if !a.Published.IsZero() && a.PublishedSource == "" {
		return Errorf(EINVALID, "article has a publication date but no published_source")
	}
	return nil
}

// ValidateText reports why text cannot be analysed as an article.
func ValidateText(text string) error {
	switch {
	case len(text) > MaxTextBytes:
		return Errorf(EINVALID, "text is %d bytes, more than the %d an article may have", len(text), MaxTextBytes)
	case !utf8.ValidString(text):
		return Errorf(EINVALID, "text is not valid UTF-8 at byte %d", invalidUTF8At(text))
	case strings.TrimSpace(text) == "":
		return Errorf(EINVALID, "text is empty")
	case looksBinary(text):
		return Errorf(EINVALID, "text looks binary (NUL or control bytes)")
	}
	return nil
}

func invalidUTF8At(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return i
			}
		}
	}
	return len(s)
}

// looksBinary reports a NUL byte, or more than 1 % control characters other
// than whitespace, in the first 64 KiB.
func looksBinary(s string) bool {
	if len(s) > 64<<10 {
		s = s[:64<<10]
	}
	control, total := 0, 0
	for _, r := range s {
		total++
		if r == 0 {
			return true
		}
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			control++
		}
	}
	return control*100 > total
}

// articleJSON is the wire form of Article in the dyad/1 document.
type articleJSON struct {
	ID              string   `json:"id"`
	URL             string   `json:"url"`
	Title           string   `json:"title"`
	Published       *string  `json:"published"`
	PublishedSource string   `json:"published_source"`
	Language        string   `json:"language"`
	Site            string   `json:"site,omitempty"`
	Authors         []string `json:"authors,omitempty"`
	Text            string   `json:"text"`
}

// MarshalJSON writes the article object of the dyad/1 schema.
func (a Article) MarshalJSON() ([]byte, error) {
	w := articleJSON{ID: a.ID, URL: a.URL, Title: a.Title, PublishedSource: a.PublishedSource,
		Language: a.Language, Site: a.Site, Authors: a.Authors, Text: a.Text}
	if w.PublishedSource == "" {
		w.PublishedSource = PublishedUnknown
	}
	if !a.Published.IsZero() {
		d := FormatDate(a.Published)
		w.Published = &d
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the article object of the dyad/1 schema.
func (a *Article) UnmarshalJSON(b []byte) error {
	var w articleJSON
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*a = Article{ID: w.ID, URL: w.URL, Title: w.Title, PublishedSource: w.PublishedSource,
		Language: w.Language, Site: w.Site, Authors: w.Authors, Text: w.Text}
	if w.Published != nil && *w.Published != "" {
		t, err := ParseDate(*w.Published)
		if err != nil {
			return fmt.Errorf("article published: %w", err)
		}
		a.Published = t
	}
	return nil
}
