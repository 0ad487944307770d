// Package pubdate finds the publication date of a news article where page
// metadata gives none: in its URL, in a dateline at the head of its text, or
// in a relative stamp ("23 hours ago") read against the crawl time. Each
// finder returns the day in UTC and false when it finds nothing it trusts.
package pubdate

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// earliestYear is the earliest year of publication accepted; anything
// before it is taken for a mistake (an ID that looks like a date).
const earliestYear = 1995

// Day truncates t to its UTC calendar day.
func Day(t time.Time) time.Time {
	t = t.UTC()
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// plausible reports whether d can be a publication day: a real date not
// before 1995 and not more than a day after now (zero now means no bound).
func plausible(d, now time.Time) bool {
	if d.Year() < earliestYear {
		return false
	}
	return now.IsZero() || !d.After(now.Add(24*time.Hour))
}

var (
	// urlYMD matches /2019/11/19/ and 2019-11-19 style dates in a path.
	// urlYMonD matches /2019/nov/18/.
	urlYMonD = regexp.MustCompile(`(?i)/((?:19|20)\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*/([0-3]?\d)(?:/|$)`)
	urlYMD   = regexp.MustCompile(`(?:^|[/_\-.])((?:19|20)\d{2})[/_\-.]?([01]\d)[/_\-.]?([0-3]\d)(?:[/_\-.]|$)`)
)

// FromURL returns the publication day written in a URL path
// (/2019/11/19/, /20191119/, -2019-11-19-, /2019/nov/19/); a year and month without a day
// give nothing, since the day is what dyad needs to resolve "on Friday".
func FromURL(rawURL string, now time.Time) (time.Time, bool) {
	path := rawURL
	if i := strings.Index(path, "://"); i >= 0 {
		path = path[i+3:]
		if j := strings.IndexByte(path, '/'); j >= 0 {
			path = path[j:]
		} else {
			return time.Time{}, false
		}
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	for _, m := range urlYMD.FindAllStringSubmatch(path, -1) {
		if d, ok := ymd(m[1], m[2], m[3]); ok && plausible(d, now) {
			return d, true
		}
	}
	if m := urlYMonD.FindStringSubmatch(path); m != nil {
		if d, ok := monthDay(m[2], m[3], m[1]); ok && plausible(d, now) {
			return d, true
		}
	}
	return time.Time{}, false
}

// ymd builds a date from decimal strings, rejecting impossible ones
// (2019-02-30) instead of normalising them.
func ymd(y, m, d string) (time.Time, bool) {
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	di, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return time.Time{}, false
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if t.Day() != di {
		return time.Time{}, false
	}
	return t, true
}

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
	"nov": 11, "november": 11, "dec": 12, "december": 12,
}

const monthRE = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

var (
	// mdy matches "November 19, 2019" and "Nov. 19 2019".
	mdy = regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`)
	// dmy matches "19 November 2019".
	dmy = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+` + monthRE + `,?\s+((?:19|20)\d{2})\b`)
	// iso matches "2019-11-19".
	iso = regexp.MustCompile(`\b((?:19|20)\d{2})-([01]\d)-([0-3]\d)\b`)
)

// DatelineBytes is how far into the text a dateline is looked for.
const DatelineBytes = 400

// Dateline returns a date written in the first DatelineBytes of text, as in
// "WASHINGTON, Nov. 19, 2019 (Reuters) -" or a stamp line "19 November 2019".
func Dateline(text string, now time.Time) (time.Time, bool) {
	head := text[:min(len(text), DatelineBytes)]
	type found struct {
		at int
		d  time.Time
	}
	var best *found
	try := func(at int, d time.Time, ok bool) {
		if ok && plausible(d, now) && (best == nil || at < best.at) {
			best = &found{at, d}
		}
	}
	if m := mdy.FindStringSubmatchIndex(head); m != nil {
		d, ok := monthDay(head[m[2]:m[3]], head[m[4]:m[5]], head[m[6]:m[7]])
		try(m[0], d, ok)
	}
	if m := dmy.FindStringSubmatchIndex(head); m != nil {
		d, ok := monthDay(head[m[4]:m[5]], head[m[2]:m[3]], head[m[6]:m[7]])
		try(m[0], d, ok)
	}
	if m := iso.FindStringSubmatchIndex(head); m != nil {
		d, ok := ymd(head[m[2]:m[3]], head[m[4]:m[5]], head[m[6]:m[7]])
		try(m[0], d, ok)
	}
	if best == nil {
		return time.Time{}, false
	}
	return best.d, true
}

func monthDay(month, day, year string) (time.Time, bool) {
	m, ok := months[strings.ToLower(strings.TrimSuffix(month, "."))]
	if !ok {
		return time.Time{}, false
	}
	return ymd(year, strconv.Itoa(int(m)), day)
}

// relative matches a stamp such as "23 hours ago", "5 mins ago", "1 day ago".
var relative = regexp.MustCompile(`(?i)^\s*(?:updated\s+|published\s+)?(\d{1,3}|an?|one)\s+(sec|second|min|minute|hr|hour|day|week)s?\s+ago\s*$`)

// Relative reads a relative stamp line ("23 hours ago") against the crawl
// time and returns the day it names. Only a whole line counts: a stamp in a
// sentence ("two days ago the minister said") is about the event, not the
// article.
func Relative(line string, crawled time.Time) (time.Time, bool) {
	if crawled.IsZero() {
		return time.Time{}, false
	}
	m := relative.FindStringSubmatch(line)
	if m == nil {
		return time.Time{}, false
	}
	n := 1
	if v, err := strconv.Atoi(m[1]); err == nil {
		n = v
	}
	unit := map[string]time.Duration{"sec": time.Second, "second": time.Second, "min": time.Minute,
		"minute": time.Minute, "hr": time.Hour, "hour": time.Hour, "day": 24 * time.Hour, "week": 7 * 24 * time.Hour}[strings.ToLower(m[2])]
	return Day(crawled.Add(-time.Duration(n) * unit)), true
}

// IsRelativeStamp reports whether line is nothing but a relative stamp.
func IsRelativeStamp(line string) bool { return relative.MatchString(line) }
