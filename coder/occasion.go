package coder

// occasionPhrasePreps introduce the occasion of a claim of responsibility
// or of condolences: "claimed responsibility for the attack",
// "expressed sorrow over the deaths".
var occasionPhrasePreps = set("for over")

// aboutOccasion reports the CAMEO codes that are about an occasion and are
// aimed at whom it struck: claiming responsibility (015) for an attack and
// expressing condolences or sorrow (018) for a loss.
func aboutOccasion(code string) bool {
	return code == "015" || code == "018"
}

// occasionTarget returns, for a claim of responsibility or condolences
// with no actor as target, whom the occasion struck and how it was found;
// -1 if none. It is an actor named in the "for"/"over" phrase of the verb
// or of its object ("claimed responsibility for the killing of two Israeli
// soldiers"), else the place of that occasion ("expressed sorrow for the
// shootings in South Carolina"). A claim of responsibility also takes the
// place the parser hung on the verb ("claimed responsibility for an attack
// … in Kenya's capital"): a claim is made about an attack, not at a place.
func (c *Coder) occasionTarget(t *tree, v int, code string) (int, string) {
	for _, k := range t.occasionPhrases(v) {
		if m := t.firstMentionIn(k, v); m >= 0 {
			return m, "an actor of the occasion's phrase, " + t.prep(k) + " " + t.mentions[m].Text
		}
		if m, why := c.placeTarget(t, k); m >= 0 {
			return m, why + " of the occasion"
		}
	}
	if code == "015" {
		return c.placeTarget(t, v)
	}
	return -1, ""
}

// occasionPhrases returns the "for"/"over" phrases of v and of its objects.
func (t *tree) occasionPhrases(v int) []int {
	var out []int
	for _, h := range append([]int{v}, t.objects(v)...) {
		for _, k := range t.kids[h] {
			if r := t.rel(k); (r == "obl" || r == "nmod") && occasionPhrasePreps[t.prep(k)] {
				out = append(out, k)
			}
		}
	}
	return out
}

// whenClausePlace returns the place of v's "when" clause, for a located act
// that names none itself: "killed 23 people when they blew themselves up in
// Tel Aviv" happened in Tel Aviv. -1 if none.
func (c *Coder) whenClausePlace(t *tree, v int) (int, string) {
	for _, k := range t.kids[v] {
		if t.rel(k) == "advcl" && (t.kidLemma(k, "mark", whenWords) || t.kidLemma(k, "advmod", whenWords)) {
			if m, why := c.placeTarget(t, k); m >= 0 {
				return m, why + " of its \"when\" clause"
			}
		}
	}
	return -1, ""
}

// whenWords introduce a clause that happens at the same time and place.
var whenWords = set("when")
