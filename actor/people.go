package actor

import (
	"strings"
	"time"

	"dyad"
)

// topOffice are the offices whose holders stay known by surname alone for
// a while after leaving: heads of state and government, foreign and
// defence ministers.
var topOffice = map[string]bool{"HOS": true, "HOG": true, "FM": true, "DM": true}

// surnameMemory is how long after leaving a top office a person is still
// named by surname alone.
const surnameMemory = 2 * 365 * 24 * time.Hour

// surnameFits reports whether a bare surname, with no full name earlier in
// the article, may name p on day d: p is in an office other than
// representative on d, or left a top office less than two years before.
func surnameFits(p *Person, d time.Time) bool {
	if p.Office == "REP" {
		return false
	}
	if p.Active(d) {
		return true
	}
	return topOffice[p.Office] && !p.End.IsZero() && !p.End.After(d) && d.Sub(p.End) < surnameMemory
}

// officeRank orders offices when a name fits several people in office.
var officeRank = map[string]int{"HOS": 6, "HOG": 6, "FM": 4, "DM": 4, "OTHER": 3, "REP": 2, "": 1}

// resolvePerson picks, among the tenures a name can mean, the person it
// refers to on day d, and returns their actor and the entry that decided.
// hint is the country a modifier named ("Chinese"), office the office a
// title named ("HOG"). full says the name was written in full; a surname
// alone also prefers people named in full earlier (seen). A person out of
// office on d resolves to their country, as a former office-holder (ELI)
// if their last tenure has ended.
func (t *Tables) resolvePerson(es []entry, d time.Time, hint, office string, full bool, seen map[string]bool) (dyad.Actor, *entry, bool) {
	cands := make([]*entry, 0, len(es))
	for i := range es {
		if es[i].person != nil && (hint == "" || es[i].person.Country == hint || t.isOrg(es[i].person.Country)) {
			cands = append(cands, &es[i])
		}
	}
	if len(cands) == 0 { // a "Nigerian" Yusuf is not Somalia's Yusuf
		return dyad.Actor{}, nil, false
	}
	if !full {
		named := filter(cands, func(e *entry) bool { return seen[e.person.Name] })
		switch {
		case len(named) > 0:
			cands = named
		case hint == "" && office == "":
			// A bare surname, with no full name before it, stands only for
			// someone in office on the day ("Trump", "Xi"), or who left a
			// top office lately ("Biden" in 2026): "Scott" in 2025 is not
			// a Bermudan premier of 2005.
			cands = filter(cands, func(e *entry) bool { return surnameFits(e.person, d) })
		default:
			// With a title or nationality, not for representatives.
			cands = filter(cands, func(e *entry) bool { return e.person.Office != "REP" })
		}
		if len(cands) == 0 {
			return dyad.Actor{}, nil, false
		}
	}
	active := filter(cands, func(e *entry) bool { return e.person.Active(d) })
	if len(active) > 0 {
		return t.activeActor(active, office)
	}
	if office != "" { // "President Bush": the Bush who was president
		if held := filter(cands, func(e *entry) bool { return e.person.Office == office }); len(held) > 0 {
			cands = held
		}
	}
	return t.inactiveActor(cands, d)
}

// leaderCountry resolves a name before "administration" or "government"
// that resolvePerson could not pin to one person on the day ("the Bush
// administration" in a story of 2000): the heads of state the name can
// mean, else the heads of government, if they all led one country.
func (t *Tables) leaderCountry(es []entry, hint string) (dyad.Actor, *entry, bool) {
	for _, office := range []string{"HOS", "HOG"} {
		var found *entry
		for i := range es {
			p := es[i].person
			if p == nil || p.Office != office || hint != "" && p.Country != hint {
				continue
			}
			if found != nil && found.person.Country != p.Country {
				return dyad.Actor{}, nil, false
			}
			if found == nil {
				found = &es[i]
			}
		}
		if found != nil {
			return dyad.NewActor(found.person.Country, "", "", ""), found, true
		}
	}
	return dyad.Actor{}, nil, false
}

func filter(es []*entry, ok func(*entry) bool) []*entry {
	var out []*entry
	for _, e := range es {
		if ok(e) {
			out = append(out, e)
		}
	}
	return out
}

// activeActor chooses among tenures in force: the person with the highest
// office (the one a title names first); their offices on the day make the
// role ("head of state and government").
func (t *Tables) activeActor(active []*entry, office string) (dyad.Actor, *entry, bool) {
	best := active[0]
	score := func(e *entry) int {
		r := officeRank[e.person.Office]
		if office != "" && e.person.Office == office {
			r += 10
		}
		if e.user != "" {
			r += 20
		}
		return r
	}
	for _, e := range active[1:] {
		if score(e) > score(best) {
			best = e
		}
	}
	// A different person with the same score makes the name ambiguous.
	for _, e := range active {
		if e.person.Name != best.person.Name && score(e) == score(best) {
			return dyad.Actor{}, nil, false
		}
	}
	var roles []string
	for _, e := range active {
		if e.person.Name == best.person.Name && e.person.Country == best.person.Country && e.person.Role != "" {
			roles = appendNew(roles, e.person.Role)
		}
	}
	p := best.person
	return dyad.NewActor(p.Country, p.Sector, p.Name, joinRoles(roles)), best, true
}

func appendNew(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

// joinRoles writes "head of state and government" for the two heads, and
// joins other roles with "and".
func joinRoles(roles []string) string {
	has := func(r string) bool {
		for _, x := range roles {
			if x == r {
				return true
			}
		}
		return false
	}
	if has("head of state") && has("head of government") {
		var rest []string
		for _, r := range roles {
			if r != "head of state" && r != "head of government" {
				rest = append(rest, r)
			}
		}
		return strings.Join(append([]string{"head of state and government"}, rest...), " and ")
	}
	return strings.Join(roles, " and ")
}

// inactiveActor resolves a person out of office on d: unambiguous only if
// all the tenures belong to one person.
func (t *Tables) inactiveActor(cands []*entry, d time.Time) (dyad.Actor, *entry, bool) {
	if len(cands) == 0 {
		return dyad.Actor{}, nil, false
	}
	first := cands[0].person
	var last *entry
	for _, e := range cands {
		if e.person.Name != first.Name {
			return sameCountry(cands)
		}
		if !e.person.End.IsZero() && !e.person.End.After(d) && (last == nil || e.person.End.After(last.person.End)) {
			last = e
		}
	}
	if last == nil { // not yet in office
		return dyad.NewActor(first.Country, "", first.Name, ""), cands[0], true
	}
	var roles []string
	for _, e := range cands {
		if e.person.End.Equal(last.person.End) {
			roles = appendNew(roles, e.person.Role)
		}
	}
	p := last.person
	return dyad.NewActor(p.Country, "ELI", p.Name, "former "+joinRoles(roles)), last, true
}

// sameCountry resolves a name that fits several people out of office to
// their country, with no name, when they all served one country ("President
// Bush" in 2000, between the two Bushes).
func sameCountry(cands []*entry) (dyad.Actor, *entry, bool) {
	c := cands[0].person.Country
	for _, e := range cands {
		if e.person.Country != c {
			return dyad.Actor{}, nil, false
		}
	}
	return dyad.NewActor(c, "", "", ""), cands[0], true
}

// presidentLeads are countries where "the leader" is the head of state even
// though a head of government is listed: presidential or semi-presidential
// systems with a prime minister, and monarchies or theocracies whose head
// of state rules.
var presidentLeads = map[string]bool{"CHN": true, "RUS": true, "FRA": true, "KOR": true, "UKR": true, "EGY": true,
	"SYR": true, "BLR": true, "KAZ": true, "UZB": true, "TJK": true, "TKM": true, "AZE": true, "TUN": true,
	"DZA": true, "IRN": true, "PRK": true, "CMR": true, "RWA": true, "SEN": true, "CIV": true, "MLI": true,
	"BFA": true, "NER": true, "TCD": true, "MAR": true, "JOR": true, "ARE": true, "QAT": true, "KWT": true,
	"BHR": true, "TWN": true, "LKA": true, "GAB": true, "COD": true, "COG": true, "GIN": true, "MDG": true,
	"PER": true, "HTI": true, "TZA": true, "UGA": true, "KEN": true, "ZWE": true, "MOZ": true}

// officeHolder returns the actor holding an office in a country on day d:
// HOS, HOG, FM, DM, or LEADER (the country's leader).
func (t *Tables) officeHolder(country, office string, d time.Time) (dyad.Actor, bool) {
	if office == "LEADER" {
		hos, hog := t.holder(country, "HOS", d), t.holder(country, "HOG", d)
		switch {
		case hog == nil && hos == nil:
			return dyad.Actor{}, false
		case hog == nil || hos != nil && (hos.Name == hog.Name || presidentLeads[country]):
			return t.holderActor(country, hos, d), true
		default:
			return t.holderActor(country, hog, d), true
		}
	}
	p := t.holder(country, office, d)
	if p == nil {
		return dyad.Actor{}, false
	}
	return t.holderActor(country, p, d), true
}

// holderActor is p's actor with all the offices p holds in country on d.
func (t *Tables) holderActor(country string, p *Person, d time.Time) dyad.Actor {
	var roles []string
	for _, o := range []string{"HOS", "HOG", "FM", "DM"} {
		if h := t.holder(country, o, d); h != nil && h.Name == p.Name {
			roles = appendNew(roles, h.Role)
		}
	}
	if len(roles) == 0 {
		roles = []string{p.Role}
	}
	return dyad.NewActor(p.Country, p.Sector, p.Name, joinRoles(roles))
}

// hasTitle reports whether the tables give a's person the title (folded)
// in a's country: "premier" for Li Qiang.
func (t *Tables) hasTitle(a dyad.Actor, title string) bool {
	for _, o := range []string{"HOS", "HOG", "FM", "DM", "OTHER"} {
		for _, p := range t.byOffice[a.Country+o] {
			if p.Name == a.Name && foldPhrase(p.Title) == title {
				return true
			}
		}
	}
	return false
}

// isCountry reports whether code is a country (not an organisation).
func (t *Tables) isCountry(code string) bool {
	e, ok := t.entities[code]
	return ok && !e.Org
}

// isOrg reports whether code is an organisation.
// orgKind returns the kind of the organisation code names (OrgIGO, OrgNGO
// or OrgIMG), or "" for a country or an unknown code.
func (t *Tables) orgKind(code string) string {
	if e, ok := t.entities[code]; ok && e.Org {
		return e.Kind
	}
	return ""
}

func (t *Tables) isOrg(code string) bool {
	e, ok := t.entities[code]
	return ok && e.Org
}

// formerHolder returns a, a holder of an office, as someone who held it
// before: an elite (ELI) "former" role ("former President Obama").
func formerHolder(a dyad.Actor) dyad.Actor {
	if a.Sector == "ELI" || a.Sector == "" {
		return a
	}
	a.Sector, a.Role = "ELI", "former "+a.Role
	a.Code = a.Country + a.Sector
	return a
}

// presidents keeps, of the people a name can mean, those who were ever
// head of state: "administration" after a surname names a president's
// government ("the Obama administration" in 2019 is not Equatorial
// Guinea's prime minister Obama Asue). With none, it returns es.
func presidents(es []entry) []entry {
	heads := map[string]bool{}
	for _, e := range es {
		if e.person != nil && e.person.Office == "HOS" {
			heads[e.person.Name] = true
		}
	}
	if len(heads) == 0 {
		return es
	}
	out := make([]entry, 0, len(es))
	for _, e := range es {
		if e.person != nil && heads[e.person.Name] {
			out = append(out, e)
		}
	}
	return out
}

// onePerson reports whether the people a name can mean are one person.
func onePerson(es []entry) bool {
	name := ""
	for _, e := range es {
		if e.person == nil {
			continue
		}
		if name != "" && e.person.Name != name {
			return false
		}
		name = e.person.Name
	}
	return name != ""
}
