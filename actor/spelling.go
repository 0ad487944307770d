package actor

import (
	"strings"
	"unicode/utf8"
)

// Misspelt country names and nationality words ("Afganistan", "Quatar",
// "Ethopia") are matched conservatively: a capitalised word of at least
// six letters that is no phrase of the tables, no place of the gazetteer
// and, when the sentence is parsed, a proper noun, standing alone (not
// part of a longer name), within one edit (two from nine letters on, with
// the first two and last two letters the same) of
// exactly one country's single-word name or nationality word that starts
// with the same letter, and not its plural ("the Americas").

// minSpelling is the shortest word taken for a misspelling.
const minSpelling = 6

// spelling is a single-word country name or nationality word that a
// misspelling may stand for.
type spelling struct {
	key     []rune  // the folded surface
	surface string  // the surface as written in the tables
	es      []entry // its meanings
}

// addSpellings indexes the single-word names and demonyms of countries
// (not organisations, not former names) by their first letter.
func (t *Tables) addSpellings() {
	t.spellings = map[rune][]spelling{}
	for key, n := range t.phrases {
		if strings.Contains(key, " ") || utf8.RuneCountInString(key) < minSpelling-1 {
			continue
		}
		var es []entry
		for _, e := range n.es {
			if (e.kind == kindName || e.kind == kindDemonym) && !e.exact && t.isCountry(e.code) {
				es = append(es, e)
			}
		}
		if len(es) == 0 {
			continue
		}
		r := []rune(key)
		t.spellings[r[0]] = append(t.spellings[r[0]], spelling{key: r, surface: key, es: es})
	}
}

// misspelt returns the meanings of the country name or nationality word
// that token j misspells, marked with what it stands for, or nil.
func (s *scan) misspelt(j int) []entry {
	w := s.toks[j]
	if !s.capWord(j) || !hasLower(w.text) || utf8.RuneCountInString(w.key) < minSpelling ||
		strings.IndexFunc(w.key, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 ||
		s.r.t.phrases[w.key] != nil || s.capWord(j+1) && !s.isPossessive(j+1) || s.capWord(j-1) && !s.isWord(j-1, "the") {
		return nil
	}
	if i := s.parseToken(j); i >= 0 && s.parse[i].UPOS != "PROPN" {
		return nil
	}
	if sing, ok := strings.CutSuffix(w.key, "s"); ok && s.r.t.phrases[sing] != nil { // "the Americas"
		return nil
	}
	best := s.r.t.closestSpelling(w.key)
	if best == nil || len(s.r.places().Lookup(w.text)) > 0 {
		return nil
	}
	out := make([]entry, len(best.es))
	for i, e := range best.es {
		e.spelling = best.surface
		out[i] = e
	}
	return out
}

// closestSpelling returns the one country spelling within reach of key, or
// nil if there is none or several countries are as close.
func (t *Tables) closestSpelling(key string) *spelling {
	r := []rune(key)
	limit := 1
	if len(r) >= 9 {
		limit = 2
	}
	var best *spelling
	bestD, tie := limit+1, false
	cands := t.spellings[r[0]]
	for i := range cands {
		c := &cands[i]
		if abs(len(c.key)-len(r)) > limit {
			continue
		}
		d := editDistance(r, c.key)
		if d == 2 && !sameEnds(r, c.key) { // "Eriadorian" is no "Ecuadorian"
			continue
		}
		switch {
		case d < bestD:
			best, bestD, tie = c, d, false
		case d == bestD && best != nil && best.es[0].code != c.es[0].code:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// hasLower reports whether s has a lower-case ASCII letter ("AMERICAS" has none).
func hasLower(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0
}

// sameEnds reports whether a and b share their first two and last two
// letters, as two-edit misspellings of a country's word do
// ("Phillipines").
func sameEnds(a, b []rune) bool {
	n, m := len(a), len(b)
	return n >= 4 && m >= 4 && a[0] == b[0] && a[1] == b[1] && a[n-1] == b[m-1] && a[n-2] == b[m-2]
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance is the optimal string alignment distance of a and b:
// insertions, deletions, substitutions and swaps of neighbours count one.
// Words up to 63 letters long cost no allocation.
func editDistance(a, b []rune) int {
	var buf [3 * 64]int
	rows := buf[:]
	if len(b)+1 > 64 {
		rows = make([]int, 3*(len(b)+1))
	}
	w := len(b) + 1
	prev2, prev, cur := rows[:w], rows[w:2*w], rows[2*w:3*w]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
