package quote

import (
	"sort"
	"strings"

	"dyad"
)

// lookBack is how many units back a pronoun or role phrase looks for what
// it refers to.
const lookBack = 12

// antecedent returns the mention a subject pronoun at span refers to: the
// first fitting mention earlier in its own unit (unless the pronoun
// follows a clause and its comma: what it says), else, going back unit by
// unit, the unit's speaker if it fits or its first fitting mention; a unit
// where the same pronoun comes before any fitting mention passes the
// search on to the units before it, as that pronoun refers to the same. "He"
// and "she" want a named person, "it" a country or body, "they" either.
func (d *doc) antecedent(span dyad.Span, pronoun string) *dyad.Mention {
	fits := func(m *dyad.Mention) bool {
		if m.Rule == unknownPlaceRule {
			return false
		}
		switch p := strings.ToLower(pronoun); p {
		case "he", "she":
			g := d.genders[personKey(m)]
			return m.Rule != unknownBodyRule && (m.Actor.Name != "" || m.Actor.IsZero()) && (g == "" || g == p)
		case "it":
			return m.Actor.Name == "" && !m.Actor.IsZero() || m.Rule == unknownBodyRule
		}
		return true
	}
	u := d.unitAt(span.Start)
	before := dyad.Span{Start: d.units[u].span.Start, End: span.Start}
	if ts := d.tokens(before); len(ts) > 0 && ts[len(ts)-1].is(",") && !leadIns[ts[0].lower] && countWords(ts) > 6 {
		before.End = before.Start // "The rain stopped in Nevada, he said": the clause is what he said
	}
	if m := d.firstMention(before, fits); m != nil {
		return m
	}
	for k := u - 1; k >= 0 && k >= u-lookBack; k-- {
		if m := mentionOf(d.units[k].speaker); m != nil && fits(m) {
			return m
		}
		if m := d.speakingMention(d.units[k].span, fits); m != nil {
			return m
		}
		m := d.firstMention(d.units[k].span, fits)
		if p := d.samePronoun(d.units[k].span, pronoun); p >= 0 && (m == nil || p < m.Span.Start) {
			continue // "He was arrested … of Omar. During the call, he …": the chain goes on back
		}
		if m != nil {
			return m
		}
	}
	return nil
}

// samePronoun returns where the pronoun p (in any case) first stands in
// s, outside quotations, or -1.
func (d *doc) samePronoun(s dyad.Span, p string) int {
	for _, t := range d.plain(s) {
		if t.lower == strings.ToLower(p) {
			return t.span.Start
		}
	}
	return -1
}

// speakingMention returns the last mention in s that fits and is the
// subject of a speech verb right after it ("a move Carney criticised"), or
// nil.
func (d *doc) speakingMention(s dyad.Span, fits func(*dyad.Mention) bool) *dyad.Mention {
	var found *dyad.Mention
	from := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= s.Start })
	for i := from; i < len(d.mentions) && d.mentions[i].Span.End <= s.End; i++ {
		m := &d.mentions[i]
		if !fits(m) {
			continue
		}
		ts := d.tokens(dyad.Span{Start: m.Span.End, End: min(m.Span.End+40, s.End)})
		for j := 0; j < len(ts) && j < 2 && ts[j].word; j++ {
			if _, ok := d.lex.lookup(ts[j].text); ok && ts[j].text == ts[j].lower {
				found = m
				break
			}
		}
		if before := d.tokens(dyad.Span{Start: max(m.Span.Start-30, s.Start), End: m.Span.Start}); len(before) > 1 {
			t, p := before[len(before)-1], before[len(before)-2]
			v, ok := d.lex.lookupAfter(t.text)
			if ok && t.text == t.lower && !v.Participle && !v.Addressee && !v.Call && !p.word {
				found = m // ", says Buser,"
			}
		}
	}
	return found
}

// titles give the gender of the person named after them.
var titles = map[string]string{
	"mr": "he", "sir": "he", "lord": "he", "king": "he", "prince": "he", "mister": "he",
	"mrs": "she", "ms": "she", "miss": "she", "lady": "she", "dame": "she", "queen": "she",
	"princess": "she", "madam": "she",
}

// personKey names the person a mention refers to, for the gender table.
func personKey(m *dyad.Mention) string {
	if m.Actor.Name != "" {
		return m.Actor.Name
	}
	return m.Text
}

// learnGenders records the gender of every person that the article names
// after a gendered title ("Mrs May", "Mr. Trump"), so that "he" never
// leads back to a woman so named, nor "she" to a man. Persons named
// without a title stay unknown and fit either pronoun.
func (d *doc) learnGenders() {
	d.genders = map[string]string{}
	for i := range d.mentions {
		m := &d.mentions[i]
		words := strings.Fields(strings.ToLower(strings.NewReplacer(".", " ").Replace(m.Text)))
		if len(words) > 0 && m.Rule == unknownNameRule && personNouns[words[len(words)-1]] != "" {
			d.genders[personKey(m)] = personNouns[words[len(words)-1]] // "one mother"
			continue
		}
		if len(words) > 0 && titles[words[0]] != "" {
			d.genders[personKey(m)] = titles[words[0]]
			continue
		}
		if before := d.tokens(dyad.Span{Start: max(m.Span.Start-12, 0), End: m.Span.Start}); len(before) > 0 {
			t := before[len(before)-1]
			if t.is(".") && len(before) > 1 {
				t = before[len(before)-2]
			}
			if g := titles[t.lower]; g != "" && t.capitalised() {
				d.genders[personKey(m)] = g
			}
		}
	}
}

// firstMention returns the first mention inside s that fits, or nil.
func (d *doc) firstMention(s dyad.Span, fits func(*dyad.Mention) bool) *dyad.Mention {
	from := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= s.Start })
	for i := from; i < len(d.mentions); i++ {
		m := &d.mentions[i]
		if m.Span.Start >= s.End {
			break
		}
		if s.Contains(m.Span) && fits(m) {
			return m
		}
	}
	return nil
}

// roleHolder returns the person a definite role phrase refers to: the
// nearest earlier mention of a person whose text holds the role ("Prime
// Minister Mark Carney"), else the nearest whose actor's role matches
// ("head of government"). A country named inside the phrase ("the Chinese
// president") must match the holder's. A description by age ("the
// 56-year-old") refers to the person named most often before it.
func (d *doc) roleHolder(r ref) *dyad.Mention {
	country := ""
	if m := d.firstMention(r.span, func(m *dyad.Mention) bool { return m.Actor.Name == "" }); m != nil {
		country = m.Actor.Country
	}
	matches := d.roles.matches[r.role]
	floor := d.units[max(d.unitAt(r.span.Start)-lookBack, 0)].span.Start
	if r.role == ageRole {
		return d.salientPerson(r.span.Start)
	}
	for _, byText := range []bool{true, false} {
		below := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= r.span.Start })
		for i := below - 1; i >= 0; i-- {
			m := &d.mentions[i]
			if m.Span.Start >= r.span.Start || m.Actor.Name == "" || (country != "" && m.Actor.Country != country) {
				continue
			}
			if m.Span.Start < floor {
				break
			}
			field := strings.ToLower(m.Actor.Role)
			if byText {
				field = strings.ToLower(m.Text)
			}
			if containsAny(field, matches) {
				return m
			}
		}
	}
	return nil
}

// salientPerson returns the person named most often before offset (the
// later of equals), as one of their mentions, or nil: the one a
// description such as "the 56-year-old" is about.
func (d *doc) salientPerson(offset int) *dyad.Mention {
	count := map[string]int{}
	var best *dyad.Mention
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.Span.Start >= offset {
			break
		}
		if m.Actor.Name == "" || m.Rule == unknownBodyRule || m.Rule == unknownPlaceRule {
			continue
		}
		k := personKey(m)
		count[k]++
		if best == nil || count[k] >= count[personKey(best)] {
			best = m
		}
	}
	return best
}

// containsAny reports whether any of words occurs in s as whole words.
func containsAny(s string, words []string) bool {
	s = " " + s + " "
	for _, w := range words {
		if strings.Contains(s, " "+w+" ") {
			return true
		}
	}
	return false
}
