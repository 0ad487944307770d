package coder

// frontedSubject returns the subject of a clause that a reporting verb
// after it took from it: in "Zambia extradited the suspect, an official
// said" parsers often make "extradited" a complement of "said" and
// "Zambia" a subject of "said". A subject before the clause cannot be the
// reporting verb's own when that verb comes after the clause; -1 if there
// is none.
func (t *tree) frontedSubject(v int) int {
	h := t.head[v]
	if h <= v || t.toks[h].UPOS != "VERB" {
		return -1
	}
	if r := t.rel(v); r != "ccomp" && r != "parataxis" {
		return -1
	}
	for _, k := range t.kids[h] {
		if t.rel(k) == "nsubj" && k < v {
			return k
		}
	}
	return -1
}

// speaker resolves the pronoun subject s of a reported clause to the
// subject of the verb that reports it: in "Obama and Putin said they will
// attack Iraq", "they" are Obama and Putin. Only personal pronouns that can
// refer to the speaker count; nil otherwise.
func (t *tree) speaker(v, s int) []int {
	if t.toks[s].UPOS != "PRON" || !speakerPronouns[t.lemma(s)] && !speakerPronouns[t.form(s)] {
		return nil
	}
	h := t.head[v]
	if h < 0 || t.rel(v) != "ccomp" || h > v {
		return nil
	}
	k := t.kid(h, "nsubj")
	if k < 0 || k > s {
		return nil
	}
	return t.actors(k)
}

// speakerPronouns are the subject pronouns that refer back to the speaker
// of a reported clause.
var speakerPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true}
