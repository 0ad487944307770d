package dyad

import (
	"context"
	"time"
)

// Stage is one step of the analysis. It reads what earlier stages wrote in
// the document and adds its own findings. A Stage does no I/O, keeps no
// state between articles, and is safe for concurrent use.
type Stage interface {
	// Name names the stage in Status entries ("sentences", "actors").
	Name() string
	// Run adds the stage's findings to a; an error is recorded as the
	// stage's status and the later stages still run.
	Run(a *Analysis) error
}

// Analyzer turns an article into its analysis document.
type Analyzer interface {
	// Analyze validates art and runs every stage on it. It returns an
	// EINVALID error for an article that cannot be analysed; a failing stage
	// is recorded in the document's Status instead.
	Analyze(ctx context.Context, art Article) (*Analysis, error)
}

// Store keeps analysed articles and answers queries over them. Every write
// is idempotent: keyed by content, storing the same article twice stores it
// once.
type Store interface {
	EventIndex
	// PutAnalysis stores a document in one transaction. It returns false,
	// and changes nothing, if an article with the same ID or URL is stored.
	PutAnalysis(ctx context.Context, a *Analysis) (bool, error)
	// PutFailure records an input that could not be analysed or stored.
	PutFailure(ctx context.Context, f Failure) error
	// Analysis returns the stored document of an article; ENOTFOUND if none.
	Analysis(ctx context.Context, articleID string) (*Analysis, error)
	// Events returns the events matching f and how many match in all.
	Events(ctx context.Context, f EventFilter) ([]EventRecord, int, error)
	// Quotes returns the quotes matching f and how many match in all.
	Quotes(ctx context.Context, f QuoteFilter) ([]QuoteRecord, int, error)
	// Failures returns the recorded failures, newest first.
	Failures(ctx context.Context, p Page) ([]Failure, int, error)
}

// Failure records an input that could not be analysed or stored, and why.
type Failure struct {
	Input     string    `json:"input"`      // Input names the item: a path, "path:line", or a URL.
	ArticleID string    `json:"article_id"` // ArticleID is the content key, if the text could be read.
	Stage     string    `json:"stage"`      // Stage is where it failed ("read", "validate", "store").
	Reason    string    `json:"reason"`     // Reason says why, for a person.
	Time      time.Time `json:"time"`       // Time is when the failure was recorded.
}

// Page selects a window of results.
type Page struct {
	Offset int // Offset is how many results to skip.
	Limit  int // Limit is how many to return; 0 means DefaultLimit.
}

// DefaultLimit and MaxLimit bound the results of one query.
const (
	DefaultLimit = 100
	MaxLimit     = 10000
)

// Window returns the offset and limit to use, with defaults and bounds
// applied.
func (p Page) Window() (offset, limit int) {
	offset, limit = max(p.Offset, 0), p.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	return offset, min(limit, MaxLimit)
}

// EventFilter selects stored events. Nil fields do not filter.
type EventFilter struct {
	Source        *string    // Source matches the source's country ("CAN") or full code ("CANGOV").
	Target        *string    // Target matches the target's country or full code.
	PLOVER        *string    // PLOVER matches the PLOVER type ("CONSULT").
	CAMEO         *string    // CAMEO matches codes starting with this prefix ("04").
	From          *time.Time // From keeps events dated on or after this day.
	To            *time.Time // To keeps events dated on or before this day.
	ArticleID     *string    // ArticleID keeps the events of one article.
	AllMoods      bool       // AllMoods keeps negated, planned and hypothetical events too.
	Either        bool       // Either matches Source and Target in either direction (Source→Target or Target→Source).
	QuadClass     *int       // QuadClass keeps events of one quad class, 1–4.
	Place         *string    // Place matches the location's country code or name.
	Outlet        *string    // Outlet keeps events reported by this site or URL host ("reuters.com").
	MinConfidence *float64   // MinConfidence keeps merged events with at least this confidence.
	Mentions      bool       // Mentions asks MergedEvents to return each event's mentions.
	Page
}

// EventRecord is a stored event with the article it was coded from.
type EventRecord struct {
	Event
	ArticleID string `json:"article_id"`           // ArticleID is the article's content key.
	URL       string `json:"url"`                  // URL is the article's URL, or "".
	Title     string `json:"title"`                // Title is the article's headline, or "".
	Published string `json:"published"`            // Published is the article's publication date, or "".
	ClusterID string `json:"cluster_id,omitempty"` // ClusterID is the merged event the report belongs to.
}

// QuoteFilter selects stored quotes. Nil fields do not filter.
type QuoteFilter struct {
	Speaker   *string    // Speaker matches words in the speaker's name, case-insensitively ("Xi Jinping").
	Actor     *string    // Actor matches the speaker's country or full code.
	From      *time.Time // From keeps quotes from articles published on or after this day.
	To        *time.Time // To keeps quotes from articles published on or before this day.
	ArticleID *string    // ArticleID keeps the quotes of one article.
	Grouped   bool       // Grouped returns each quotation once, however many articles printed it.
	Page
}

// QuoteRecord is a stored quote with the article it was found in.
type QuoteRecord struct {
	Quote
	ArticleID string        `json:"article_id"` // ArticleID is the article's content key.
	URL       string        `json:"url"`        // URL is the article's URL, or "".
	Title     string        `json:"title"`      // Title is the article's headline, or "".
	Published string        `json:"published"`  // Published is the article's publication date, or "".
	Group     string        `json:"group"`      // Group identifies the quotation across articles: the same words, give or take punctuation and truncation.
	Sources   []QuoteSource `json:"sources"`    // Sources are the articles that printed the quotation (its Group), this one included, oldest first.
}

// QuoteSource is an article that printed a quotation.
type QuoteSource struct {
	ArticleID string `json:"article_id"` // ArticleID is the article's content key.
	URL       string `json:"url"`        // URL is the article's URL, or "".
	Title     string `json:"title"`      // Title is the article's headline, or "".
	Published string `json:"published"`  // Published is the article's publication date, or "".
	Text      string `json:"text"`       // Text is the quotation as this article printed it.
}
