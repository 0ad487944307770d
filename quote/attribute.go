package quote

import (
	"sort"
	"strings"

	"dyad"
)

// clause is a speech verb with the stretches of text that name its speaker
// and its addressee.
type clause struct {
	verb    dyad.Span   // verb locates the speech verb ("told", "according to").
	v       verb        // v is the verb's lexicon entry.
	subj    dyad.Span   // subj holds the subject: the speaker.
	alts    []dyad.Span // alts are wider regions to try if subj names no one (from a parse).
	nearest bool        // nearest: the subject is the phrase nearest the verb, not the first.
	to      dyad.Span   // to holds the object, the addressee; empty if the verb takes none.
	rule    string      // rule names the pattern.
}

// maxSubject is how many words the subject of a speech verb after a
// quotation may take: “…,” Geoffrey Berman, the U.S. attorney for the
// Southern District of New York, said; “…,” study lead author Lucas
// Paganini, a planetary scientist at NASA's Goddard Space Flight Center in
// Greenbelt, Maryland, and American University in Washington, D.C., said.
const maxSubject = 32

// window is how many words may stand between a speech verb and the
// quotation it introduces.
const window = 12

// attributeDirect attributes every direct quotation, in text order, so
// that a pronoun can lead back to an earlier speaker.
func (d *doc) attributeDirect() {
	for i, q := range d.quotes {
		c, ok := d.directClause(q)
		if ok {
			q.speaker, q.to = d.speakerOf(c), d.addresseeOf(c)
			if !q.fragment {
				d.used[c.verb] = true
			}
		} else if !q.fragment {
			q.speaker = d.continued(i)
		}
		d.setUnitSpeaker(q)
	}
}

// attributeRest gives the direct quotations still without a speaker the
// speaker of the quotation or statement before them (continued), now that
// the reported statements are known too.
func (d *doc) attributeRest() {
	for i, q := range d.quotes {
		if q.speaker == nil && !q.fragment {
			if q.speaker = d.continued(i); q.speaker != nil {
				d.setUnitSpeaker(q)
			}
		}
	}
}

// repeatReach is how many quotations before and after an unattributed
// one attributeRepeats compares it with.
const repeatReach = 50

// attributeRepeats gives a direct quotation still without a speaker the
// speaker of another quotation of the article that holds the same words:
// a headline or crosshead that repeats a quotation of the body ("My fears
// have been realized" over the paragraph that quotes it).
func (d *doc) attributeRepeats() {
	keys := make([]string, len(d.quotes))
	for i, q := range d.quotes {
		keys[i] = " " + Key(q.inner.In(d.text)) + " "
	}
	for i, q := range d.quotes {
		if q.speaker != nil || d.words(q.inner) < 3 {
			continue
		}
		for j := max(i-repeatReach, 0); j < min(i+repeatReach, len(d.quotes)); j++ {
			if p := d.quotes[j]; j != i && p.speaker != nil && !p.fragment && strings.Contains(keys[j], keys[i]) {
				q.speaker = continues(p.speaker, "repeats a quotation attributed elsewhere in the article")
				break
			}
		}
	}
}

// setUnitSpeaker records q's speaker as its unit's, unless q is a fragment
// and the unit has one already.
func (d *doc) setUnitSpeaker(q *found) {
	if u := &d.units[q.unit]; q.speaker != nil && (u.speaker == nil || !q.fragment) {
		u.speaker = q.speaker
	}
}

// directClause finds the clause attributing q: after it ("“…,” he said")
// when the quotation ends with a comma or the like, else before it ("He
// said: “…”"). A fragment takes the nearest speech verb before it in its
// sentence ("he was “glad”" after "noting that").
func (d *doc) directClause(q *found) (clause, bool) {
	region := dyad.Span{Start: back(d.text, min(d.units[q.unit].span.Start, q.open.Start), q.open.Start), End: q.open.Start}
	if q.fragment {
		if c, ok := d.clauseBefore(region, -1, true); ok {
			c.rule = "fragment: " + c.rule
			return c, true
		}
		return d.clauseAfter(q)
	}
	after, aok := d.clauseAfter(q)
	before, bok := d.clauseBefore(region, window, false)
	switch {
	case bok && aok && d.introduces(before, q):
		return before, true // he said, “…,” the office said: the quoted words are his
	case aok && (!bok || strings.ContainsRune(",?!—–-…", lastRune(d.text, q.raw))):
		return after, true
	case bok:
		return before, true
	}
	return clause{}, false
}

// introduces reports whether c's verb stands right before q's opening
// mark, with only a comma or colon between ("he said, “…"): the clause
// that utters the words, even when another clause after them reports it.
func (d *doc) introduces(c clause, q *found) bool {
	if c.v.Participle || c.verb.End > q.open.Start || c.verb.Len() == 0 {
		return false
	}
	for _, p := range d.units[q.unit].quotes {
		if o := d.quotes[p]; o != q && !o.fragment && o.close.End <= c.verb.Start && o.close.Len() > 0 {
			return false // the second part of a split quotation: “…,” he said, “…”
		}
	}
	between := strings.TrimSpace(d.text[c.verb.End:q.open.Start])
	return between == "," || between == ":"
}

// clauseAfter matches the attribution after a quotation's closing mark:
// “…,” NAME VERB [ADDRESSEE] or “…,” VERB NAME or “…,” according to NAME.
func (d *doc) clauseAfter(q *found) (clause, bool) {
	if q.close.Len() == 0 {
		return clause{}, false
	}
	end := d.units[d.unitAt(q.close.End)].span.End
	if n := d.nextQuote(q.close.End); n != nil && n.open.Start < end {
		end = n.open.Start
	}
	ts := d.tokens(dyad.Span{Start: q.close.End, End: ahead(d.text, q.close.End, max(end, q.close.End))})
	i, lead := 0, false
	for i < len(ts) && ts[i].is(",", "—", "–", "-") {
		i, lead = i+1, true
	}
	if i >= len(ts) || !ts[i].word {
		return clause{}, false
	}
	low := ts[i].text == ts[i].lower
	if !lead && !low && !strings.ContainsRune(",?!—–-…", lastRune(d.text, q.raw)) && !d.attributionFollows(q) {
		return clause{}, false
	}
	if ts[i].is("according") && i+1 < len(ts) && ts[i+1].is("to") {
		return d.verbFirst(ts, i, i+2, verb{Lemma: "according to"}, "“…,” according to NAME"), true
	}
	if v, ok := d.lex.lookupAfter(ts[i].text); ok && low && !v.Participle {
		return d.verbFirst(ts, i, i+1, v, "“…,” VERB NAME"), true
	}
	for k, words := i, 0; k < len(ts) && words <= maxSubject; k++ {
		if !ts[k].word {
			if ts[k].is(";", ":", "!", "?") {
				break
			}
			continue
		}
		words++
		if v, ok := d.lex.lookup(ts[k].text); ok && k > i && ts[k].text == ts[k].lower && !v.Call && !d.passive(ts, k) {
			c := clause{verb: ts[k].span, v: v, rule: "“…,” NAME VERB"}
			c.subj, c.nearest = d.subjectSegment(ts, i, k)
			c.to = d.objectAfter(ts, k+1, v)
			return c, true
		}
	}
	return clause{}, false
}

// subjectSegment returns the region of ts[i:k] that holds the subject of
// the verb ts[k], and whether the subject is the phrase nearest the verb.
// Before a comma, or when a name is followed by an apposition that runs to
// the verb, the subject is the first phrase, the rest an apposition (“…,”
// Geoffrey Berman, the U.S. attorney for …, said; “…,” Kurinji Selvaraj,
// a research analyst at … told); otherwise it is the phrase nearest the
// verb, after the last comma (“…” mutually shared by Ukraine, he warned;
// White House Press Secretary Stephanie Grisham said).
func (d *doc) subjectSegment(ts []tok, i, k int) (dyad.Span, bool) {
	if ts[k-1].is(",") {
		return dyad.Span{Start: ts[i].span.Start, End: ts[k-1].span.End}, false
	}
	first := i
	for first < k && !ts[first].is(",") {
		first++
	}
	if first < k-1 && first > i && first-i <= 5 && ts[i].capitalised() && d.parenthetical(ts[first+1:k]) {
		return dyad.Span{Start: ts[i].span.Start, End: ts[first-1].span.End}, false
	}
	j := i
	for c := k - 1; c > i; c-- {
		if ts[c].is(",") {
			j = c + 1
			break
		}
	}
	return dyad.Span{Start: ts[j].span.Start, End: ts[k-1].span.End}, true
}

// verbFirst builds the clause of a verb before its subject: ts[i] is the
// verb, whose subject starts at ts[j] and runs to the end of the clause or
// the second comma.
func (d *doc) verbFirst(ts []tok, i, j int, v verb, rule string) clause {
	c := clause{verb: dyad.Span{Start: ts[i].span.Start, End: ts[j-1].span.End}, v: v, rule: rule}
	k, commas := j, 0
	for ; k < len(ts) && k < j+12; k++ {
		if ts[k].is(".") && k > j && abbreviation(ts[k-1]) {
			continue // "Mary E. Lovely", "James P. Kennedy Jr."
		}
		if ts[k].is(".", ";", ":", "!", "?", "(") {
			break
		}
		if ts[k].is(",") {
			if commas++; commas == 2 {
				break
			}
		}
	}
	if k > j {
		c.subj = dyad.Span{Start: ts[j].span.Start, End: ts[k-1].span.End}
	}
	return c
}

// objectAfter returns the region after a verb that may name its
// addressee, up to the next punctuation mark, at most four words.
func (d *doc) objectAfter(ts []tok, k int, v verb) dyad.Span {
	if !v.Addressee || k >= len(ts) {
		return dyad.Span{}
	}
	e := k
	for e < len(ts) && e < k+4 && ts[e].word && !ts[e].is("that") && !functionWords[ts[e].lower] {
		e++
	}
	if e == k {
		return dyad.Span{}
	}
	return dyad.Span{Start: ts[k].span.Start, End: ts[e-1].span.End}
}

// nextQuote returns the first direct quotation opening at or after pos.
func (d *doc) nextQuote(pos int) *found {
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].open.Start >= pos })
	if i < len(d.quotes) {
		return d.quotes[i]
	}
	return nil
}
