package dyad

import (
	"context"
	"time"
)

// MergedEvent is one happening as reported by any number of articles: the
// event reports (one Event per article sentence) that clustering found to
// describe the same thing, with counts after GDELT's NumMentions,
// NumArticles and NumSources, and links to every report's sentence.
type MergedEvent struct {
	ID            string         `json:"id"`                 // ID is the content key of the cluster: its block and anchor date.
	Source        Actor          `json:"source"`             // Source is who acts, as most reports code it.
	Target        *Actor         `json:"target"`             // Target is who is acted upon, or nil.
	CAMEO         string         `json:"cameo"`              // CAMEO is the code most reports give ("040").
	CAMEORoot     string         `json:"cameo_root"`         // CAMEORoot is the two-digit root ("04").
	PLOVER        string         `json:"plover"`             // PLOVER is the PLOVER event type ("CONSULT").
	QuadClass     int            `json:"quad_class"`         // QuadClass is 1–4 (Quad* constants).
	Goldstein     float64        `json:"goldstein"`          // Goldstein is the CAMEO code's Goldstein weight.
	Date          string         `json:"date"`               // Date is the anchor date, YYYY-MM-DD, or "" if no report is dated.
	DatePrecision Precision      `json:"date_precision"`     // DatePrecision says how much of Date is known.
	Location      *Location      `json:"location"`           // Location is where it happened, or nil.
	Mood          Mood           `json:"mood"`               // Mood is the mood all its reports share.
	NumMentions   int            `json:"num_mentions"`       // NumMentions counts the distinct reports (article, sentence, evidence).
	NumArticles   int            `json:"num_articles"`       // NumArticles counts the distinct articles.
	NumSources    int            `json:"num_sources"`        // NumSources counts the outlets, a syndicated copy counting once.
	Confidence    float64        `json:"confidence"`         // Confidence grows with independent sources, 0..1 (see package cluster).
	FirstSeen     string         `json:"first_seen"`         // FirstSeen is the earliest publication date of a report, or "".
	LastSeen      string         `json:"last_seen"`          // LastSeen is the latest publication date of a report, or "".
	Tone          *float64       `json:"tone"`               // Tone is the mean tone of the articles that report it (GDELT's AvgTone), −100..100, or nil if none is scored.
	Mentions      []EventMention `json:"mentions,omitempty"` // Mentions are the reports, when asked for.
}

// EventMention is one report of a merged event: where it was said, in which
// sentence, and the words coded.
type EventMention struct {
	EventID       string       `json:"event_id"`       // EventID is the report's Event.ID.
	ArticleID     string       `json:"article_id"`     // ArticleID is the article's content key.
	URL           string       `json:"url"`            // URL is the article's URL, or "".
	Title         string       `json:"title"`          // Title is the article's headline, or "".
	Site          string       `json:"site"`           // Site is the outlet (site name or URL host), or "".
	Published     string       `json:"published"`      // Published is the article's publication date, or "".
	Source        Participant  `json:"source"`         // Source is the source as this report codes it, with its span.
	Target        *Participant `json:"target"`         // Target is the target as this report codes it, or nil.
	CAMEO         string       `json:"cameo"`          // CAMEO is the code of this report.
	Date          string       `json:"date"`           // Date is the date of this report, or "".
	Sentence      string       `json:"sentence"`       // Sentence is a copy of the text of the report's sentence.
	SentenceIndex int          `json:"sentence_index"` // SentenceIndex is the index of the sentence in the article.
	SentenceSpan  Span         `json:"sentence_span"`  // SentenceSpan locates the sentence in the article text.
	Evidence      Evidence     `json:"evidence"`       // Evidence locates the words coded.
	DocTone       *float64     `json:"doc_tone"`       // DocTone is the tone of the whole article, −100..100, or nil if not scored.
}

// Interval is the bucket width of a time series.
type Interval string

// The intervals of a series; a week starts on Monday (ISO 8601).
const (
	Day   Interval = "day"
	Week  Interval = "week"
	Month Interval = "month"
)

// Validate reports an error unless i is day, week or month.
func (i Interval) Validate() error {
	switch i {
	case Day, Week, Month:
		return nil
	}
	return Errorf(EINVALID, "interval %q: want day, week or month", string(i))
}

// Start returns the first day of the interval holding t.
func (i Interval) Start(t time.Time) time.Time {
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	switch i {
	case Week:
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

// Next returns the first day of the interval after the one starting at t.
func (i Interval) Next(t time.Time) time.Time {
	switch i {
	case Week:
		return t.AddDate(0, 0, 7)
	case Month:
		return t.AddDate(0, 1, 0)
	}
	return t.AddDate(0, 0, 1)
}

// SeriesQuery asks for the time series of one dyad.
type SeriesQuery struct {
	Source string     // Source is a country ("CAN") or a full actor code ("CANGOV").
	Target string     // Target is a country or a full actor code.
	Both   bool       // Both counts events in either direction.
	By     Interval   // By is the bucket width.
	From   *time.Time // From keeps events dated on or after this day.
	To     *time.Time // To keeps events dated on or before this day.
}

// Validate reports why q cannot be answered.
func (q SeriesQuery) Validate() error {
	if q.Source == "" || q.Target == "" {
		return Errorf(EINVALID, "series needs a source and a target actor (a country like CAN or a code like CANGOV)")
	}
	if err := q.By.Validate(); err != nil {
		return err
	}
	if q.From != nil && q.To != nil && q.To.Before(*q.From) {
		return Errorf(EINVALID, "series: to %s is before from %s", FormatDate(*q.To), FormatDate(*q.From))
	}
	return nil
}

// SeriesPoint is one bucket of a dyad's time series, over merged events
// (each event counted once, however many articles report it).
type SeriesPoint struct {
	Period           string   `json:"period"`            // Period is the first day of the bucket, YYYY-MM-DD.
	Events           int      `json:"events"`            // Events counts merged events.
	Mentions         int      `json:"mentions"`          // Mentions sums their NumMentions.
	VerbalCoop       int      `json:"verbal_coop"`       // VerbalCoop counts events of quad class 1.
	MaterialCoop     int      `json:"material_coop"`     // MaterialCoop counts events of quad class 2.
	VerbalConflict   int      `json:"verbal_conflict"`   // VerbalConflict counts events of quad class 3.
	MaterialConflict int      `json:"material_conflict"` // MaterialConflict counts events of quad class 4.
	GoldsteinSum     float64  `json:"goldstein_sum"`     // GoldsteinSum sums the events' Goldstein weights.
	GoldsteinMean    float64  `json:"goldstein_mean"`    // GoldsteinMean is GoldsteinSum / Events, 0 for an empty bucket.
	Tone             *float64 `json:"tone"`              // Tone is the mean of its events' tones (see MergedEvent.Tone), or nil where none is scored.
}

// TopQuery asks for the most active actors or dyads in a period.
type TopQuery struct {
	Dyads bool       // Dyads ranks source→target pairs of countries; otherwise actors (countries) in either role.
	From  *time.Time // From keeps events dated on or after this day.
	To    *time.Time // To keeps events dated on or before this day.
	Limit int        // Limit is how many to return; 0 means 10.
}

// Ranked is one row of a top list.
type Ranked struct {
	Source        string  `json:"source"`           // Source is the actor's country, or the dyad's source country.
	Target        string  `json:"target,omitempty"` // Target is the dyad's target country ("" for actors).
	Events        int     `json:"events"`           // Events counts merged events.
	Mentions      int     `json:"mentions"`         // Mentions sums their NumMentions.
	GoldsteinMean float64 `json:"goldstein_mean"`   // GoldsteinMean is the mean Goldstein weight of the events.
}

// ArticleQuery is a full-text search over stored articles.
type ArticleQuery struct {
	Text string // Text is the words to find, all of them ("tariffs canola").
	Page
}

// ArticleHit is an article that matches a search.
type ArticleHit struct {
	ID        string `json:"id"`        // ID is the article's content key.
	URL       string `json:"url"`       // URL is the article's URL, or "".
	Title     string `json:"title"`     // Title is the headline, or "".
	Published string `json:"published"` // Published is the publication date, or "".
	Site      string `json:"site"`      // Site is the outlet, or "".
}

// EventIndex answers the questions analysts ask of merged events. Every
// Store implements it; clusters are kept up to date by PutAnalysis.
type EventIndex interface {
	// MergedEvents returns the merged events matching f (with their
	// mentions if f.Mentions) and how many match in all.
	MergedEvents(ctx context.Context, f EventFilter) ([]MergedEvent, int, error)
	// Series returns one point per bucket from the first to the last
	// bucket holding an event (or From..To when given), empty buckets included.
	Series(ctx context.Context, q SeriesQuery) ([]SeriesPoint, error)
	// Top returns the most active actors or dyads.
	Top(ctx context.Context, q TopQuery) ([]Ranked, error)
	// SearchArticles returns the articles holding every word of q.Text.
	SearchArticles(ctx context.Context, q ArticleQuery) ([]ArticleHit, int, error)
	// EachMergedEvent calls fn for every merged event matching f, in
	// order of date and id, ignoring f.Page; it stops at fn's first error.
	EachMergedEvent(ctx context.Context, f EventFilter, fn func(MergedEvent) error) error
	// EachQuote calls fn for every quote matching f, ignoring f.Page.
	EachQuote(ctx context.Context, f QuoteFilter, fn func(QuoteRecord) error) error
	// MarkDuplicate records that article id copies article of (a
	// syndicated or near-duplicate text; "" clears it), so that it counts
	// once as a source, and updates the merged events at once; ENOTFOUND
	// if no article id is stored.
	MarkDuplicate(ctx context.Context, id, of string) error
	// Recluster rebuilds every merged event from the stored reports and
	// returns how many there are; the result equals what incremental
	// clustering built.
	Recluster(ctx context.Context) (int, error)
}
