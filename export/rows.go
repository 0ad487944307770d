package export

import (
	"dyad"
)

// EventRow is a merged event as one flat row (CSV, Parquet).
type EventRow struct {
	ID              string   `json:"id" parquet:"id"`
	Date            string   `json:"date" parquet:"date"`
	DatePrecision   string   `json:"date_precision" parquet:"date_precision"`
	SourceCode      string   `json:"source_code" parquet:"source_code"`
	SourceCountry   string   `json:"source_country" parquet:"source_country"`
	SourceName      string   `json:"source_name" parquet:"source_name"`
	TargetCode      string   `json:"target_code" parquet:"target_code"`
	TargetCountry   string   `json:"target_country" parquet:"target_country"`
	TargetName      string   `json:"target_name" parquet:"target_name"`
	CAMEO           string   `json:"cameo" parquet:"cameo"`
	CAMEORoot       string   `json:"cameo_root" parquet:"cameo_root"`
	PLOVER          string   `json:"plover" parquet:"plover"`
	QuadClass       int32    `json:"quad_class" parquet:"quad_class"`
	Goldstein       float64  `json:"goldstein" parquet:"goldstein"`
	Mood            string   `json:"mood" parquet:"mood"`
	Location        string   `json:"location" parquet:"location"`
	LocationCountry string   `json:"location_country" parquet:"location_country"`
	Lat             float64  `json:"lat" parquet:"lat"`
	Lon             float64  `json:"lon" parquet:"lon"`
	NumMentions     int32    `json:"num_mentions" parquet:"num_mentions"`
	NumArticles     int32    `json:"num_articles" parquet:"num_articles"`
	NumSources      int32    `json:"num_sources" parquet:"num_sources"`
	Confidence      float64  `json:"confidence" parquet:"confidence"`
	FirstSeen       string   `json:"first_seen" parquet:"first_seen"`
	LastSeen        string   `json:"last_seen" parquet:"last_seen"`
	Tone            *float64 `json:"tone" parquet:"tone,optional"` // the mean tone of the reporting articles, empty if none is scored
}

func eventRow(e dyad.MergedEvent) EventRow {
	r := EventRow{ID: e.ID, Date: e.Date, DatePrecision: string(e.DatePrecision), SourceCode: e.Source.Code,
		SourceCountry: e.Source.Country, SourceName: e.Source.Name, CAMEO: e.CAMEO, CAMEORoot: e.CAMEORoot, PLOVER: e.PLOVER,
		QuadClass: int32(e.QuadClass), Goldstein: e.Goldstein, Mood: string(e.Mood), NumMentions: int32(e.NumMentions),
		NumArticles: int32(e.NumArticles), NumSources: int32(e.NumSources), Confidence: e.Confidence,
		FirstSeen: e.FirstSeen, LastSeen: e.LastSeen, Tone: e.Tone}
	if e.Target != nil {
		r.TargetCode, r.TargetCountry, r.TargetName = e.Target.Code, e.Target.Country, e.Target.Name
	}
	if l := e.Location; l != nil {
		r.Location, r.LocationCountry, r.Lat, r.Lon = l.Name, l.Country, l.Lat, l.Lon
	}
	return r
}

// MentionRow is one report of a merged event as a flat row.
type MentionRow struct {
	EventID       string `json:"event_id" parquet:"event_id"`     // the merged event
	ReportID      string `json:"report_id" parquet:"report_id"`   // the report (dyad.Event.ID)
	ArticleID     string `json:"article_id" parquet:"article_id"` // the article's content key
	URL           string `json:"url" parquet:"url"`
	Site          string `json:"site" parquet:"site"`
	Published     string `json:"published" parquet:"published"`
	SourceCode    string `json:"source_code" parquet:"source_code"`
	TargetCode    string `json:"target_code" parquet:"target_code"`
	CAMEO         string `json:"cameo" parquet:"cameo"`
	Date          string `json:"date" parquet:"date"`
	SentenceIndex int32  `json:"sentence_index" parquet:"sentence_index"`
	Sentence      string `json:"sentence" parquet:"sentence"`
	EvidenceStart int32  `json:"evidence_start" parquet:"evidence_start"`
	EvidenceEnd   int32  `json:"evidence_end" parquet:"evidence_end"`
	Evidence      string `json:"evidence" parquet:"evidence"`
}

func mentionRow(e dyad.MergedEvent, m dyad.EventMention) MentionRow {
	r := MentionRow{EventID: e.ID, ReportID: m.EventID, ArticleID: m.ArticleID, URL: m.URL, Site: m.Site, Published: m.Published,
		SourceCode: m.Source.Code, CAMEO: m.CAMEO, Date: m.Date, SentenceIndex: int32(m.SentenceIndex), Sentence: m.Sentence,
		EvidenceStart: int32(m.Evidence.Span.Start), EvidenceEnd: int32(m.Evidence.Span.End), Evidence: m.Evidence.Text}
	if m.Target != nil {
		r.TargetCode = m.Target.Code
	}
	return r
}

// QuoteRow is a quote as a flat row.
type QuoteRow struct {
	ArticleID      string `json:"article_id" parquet:"article_id"`
	URL            string `json:"url" parquet:"url"`
	Published      string `json:"published" parquet:"published"`
	Text           string `json:"text" parquet:"text"`
	Start          int32  `json:"start" parquet:"start"`
	End            int32  `json:"end" parquet:"end"`
	Direct         bool   `json:"direct" parquet:"direct"`
	Speaker        string `json:"speaker" parquet:"speaker"`
	SpeakerCode    string `json:"speaker_code" parquet:"speaker_code"`
	SpeakerCountry string `json:"speaker_country" parquet:"speaker_country"`
}

func quoteRow(q dyad.QuoteRecord) QuoteRow {
	r := QuoteRow{ArticleID: q.ArticleID, URL: q.URL, Published: q.Published, Text: q.Text,
		Start: int32(q.Span.Start), End: int32(q.Span.End), Direct: q.Direct}
	if s := q.Speaker; s != nil {
		r.Speaker = s.Name
		if s.Actor != nil {
			r.SpeakerCode, r.SpeakerCountry = s.Actor.Code, s.Actor.Country
		}
	}
	return r
}
