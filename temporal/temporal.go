// Package temporal provides dyad's first date resolver, the stage that finds
// time expressions and resolves them against the publication date. It is a
// first version. It knows weekday names ("on Friday", "last Monday", "next
// Tuesday"), "today", "yesterday" and "tomorrow", month names with and
// without a day and year ("Jan. 16", "16 January 2026", "last October"),
// years ("in 2017", "last year", "this year") and ISO dates. A weekday or a
// bare month refers to the latest such day or month on or before the
// publication date, unless "next" or a future cue earlier in the sentence
// ("will", "is scheduled to") points ahead. Without a publication date only
// absolute dates resolve.
package temporal

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"dyad"
)

// Resolver is the stage that fills Analysis.Dates. Its zero value is ready
// to use.
type Resolver struct{}

var _ dyad.Stage = Resolver{}

// Name returns "dates".
func (Resolver) Name() string { return "dates" }

// Run replaces a.Dates with the time expressions of every sentence.
func (Resolver) Run(a *dyad.Analysis) error {
	a.Dates = []dyad.DateMention{}
	text := a.Article.Text
	for _, s := range a.Sentences {
		a.Dates = append(a.Dates, Find(text, s.Span, a.Article.Published)...)
	}
	return nil
}

const (
	monthNames = `jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?`
	dayNames   = `monday|tuesday|wednesday|thursday|friday|saturday|sunday`
)

// expression matches one time expression; the named groups say which kind.
var expression = regexp.MustCompile(`(?i)\b(?:` +
	`(?P<iso>\d{4}-\d{2}-\d{2})` +
	`|(?P<mdy>(?:` + monthNames + `)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)` +
	`|(?P<dmy>\d{1,2}(?:st|nd|rd|th)?\s+(?:` + monthNames + `)(?:,?\s+\d{4})?)` +
	`|(?P<wday>(?:(?:on|last|next|this)\s+)?(?:` + dayNames + `))` +
	`|(?P<rel>today|yesterday|tomorrow)` +
	`|(?P<relyear>(?:last|this|next)\s+year)` +
	`|(?P<month>(?:(?:in|last|next|this)\s+)?(?:january|february|march|april|june|july|august|september|october|november|december)(?:\s+\d{4})?)` +
	`|(?P<year>(?:in|since|during)\s+(?:19|20)\d{2})` +
	`)\b\.?`)

// futureCue marks a sentence that speaks of what is to come.
var futureCue = regexp.MustCompile(`(?i)\b(?:will|shall|is scheduled|are scheduled|is expected|are expected|plans? to|is due|are due|to be held|next)\b`)

// Find returns the time expressions in text[span], resolved against
// published (the zero time leaves relative expressions unresolved).
func Find(text string, span dyad.Span, published time.Time) []dyad.DateMention {
	sent := span.In(text)
	var out []dyad.DateMention
	for _, m := range expression.FindAllStringSubmatchIndex(sent, -1) {
		kind, s, e := group(m)
		if kind == "" {
			continue
		}
		raw := sent[m[0]:m[1]]
		raw = strings.TrimSuffix(raw, ".")
		if strings.HasSuffix(strings.ToLower(sent[s:e]), ".") && kind != "mdy" && kind != "dmy" {
			e--
		}
		ahead := futureCue.MatchString(sent[:m[0]]) || strings.HasPrefix(strings.ToLower(raw), "next")
		d := dyad.DateMention{Text: raw, Span: dyad.Span{Start: span.Start + m[0], End: span.Start + m[0] + len(raw)}}
		d.Value, d.Precision = resolve(kind, strings.ToLower(raw), published, ahead)
		out = append(out, d)
	}
	return out
}

// group returns the name and bounds of the named group that matched.
func group(m []int) (string, int, int) {
	for i, name := range expression.SubexpNames() {
		if name != "" && m[2*i] >= 0 {
			return name, m[2*i], m[2*i+1]
		}
	}
	return "", 0, 0
}

// resolve returns the value and precision of one expression.
func resolve(kind, raw string, pub time.Time, ahead bool) (string, dyad.Precision) {
	var t time.Time
	p := dyad.PrecisionDay
	switch kind {
	case "iso":
		t, _ = time.Parse(dyad.DateLayout, raw)
	case "mdy", "dmy":
		t, p = monthDay(raw, pub, ahead)
	case "wday":
		t = weekday(raw, pub, ahead)
	case "rel":
		t = relativeDay(raw, pub)
	case "relyear":
		t, p = relativeYear(raw, pub), dyad.PrecisionYear
	case "month":
		t, p = monthOnly(raw, pub, ahead), dyad.PrecisionMonth
	case "year":
		y, _ := strconv.Atoi(strings.TrimSpace(strings.TrimLeft(raw, "abcdefghijklmnopqrstuvwxyz ")))
		t, p = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), dyad.PrecisionYear
	}
	if t.IsZero() {
		return "", dyad.PrecisionUnknown
	}
	return dyad.FormatDate(t), p
}
