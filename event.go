package dyad

import "fmt"

// Mood says whether an event is reported as having happened.
type Mood string

// The moods of an event. Only asserted events count by default; the others
// are kept and labelled.
const (
	MoodAsserted     Mood = "asserted"     // reported as having happened
	MoodNegated      Mood = "negated"      // reported as not having happened ("no agreement has been announced")
	MoodPlanned      Mood = "planned"      // scheduled or intended ("is scheduled to hold talks")
	MoodHypothetical Mood = "hypothetical" // conditional or speculative ("could impose")
)

// Validate reports an error unless m is one of the known moods.
func (m Mood) Validate() error {
	switch m {
	case MoodAsserted, MoodNegated, MoodPlanned, MoodHypothetical:
		return nil
	}
	return fmt.Errorf("mood %q: want asserted, negated, planned or hypothetical", string(m))
}

// Quad classes of CAMEO events.
const (
	QuadVerbalCooperation   = 1
	QuadMaterialCooperation = 2
	QuadVerbalConflict      = 3
	QuadMaterialConflict    = 4
)

// Participant is an actor as it takes part in one event, with the span of
// the mention that names it there.
type Participant struct {
	Actor
	Span Span `json:"span"` // Span locates the mention of the actor in the event's sentence.
}

// Evidence is the stretch of text that carries an event.
type Evidence struct {
	Span Span   `json:"span"` // Span locates the words coded ("held talks").
	Text string `json:"text"` // Text is a copy of the article text at Span.
}

// Location is where an event took place.
type Location struct {
	Name    string  `json:"name"`    // Name is the place as the gazetteer names it ("Beijing").
	Country string  `json:"country"` // Country is its ISO 3166 alpha-3 code.
	Lat     float64 `json:"lat"`     // Lat is the latitude in degrees.
	Lon     float64 `json:"lon"`     // Lon is the longitude in degrees.
}

// Event is one coded event: who did what to whom, when and where, with the
// evidence it was coded from.
type Event struct {
	ID            string       `json:"id"`             // ID is the content key of the event within its article.
	Source        Participant  `json:"source"`         // Source is who acts.
	Target        *Participant `json:"target"`         // Target is who is acted upon, or nil.
	CAMEO         string       `json:"cameo"`          // CAMEO is the event code ("040").
	CAMEORoot     string       `json:"cameo_root"`     // CAMEORoot is the two-digit root ("04").
	PLOVER        string       `json:"plover"`         // PLOVER is the PLOVER event type ("CONSULT").
	QuadClass     int          `json:"quad_class"`     // QuadClass is 1–4 (Quad* constants).
	Goldstein     float64      `json:"goldstein"`      // Goldstein is the CAMEO code's Goldstein weight, −10..10.
	Date          string       `json:"date"`           // Date is when the event happened, YYYY-MM-DD, or "".
	DatePrecision Precision    `json:"date_precision"` // DatePrecision says how much of Date is known.
	Location      *Location    `json:"location"`       // Location is where it happened, or nil.
	Mood          Mood         `json:"mood"`           // Mood says whether it is reported as having happened.
	Sentence      int          `json:"sentence"`       // Sentence is the index of the sentence it was coded from.
	Evidence      Evidence     `json:"evidence"`       // Evidence locates the words coded.
	Rule          string       `json:"rule"`           // Rule says why it was coded so.
	Tone          *float64     `json:"tone,omitempty"` // Tone is the tone of the event's sentence, −100..100; nil if not scored.
}

// Quote is a quotation or reported statement, with who said it.
type Quote struct {
	Text      string   `json:"text"`      // Text is a copy of the article text at Span.
	Span      Span     `json:"span"`      // Span covers the quoted words, without the quotation marks.
	Sentence  int      `json:"sentence"`  // Sentence is the index of the sentence where the quote starts.
	Direct    bool     `json:"direct"`    // Direct is true for words in quotation marks.
	Fragment  bool     `json:"fragment"`  // Fragment is true for a quoted phrase inside a sentence of the writer's.
	Speaker   *Speaker `json:"speaker"`   // Speaker is who said it, or nil if unattributed.
	Addressee *Speaker `json:"addressee"` // Addressee is who it was said to, or nil.
}

// Speaker is who said a quote, or to whom.
type Speaker struct {
	Name  string `json:"name"`           // Name is the speaker's name as resolved ("Mark Carney").
	Actor *Actor `json:"actor"`          // Actor is the resolved actor, or nil if unknown.
	Span  Span   `json:"span"`           // Span locates the mention of the speaker ("Carney", "he").
	Rule  string `json:"rule,omitempty"` // Rule says how the speaker was found.
}
