package export

import (
	"bufio"
	"context"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"time"

	"dyad"
)

// GDELT 2.0 column names, in order, after the GDELT Event Codebook V2.0
// (events, 61 columns) and the mentions table documentation (16 columns).
// GDELT files carry no header; these name the columns for readers and tests.
var (
	GDELTEventColumns = append(append(append([]string{
		"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"},
		actorColumns("Actor1")...), actorColumns("Actor2")...),
		append(append(append(append([]string{"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
			"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"},
			geoColumns("Actor1Geo")...), geoColumns("Actor2Geo")...), geoColumns("ActionGeo")...),
			"DATEADDED", "SOURCEURL")...)
	GDELTMentionColumns = []string{"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType",
		"MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
		"ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
		"MentionDocTranslationInfo", "Extras"}
)

func actorColumns(p string) []string {
	return []string{p + "Code", p + "Name", p + "CountryCode", p + "KnownGroupCode", p + "EthnicCode",
		p + "Religion1Code", p + "Religion2Code", p + "Type1Code", p + "Type2Code", p + "Type3Code"}
}

func geoColumns(p string) []string {
	return []string{p + "_Type", p + "_FullName", p + "_CountryCode", p + "_ADM1Code", p + "_ADM2Code",
		p + "_Lat", p + "_Long", p + "_FeatureID"}
}

// GlobalEventID maps a merged event id ("ev" + hex) to the positive integer
// GDELT tools expect: its first 15 hex digits (an FNV hash for any other id).
// Equal ids give equal numbers.
func GlobalEventID(id string) int64 {
	h := strings.TrimPrefix(id, "ev")
	if n, err := strconv.ParseUint(h[:min(len(h), 15)], 16, 64); err == nil && h != "" {
		return int64(n)
	}
	f := fnv.New64a()
	f.Write([]byte(id))
	return int64(f.Sum64() >> 4)
}

// tsv writes tab-separated lines, replacing tabs and line breaks in fields.
type tsv struct {
	w   *bufio.Writer
	err error
}

var fieldCleaner = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

func (t *tsv) line(fields []string) {
	if t.err != nil {
		return
	}
	for i, f := range fields {
		if i > 0 {
			t.w.WriteByte('\t')
		}
		t.w.WriteString(fieldCleaner.Replace(f))
	}
	_, t.err = t.w.WriteString("\n")
}

func writeGDELTEvents(ctx context.Context, w io.Writer, src dyad.EventIndex, f dyad.EventFilter) (int, error) {
	f.Mentions = true // SOURCEURL is the first report's URL
	out := &tsv{w: bufio.NewWriter(w)}
	n := 0
	err := src.EachMergedEvent(ctx, f, func(e dyad.MergedEvent) error {
		n++
		out.line(gdeltEvent(e))
		return out.err
	})
	if ferr := out.w.Flush(); err == nil {
		err = ferr
	}
	return n, err
}

// gdeltEvent returns the 61 fields of e. Actor country codes are dyad's
// (ISO 3166 alpha-3, as in CAMEO actor codes); the geographic country codes
// are FIPS 10-4 (GEC), as GDELT's are, or empty for a code the Factbook
// does not list. AvgTone is the mean tone of the reporting articles, 0 when no
// article is scored (GDELT's files always hold a number there).
func gdeltEvent(e dyad.MergedEvent) []string {
	day, _ := dyad.ParseDate(e.Date)
	f := make([]string, 0, 61)
	f = append(f, strconv.FormatInt(GlobalEventID(e.ID), 10), compact(e.Date), month(e.Date), year(e.Date), fraction(day))
	f = append(f, gdeltActor(&e.Source)...)
	f = append(f, gdeltActor(e.Target)...)
	base := e.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	f = append(f, "1", e.CAMEO, base, e.CAMEORoot, strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', -1, 64),
		strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), toneField(e.Tone, "0"))
	f = append(f, gdeltGeo(nil)...) // actor locations: dyad locates events, not actors
	f = append(f, gdeltGeo(nil)...)
	f = append(f, gdeltGeo(e.Location)...)
	added, url := compact(e.FirstSeen), ""
	if added != "" {
		added += "000000"
	}
	if len(e.Mentions) > 0 {
		url = e.Mentions[0].URL
	}
	return append(f, added, url)
}

func gdeltActor(a *dyad.Actor) []string {
	if a == nil || a.IsZero() {
		return make([]string, 10)
	}
	name := a.Name
	if name == "" {
		name = a.Country
	}
	return []string{a.Code, strings.ToUpper(name), a.Country, "", "", "", "", a.Sector, "", ""}
}

func gdeltGeo(l *dyad.Location) []string {
	if l == nil {
		return []string{"0", "", "", "", "", "", "", ""}
	}
	typ := "4" // world city
	if l.Name == "" || l.Lat == 0 && l.Lon == 0 {
		typ = "1" // country
	}
	return []string{typ, l.Name, fipsCodes[l.Country], "", "", strconv.FormatFloat(l.Lat, 'f', 4, 64), strconv.FormatFloat(l.Lon, 'f', 4, 64), ""}
}

func compact(date string) string { return strings.ReplaceAll(date, "-", "") }

func month(date string) string {
	if len(date) < 7 {
		return ""
	}
	return compact(date[:7])
}

func year(date string) string {
	if len(date) < 4 {
		return ""
	}
	return date[:4]
}

// fraction is GDELT's FractionDate: the year plus the elapsed part of it.
func fraction(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64)
}

func writeGDELTMentions(ctx context.Context, w io.Writer, src dyad.EventIndex, f dyad.EventFilter) (int, error) {
	f.Mentions = true
	out := &tsv{w: bufio.NewWriter(w)}
	n := 0
	err := src.EachMergedEvent(ctx, f, func(e dyad.MergedEvent) error {
		for _, m := range e.Mentions {
			n++
			out.line(gdeltMention(e, m))
		}
		return out.err
	})
	if ferr := out.w.Flush(); err == nil {
		err = ferr
	}
	return n, err
}

// gdeltMention returns the 16 fields of one mention. MentionType is 1 (web);
// SentenceID is 1-based; offsets are byte offsets into the article text;
// Confidence is the merged event's confidence in percent; MentionDocTone is
// the article's tone, empty when it is not scored.
func gdeltMention(e dyad.MergedEvent, m dyad.EventMention) []string {
	stamp := func(d string) string {
		if d == "" {
			return ""
		}
		return compact(d) + "000000"
	}
	target := "-1"
	if m.Target != nil {
		target = strconv.Itoa(m.Target.Span.Start)
	}
	return []string{strconv.FormatInt(GlobalEventID(e.ID), 10), stamp(e.Date), stamp(m.Published), "1", m.Site, m.URL,
		strconv.Itoa(m.SentenceIndex + 1), strconv.Itoa(m.Source.Span.Start), target, strconv.Itoa(m.Evidence.Span.Start),
		"1", strconv.Itoa(int(e.Confidence*100 + 0.5)), "", toneField(m.DocTone, ""), "", ""}
}

// toneField formats a tone with GDELT's precision, or none when nil.
func toneField(t *float64, none string) string {
	if t == nil {
		return none
	}
	return strconv.FormatFloat(*t, 'f', -1, 64)
}
