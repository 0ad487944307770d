package coder

import (
	"regexp"
	"strings"
	"unicode"

	"dyad"
)

// Sports reports name countries as teams: "Russia beat Croatia on
// Monday", "Serbia takes on Japan", "Switzerland beat Gibraltar 6-0". They
// are no political events, so a contest between teams is not kept: an
// event whose words are a contest's ("beat", "takes on", "defending
// champions") in a sports article, next to a score or in a sentence that
// names a sport, and, in a sports article, any event between two bare
// countries (no sector, no person).

// sportsTerms are words that mark a report on sport; an article holding
// three different ones is a sports article.
var sportsTerms = set(`match matches tournament tournaments cup championship championships champion
	champions league leagues qualifier qualifiers qualifying semifinal semifinals semi-final semi-finals
	quarterfinal quarterfinals quarter-final quarter-finals goal goals scored scorer scorers striker
	midfielder goalkeeper coach stadium tennis football soccer rugby cricket basketball hockey olympic
	olympics medal medals squad teammates innings wicket wickets touchdown playoff playoffs fixture fixtures
	seeded forehand forehands backhand backhands singles fifa uefa atp wta nba nfl nhl mlb davis grand-slam
	title-holders defender defenders draw draws halftime half-time kickoff kick-off`)

// contestWords are the words of a contest between teams.
var contestWords = set(`beat beats beating defeat defeats defeated defeating play plays played playing
	take takes took taking face faces faced facing host hosts hosted hosting edge edged edges thrash
	thrashed routed rout crushed crush eliminated eliminate knocked downed topped tops defending defended
	defends win wins won winning lose loses lost losing drew draw draws drawing drawn victory clinched
	clinch outplayed overcame overcome stun stuns stunned stunning hammer hammers hammered humble humbles
	humbled`)

// score matches a match score: "6-0", "1-1", "6-4".
var score = regexp.MustCompile(`(^|[^\d/.:-])\d{1,2}[-–]\d{1,2}([^\d/.:-]|$)`)

// isSportsArticle reports whether the text holds three different sports terms.
func isSportsArticle(text string) bool { return holdsSportsTerms(text, 3) }

// sportsWordIn reports whether a sentence names a sport or a contest
// ("beat India in the cricket final").
func sportsWordIn(sent string) bool { return holdsSportsTerms(sent, 1) }

// holdsSportsTerms reports whether text holds n different sports terms.
func holdsSportsTerms(text string, n int) bool {
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}) {
		if sportsTerms[w] && !seen[w] {
			seen[w] = true
			if len(seen) == n {
				return true
			}
		}
	}
	return false
}

// contest says why e, coded in sentence text sent, is a contest between
// teams rather than an event, or "" if it is not one.
func contest(e dyad.Event, sent string, sportsArticle bool) string {
	word := strings.ToLower(strings.Fields(e.Evidence.Text + " x")[0])
	switch {
	case contestWords[word] && sportsArticle:
		return "a contest between teams (\"" + word + "\" in a sports article)"
	case contestWords[word] && score.MatchString(sent):
		return "a contest between teams (\"" + word + "\" next to a score)"
	case contestWords[word] && sportsWordIn(sent):
		return "a contest between teams (\"" + word + "\" in a sentence about sport)"
	case sportsArticle && bareCountry(e.Source.Actor) && e.Target != nil && bareCountry(e.Target.Actor):
		return "two countries as teams in a sports article"
	}
	return ""
}

// bareCountry reports an actor that is a country's name and nothing more.
func bareCountry(a dyad.Actor) bool { return a.Sector == "" && a.Name == "" && len(a.Code) == 3 }
