// Package actor resolves actor mentions in news text ("Chinese President Xi
// Jinping", "Carney", "Ottawa seeks", "the Canadian prime minister",
// "Kenyan police", "the White House") to a country or organisation and a
// sector, as of the article's date, and says which rule resolved each.
//
// Its tables (countries and their names, demonyms, capitals and seats of
// power; international organisations; heads of state and government,
// foreign and defence ministers with dated tenures; sector agents) are
// generated from reference data by internal/gen and embedded (see
// data/NOTICE). User dictionaries (see Dict) add to or override them.
//
// A surname alone ("Scott said") names a known person only when the
// article named them in full before, or they held an office on the day, or
// left a top office (head of state or government, foreign or defence
// minister) less than two years before; otherwise it stays unresolved. A
// surname right after a capitalised word the tables do not know is someone
// else's ("Jim Smith", "Port Blair"), unless that word is the person's
// given name, its nickname or a small misspelling of it ("Bill Clinton",
// "Pervaiz Musharraf").
//
// Small slips are forgiven when something else agrees: a capitalised
// word one or two edits from exactly one country's name or nationality
// word ("Afganistan", "Quatar"), and a known person's name one or two
// edits away when the first name, or the title and the day, agree
// ("President Francois Mitterand", "President Dos Sontas"); each such
// mention's rule says what it was taken to misspell. Regions and peoples
// ("Darfur rebels", "Chechen refugees", "Shona rebels") name an actor
// before an agent noun, with the region's country or the sentence's. A
// bare "Congo" is the one whose capital the article names, else the
// Republic of the Congo before May 1997 (when the other was Zaire), else
// the Democratic Republic. Before their independence, actors of Eritrea,
// Kosovo and South Sudan are actors of the state they seceded from.
// Organisations have a kind (Entity.Kind: IGO, NGO or IMG, an armed group
// of no one country).
//
// Where agents are says whose they are: an agent noun with no nationality
// takes the country of its "from" phrase ("troops from Bangladesh", unless
// a verb's object or owned: "withdrew its troops from Somalia"), and people
// who live where they are (students, workers, farmers, protesters, police,
// courts) that of their "in", "throughout" or "across" phrase ("students
// throughout Indonesia"); prisoners, tourists and other sojourners do not.
// A nation's agents that are its "ally" or "proxy" are of the place named
// after them ("Israel's militia ally in southern Lebanon"). A surname alone
// after "in", "at" or "near" that names a sizeable place is the place ("a
// rally in Lagos"). First-level divisions of large countries (US states,
// Canadian provinces, Indian states, Chinese provinces) are regions.
//
// What it does not do: "they", possessive pronouns and "it" other than a
// speaker's ("Syria says it will...") are not resolved, and "he", "she" and short references look back three sentences
// at most; without a parse, whether a capital acts is guessed from the
// words around it; a minister the tables lack resolves only with a title
// ("title and unknown name"), and ministers known only from the 2022 seed
// may be out of date (see data/NOTICE).
package actor

//go:generate go run ./internal/gen -shared ../../shared -curated internal/gen/curated -out data

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"dyad"
	"dyad/place"
)

// Rules name how a mention was resolved; Mention.Rule holds one, with
// " (user dictionary F)" appended when a user entry decided it.
const (
	RuleFullName     = "person: full name"                   // "Xi Jinping"
	RuleSurname      = "person: surname"                     // "Carney", later in an article
	RuleHonorific    = "person: honorific and surname"       // "Mr Xi"
	RuleTitleName    = "title and name"                      // "Chinese President Xi Jinping"
	RuleUnknownName  = "title and unknown name"              // "Thai Foreign Minister Sihasak Phuangketkeow"
	RuleEarlierName  = "name given earlier"                  // "Sihasak", after the line above
	RuleRolePhrase   = "role phrase"                         // "the Canadian prime minister"
	RuleNationality  = "nationality and agent"               // "Canadian goods", "Israeli troops"
	RuleAction       = "nationality and action noun"         // "Israeli shelling", "Chinese tariffs"
	RulePlace        = "nationality and place noun"          // "Iraqi towns"
	RuleNamedBody    = "nationality and body's name"         // "the Nigerian Union of Teachers"
	RuleSharedAgent  = "nationality and shared agent"        // "US" in "US and British activists"
	RuleCountry      = "country name"                        // "Canada", "the US"
	RuleDemonym      = "nationality word"                    // "Canadians"
	RuleOrg          = "organisation"                        // "NATO", "the World Bank"
	RuleLeaderGov    = "leader's name and government"        // "the Trump administration"
	RuleCapital      = "capital as actor"                    // "Ottawa seeks", "Beijing's decision"
	RuleSeat         = "seat of power"                       // "the White House", "the Kremlin"
	RulePronoun      = "pronoun"                             // "he", back to the last person
	RuleShortRef     = "short reference"                     // "the president", back to the last fitting actor
	RuleContextAgent = "agent, country from context"         // "riot police", near a country
	RuleAgentWhere   = "agent in or from a country"          // "students in Indonesia", "troops from Bangladesh"
	RuleProxy        = "ally or proxy, country of its place" // "Israel's militia ally in southern Lebanon"
	RuleGroup        = "region or people and agent"          // "Darfur rebels", "Chechen refugees"
	RuleAgentOf      = "agent of a country"                  // "the government of Canada"
	RuleRegion       = "region of a country"                 // "in Darfur"
	RuleIt           = "pronoun \"it\", the speaker"         // "Syria says it will"
)

// Options configure a Resolver. The zero value uses the built-in tables
// and the built-in gazetteer.
type Options struct {
	Dicts  []*Dict          // Dicts are user dictionaries, later ones winning.
	Places *place.Gazetteer // Places is the gazetteer; nil means place.Default().
}

// Resolver is the actor stage: it fills Analysis.Mentions. It is immutable
// and safe for concurrent use.
type Resolver struct {
	t      *Tables
	places func() *place.Gazetteer // loaded on first use
}

var _ dyad.Stage = (*Resolver)(nil)

// defaultTables are the built-in tables with no user dictionary, built once.
var defaultTables = sync.OnceValues(func() (*Tables, error) {
	src, err := builtin()
	if err != nil {
		return nil, err
	}
	return build(src, nil), nil
})

// New returns a resolver over the built-in tables and the user dictionaries
// of its options (at most one Options; none means the built-in tables).
func New(opts ...Options) (*Resolver, error) {
	var o Options
	switch len(opts) {
	case 0:
	case 1:
		o = opts[0]
	default:
		return nil, fmt.Errorf("actor: New takes one Options, got %d", len(opts))
	}
	r := &Resolver{places: place.Default}
	if o.Places != nil {
		r.places = func() *place.Gazetteer { return o.Places }
	}
	if len(o.Dicts) == 0 {
		t, err := defaultTables()
		if err != nil {
			return nil, err
		}
		r.t = t
		return r, nil
	}
	src, err := builtin()
	if err != nil {
		return nil, err
	}
	r.t = build(src, o.Dicts)
	return r, nil
}

// Tables returns the tables the resolver reads.
func (r *Resolver) Tables() *Tables { return r.t }

// Name returns "actors".
func (r *Resolver) Name() string { return "actors" }

// ErrNoSentences is returned by Run when the sentence stage has not run: the
// text is not empty, it has no sentences and no stage ran before.
var ErrNoSentences = errors.New("actor: no sentences; run the sentence stage first")

// Run finds and resolves the actor mentions of a, as of the article's
// publication day (or, if that is unknown, as of the newest table rows),
// and adds them to a.Mentions in text order.
func (r *Resolver) Run(a *dyad.Analysis) error {
	if len(a.Sentences) == 0 {
		if len(a.Article.Text) == 0 || len(a.Status) > 0 { // an earlier stage ran and found no sentence ("\u0603")
			return nil
		}
		return ErrNoSentences
	}
	s := newScan(r, a)
	for i := range a.Sentences {
		if !a.Sentences[i].Boilerplate { // page furniture: "English (US) ·"
			s.sentence(i)
		}
	}
	a.Mentions = append(a.Mentions, s.mentions...)
	sort.SliceStable(a.Mentions, func(i, j int) bool { return a.Mentions[i].Span.Start < a.Mentions[j].Span.Start })
	return nil
}

// UnknownPeople returns the mentions of people the tables do not know but
// whose title resolved them ("Thai Foreign Minister Sihasak
// Phuangketkeow"), so that a user can add them to a dictionary.
func UnknownPeople(a *dyad.Analysis) []dyad.Mention {
	var out []dyad.Mention
	for _, m := range a.Mentions {
		if m.Rule == RuleUnknownName {
			out = append(out, m)
		}
	}
	return out
}

// dayOf returns the day resolution happens on: the publication day, or far
// in the future when it is unknown, so that the newest tenures apply.
func dayOf(a *dyad.Analysis) time.Time {
	if a.Article.Published.IsZero() {
		return time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return a.Article.Published
}
