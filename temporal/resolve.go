package temporal

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"dyad"
)

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var (
	wordRE   = regexp.MustCompile(`[a-z]+`)
	numberRE = regexp.MustCompile(`\d+`)
)

// monthOf returns the month named by the first word of raw that names one.
func monthOf(raw string) (time.Month, bool) {
	for _, w := range wordRE.FindAllString(raw, -1) {
		if len(w) >= 3 {
			if m, ok := months[w[:3]]; ok {
				return m, true
			}
		}
	}
	return 0, false
}

// monthDay resolves "Jan. 16", "16 January 2026" and the like. Without a
// year, the day is the latest on or before the publication date (or the
// next one when ahead).
func monthDay(raw string, pub time.Time, ahead bool) (time.Time, dyad.Precision) {
	m, ok := monthOf(raw)
	nums := numberRE.FindAllString(raw, -1)
	if !ok || len(nums) == 0 {
		return time.Time{}, dyad.PrecisionUnknown
	}
	day, _ := strconv.Atoi(nums[0])
	year := 0
	if len(nums) > 1 {
		year, _ = strconv.Atoi(nums[1])
	}
	if year == 0 {
		if pub.IsZero() {
			return time.Time{}, dyad.PrecisionUnknown
		}
		year = pub.Year()
		t := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
		if !ahead && t.After(pub) {
			year--
		} else if ahead && t.Before(pub) {
			year++
		}
	}
	t := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, dyad.PrecisionUnknown // no such day ("Feb 30")
	}
	return t, dyad.PrecisionDay
}

// weekday resolves "on Friday", "last Monday", "next Tuesday".
func weekday(raw string, pub time.Time, ahead bool) time.Time {
	if pub.IsZero() {
		return time.Time{}
	}
	words := strings.Fields(raw)
	wd := weekdays[words[len(words)-1]]
	diff := int(pub.Weekday()) - int(wd)
	if ahead {
		return pub.AddDate(0, 0, (7-diff)%7)
	}
	back := (diff + 7) % 7
	if words[0] == "last" && back == 0 {
		back = 7
	}
	return pub.AddDate(0, 0, -back)
}

func relativeDay(raw string, pub time.Time) time.Time {
	if pub.IsZero() {
		return time.Time{}
	}
	switch raw {
	case "yesterday":
		return pub.AddDate(0, 0, -1)
	case "tomorrow":
		return pub.AddDate(0, 0, 1)
	}
	return pub
}

func relativeYear(raw string, pub time.Time) time.Time {
	if pub.IsZero() {
		return time.Time{}
	}
	y := pub.Year()
	switch strings.Fields(raw)[0] {
	case "last":
		y--
	case "next":
		y++
	}
	return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
}

// monthOnly resolves "last October", "in March 2024", "next June".
func monthOnly(raw string, pub time.Time, ahead bool) time.Time {
	m, _ := monthOf(raw)
	if nums := numberRE.FindAllString(raw, -1); len(nums) > 0 {
		y, _ := strconv.Atoi(nums[0])
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	}
	if pub.IsZero() {
		return time.Time{}
	}
	t := time.Date(pub.Year(), m, 1, 0, 0, 0, 0, time.UTC)
	first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	switch {
	case strings.HasPrefix(raw, "last") && !t.Before(first):
		t = t.AddDate(-1, 0, 0)
	case (ahead || strings.HasPrefix(raw, "next")) && !t.After(first):
		t = t.AddDate(1, 0, 0)
	case !ahead && t.After(first):
		t = t.AddDate(-1, 0, 0)
	}
	return t
}
