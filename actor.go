package dyad

// Sectors of an actor, after CAMEO's agent codes. An actor with no sector is
// the country or organisation as a whole.
const (
	SectorGovernment  = "GOV" // government, head of state or government, ministers
	SectorMilitary    = "MIL" // armed forces
	SectorPolice      = "COP" // police and security forces
	SectorBusiness    = "BUS" // business, companies, goods and markets
	SectorOpposition  = "OPP" // political opposition
	SectorRebels      = "REB" // rebels and insurgents
	SectorLegislature = "LEG" // lawmakers and parliaments
	SectorJudiciary   = "JUD" // courts and judges
	SectorMedia       = "MED" // journalists and outlets
	SectorCivilians   = "CVL" // civilians and the public
	SectorProtesters  = "PTY" // protesters and demonstrators
	SectorRefugees    = "REF" // refugees and displaced people
)

// Actor is who takes part in an event: a country or organisation and,
// optionally, a sector within it and a named person.
type Actor struct {
	Code    string `json:"code"`           // Code is Country followed by Sector ("CANGOV").
	Country string `json:"country"`        // Country is an ISO 3166 alpha-3 code, or an organisation's CAMEO code ("EUR", "UNO").
	Sector  string `json:"sector"`         // Sector is a CAMEO agent code ("GOV"), or "".
	Name    string `json:"name,omitempty"` // Name is the person or body named, if any ("Mark Carney").
	Role    string `json:"role,omitempty"` // Role is the person's role on the article's date ("head of government").
}

// NewActor returns an actor with Code derived from country and sector.
func NewActor(country, sector, name, role string) Actor {
	return Actor{Code: country + sector, Country: country, Sector: sector, Name: name, Role: role}
}

// IsZero reports whether a names no country or organisation.
func (a Actor) IsZero() bool { return a.Country == "" }

// Mention is a stretch of text that refers to an actor.
type Mention struct {
	Text     string `json:"text"`     // Text is a copy of the article text at Span.
	Span     Span   `json:"span"`     // Span locates the mention ("Canadian Prime Minister Mark Carney").
	Sentence int    `json:"sentence"` // Sentence is the index of the sentence holding the mention.
	Actor    Actor  `json:"actor"`    // Actor is who the mention refers to on the article's date.
	Rule     string `json:"rule"`     // Rule says how the mention was resolved ("dictionary: leader name").
}
