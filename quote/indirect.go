package quote

import (
	"sort"
	"strings"

	"dyad"
)

// clauseStarts are words that open a reported clause with no "that":
// "Xi said the meeting …", "Carney said he …".
var clauseStarts = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true, "his": true,
	"her": true, "their": true, "its": true, "our": true, "my": true, "there": true, "both": true,
}

// auxiliaries follow "that" when it is a determiner or pronoun, not a
// conjunction: "said that meeting had paved", "said that was wrong".
var auxiliaries = map[string]bool{
	"had": true, "has": true, "have": true, "was": true, "is": true, "were": true, "are": true,
	"would": true, "will": true, "could": true, "can": true, "should": true, "might": true,
	"may": true, "must": true, "did": true, "does": true,
}

// audiences are addressees that are not named: "told reporters that".
var audiences = map[string]bool{
	"reporters": true, "journalists": true, "parliament": true, "lawmakers": true, "supporters": true,
	"him": true, "her": true, "them": true, "us": true, "me": true, "delegates": true, "crowds": true,
}

// findIndirect finds reported speech in every unit: NAME VERB [that]
// CLAUSE, CLAUSE, NAME VERB., and according to NAME.
func (d *doc) findIndirect() {
	for ui, u := range d.units {
		if d.boilerplate(u.span.Start) {
			continue
		}
		ts := d.plain(u.span)
		skipTo := 0
		for k := 0; k < len(ts); k++ {
			if ts[k].span.Start < skipTo || !ts[k].word {
				continue
			}
			if q := d.reported(ui, ts, k); q != nil {
				d.indirect = append(d.indirect, q)
				if d.units[ui].speaker == nil {
					d.units[ui].speaker = q.speaker
				}
				skipTo = max(q.inner.End, ts[k].span.End)
			}
		}
	}
}

// reported returns the reported statement whose speech verb is ts[k], or nil.
func (d *doc) reported(ui int, ts []tok, k int) *found {
	if ts[k].is("according") && k+1 < len(ts) && ts[k+1].is("to") {
		return d.accordingTo(ui, ts, k)
	}
	v, ok := d.lex.lookup(ts[k].text)
	if !ok || !v.Report || ts[k].text != ts[k].lower || d.passive(ts, k) || d.usedVerb(ts[k].span) {
		return nil
	}
	if q := d.reportedInverted(ui, ts, k, v); q != nil {
		return q
	}
	if q := d.reportedAfter(ui, ts, k, v); q != nil {
		return q
	}
	return d.reportedBefore(ui, ts, k)
}

// reportedInverted matches CLAUSE, VERB NAME: "Tariffs are a tax, said
// Lawrence White, a professor", where the verb comes before its subject
// and the clause before the comma is what was said. The subject must be a
// short phrase that ends the unit, or is followed only by an apposition.
func (d *doc) reportedInverted(ui int, ts []tok, k int, v verb) *found {
	if k < 2 || !ts[k-1].is(",") || k+1 >= len(ts) || v.Participle || !d.namesAt(ts, k+1) {
		return nil
	}
	if ts[k-2].span.Start <= d.units[ui].span.Start || !d.subjectEnds(ts, k+1) {
		return nil // "The key, says Carney, is trade"; "…, said the case shows that …"
	}
	c := d.verbFirst(ts, k, k+1, v, "reported: …, VERB NAME")
	return d.statement(ui, dyad.Span{Start: d.units[ui].span.Start, End: ts[k-1].span.Start}, c)
}

// namesAt reports whether ts[j] starts a mention, a name, or a definite
// phrase ("the ministry").
func (d *doc) namesAt(ts []tok, j int) bool {
	return d.mentionAt(ts[j].span, ts[len(ts)-1].span) != nil || d.nameAt(ts, j) > 0 || ts[j].is("the")
}

// subjectEnds reports whether the phrase from ts[j] is at most six words
// with no verb, and is followed by the end of the unit or by a comma and
// an apposition that runs to the end with no verb or further comma
// ("said White, a professor at New York University.") or a relative
// clause ("said Paul, who heads the alliance").
func (d *doc) subjectEnds(ts []tok, j int) bool {
	words, comma := 0, false
	for t := j; t < len(ts); t++ {
		switch {
		case ts[t].is(","):
			if comma {
				return false
			}
			if t+1 < len(ts) && ts[t+1].is("who", "whose", "which") {
				return true // "said Scott Paul, who heads the alliance"
			}
			comma = true
		case ts[t].is(";", ":", "!", "?"):
			return false
		case ts[t].word:
			if _, verb := d.lex.lookup(ts[t].lower); verb || auxiliaries[ts[t].lower] || ts[t].is("that") {
				return false
			}
			if !comma {
				if words++; words > 6 {
					return false
				}
			}
		}
	}
	return true
}

// reportedAfter matches NAME VERB [ADDRESSEE] [that] CLAUSE.
func (d *doc) reportedAfter(ui int, ts []tok, k int, v verb) *found {
	if k > 0 && ts[k-1].is(",") && d.commaAfterName(ts, k+1) {
		return nil // "The key, says Carney, is trade": an attribution in parentheses
	}
	j := k + 1
	if v.Addressee && j < len(ts) {
		if m := d.mentionAt(ts[j].span, ts[j].span); m != nil {
			for j < len(ts) && ts[j].span.Start < m.Span.End {
				j++
			}
		} else if audiences[ts[j].lower] {
			j++
		} else if n := d.nameAt(ts, j); n > 0 {
			j += n
		} else if j+2 < len(ts) && ts[j].is("the") && ts[j+1].word && ts[j+1].text == ts[j+1].lower &&
			(clauseStarts[ts[j+2].lower] || ts[j+2].is("that")) {
			j += 2 // "told the committee he …"
		}
	}
	start, ok := d.complementStart(ts, j, v.Bare)
	if !ok {
		return nil
	}
	c := clause{verb: ts[k].span, v: v, rule: "reported: NAME VERB that …"}
	if j > k+1 {
		c.to = dyad.Span{Start: ts[k+1].span.Start, End: ts[j-1].span.End}
	}
	if !d.absolute(ts, k) && (v.Participle || k > 0 && ts[k-1].is("and", "but")) {
		c.subj = d.clauseSubject(ts, k)
	} else {
		c.subj, c.nearest = d.subjectBefore(ts, k), true
	}
	return d.statement(ui, dyad.Span{Start: start, End: d.units[ui].span.End}, c)
}

// commaAfterName reports whether a name (a mention or capitalised words)
// starts at ts[j] and a comma follows it.
func (d *doc) commaAfterName(ts []tok, j int) bool {
	if j >= len(ts) {
		return false
	}
	n := d.nameAt(ts, j)
	if m := d.mentionAt(ts[j].span, ts[len(ts)-1].span); m != nil {
		n = 0
		for j+n < len(ts) && ts[j+n].span.Start < m.Span.End {
			n++
		}
	}
	return n > 0 && j+n < len(ts) && ts[j+n].is(",")
}

// complementStart returns where the reported clause after the verb starts:
// after "that" (within six words, "said in a statement that"), or at a
// word that opens a clause.
func (d *doc) complementStart(ts []tok, j int, bare bool) (int, bool) {
	for t := j; t < len(ts) && t < j+8 && (ts[t].word || ts[t].is(".")); t++ {
		if _, verb := d.lex.lookup(ts[t].text); auxiliaries[ts[t].lower] || verb || isPronoun(ts[t].lower) {
			break // the clause has started: "said Xi had told him that", "said he …"
		}
		if !ts[t].is("that") {
			continue
		}
		if t+2 < len(ts) && thatIsDeterminer(ts[t+1], ts[t+2]) {
			return ts[t].span.Start, true
		}
		if t+1 < len(ts) {
			return ts[t+1].span.Start, true
		}
		return 0, false
	}
	if !bare || j >= len(ts) || !ts[j].word {
		return 0, false
	}
	if clauseStarts[ts[j].lower] || ts[j].capitalised() && !notNames[ts[j].lower] || ts[j].is("the", "there") {
		return ts[j].span.Start, true
	}
	for t := j + 1; t < len(ts) && t <= j+3 && ts[t].word; t++ {
		if auxiliaries[ts[t].lower] {
			return ts[j].span.Start, true // "said relations had improved"
		}
	}
	return 0, false
}

// thatIsDeterminer reports whether "that" before a and b is a pronoun or
// determiner that belongs to the reported clause ("said that was wrong",
// "said that meeting had paved") rather than the conjunction before it
// ("said that he was", "said that talks had").
func thatIsDeterminer(a, b tok) bool {
	if auxiliaries[a.lower] {
		return true
	}
	return auxiliaries[b.lower] && !clauseStarts[a.lower] && !a.capitalised() && !strings.HasSuffix(a.lower, "s")
}

// reportedBefore matches CLAUSE, NAME VERB [ADDRESSEE|ADVERBIAL].
func (d *doc) reportedBefore(ui int, ts []tok, k int) *found {
	if v, _ := d.lex.lookup(ts[k].text); v.Participle {
		return nil // ", with Safadi warning of …" reports nothing before it
	}
	rest := 0
	for t := k + 1; t < len(ts); t++ {
		if ts[t].is(".", "!", "?") {
			break
		}
		if !ts[t].word {
			return nil
		}
		if rest++; rest > 4 {
			return nil
		}
	}
	comma := -1
	for t := k - 1; t >= 0 && t >= k-7; t-- {
		if ts[t].is(",") {
			comma = t
			break
		}
	}
	if comma < 1 || ts[comma+1].is("and", "but", "or", "while", "as") {
		return nil // ", and Vindman reported to him": a clause of the writer's
	}
	c := clause{verb: ts[k].span, subj: dyad.Span{Start: ts[comma].span.End, End: ts[k].span.Start},
		rule: "reported: …, NAME VERB"}
	return d.statement(ui, dyad.Span{Start: d.units[ui].span.Start, End: ts[comma].span.Start}, c)
}

// accordingTo matches "according to NAME, CLAUSE" and "CLAUSE, according
// to NAME".
func (d *doc) accordingTo(ui int, ts []tok, k int) *found {
	c := d.verbFirst(ts, k, k+2, verb{Lemma: "according to"}, "reported: according to NAME")
	u := d.units[ui].span
	if k > 0 && ts[k-1].is(",") {
		for t := k + 2; t < len(ts); t++ {
			if ts[t].is(",") && t+1 < len(ts) && ts[t+1].word {
				return nil // "One of the officers, according to prison records, had worked": no one span
			}
		}
		return d.statement(ui, dyad.Span{Start: u.Start, End: ts[k-1].span.Start}, c)
	}
	for t := k + 2; t < len(ts); t++ {
		if ts[t].is(",") {
			c.subj.End = ts[t].span.Start
			return d.statement(ui, dyad.Span{Start: ts[t].span.End, End: u.End}, c)
		}
	}
	return nil
}

// statement returns the reported statement at s, cut before any full
// direct quotation and trimmed of the final punctuation, said by c's
// speaker; nil if it is under three words or has no speaker.
func (d *doc) statement(ui int, s dyad.Span, c clause) *found {
	s.End = ahead(d.text, s.Start, s.End)
	s.Start = back(d.text, s.Start, s.End)
	first := max(sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].open.Start >= s.Start })-1, 0)
	for _, q := range d.quotes[first:] {
		if q.open.Start >= s.End {
			break
		}
		if !q.fragment && s.Overlaps(dyad.Span{Start: q.open.Start, End: max(q.close.End, q.raw.End)}) {
			if q.open.Start <= s.Start {
				return nil
			}
			s.End = q.open.Start
		}
	}
	s = d.cutParticiple(s)
	s = trimPunct(d.text, s)
	if countWords(d.plain(s)) < 3 || c.subj.Len() == 0 {
		return nil
	}
	sp := d.speakerOf(c)
	if sp == nil {
		return nil
	}
	return &found{direct: direct{inner: s, raw: s, para: d.units[ui].para, lastPara: d.units[ui].para},
		unit: ui, speaker: sp, to: d.addresseeOf(c)}
}

// cutParticiple ends s where a new speech act of the same speaker starts:
// before ", VERBing" ("…, adding: …") or "and VERB" ("… and added, “…”").
func (d *doc) cutParticiple(s dyad.Span) dyad.Span {
	ts := d.plain(s)
	for i := 1; i+1 < len(ts); i++ {
		v, ok := d.lex.lookup(ts[i+1].text)
		if !ok || ts[i+1].text != ts[i+1].lower || v.Call {
			continue
		}
		if ts[i].is(",") && v.Participle || ts[i].is("and") {
			if i > 1 && ts[i].is("and") && ts[i-1].is(",") {
				i--
			}
			return dyad.Span{Start: s.Start, End: ts[i].span.Start}
		}
	}
	return s
}

// trimPunct trims space and final punctuation from s.
func trimPunct(text string, s dyad.Span) dyad.Span {
	s = trim(text, s)
	for s.Len() > 0 && strings.ContainsRune(".,;:!?", rune(text[s.End-1])) {
		s = trim(text, dyad.Span{Start: s.Start, End: s.End - 1})
	}
	return s
}

// countWords counts the words of ts.
func countWords(ts []tok) int {
	n := 0
	for _, t := range ts {
		if t.word {
			n++
		}
	}
	return n
}

// words counts the words in the text at s.
func (d *doc) words(s dyad.Span) int { return countWords(d.tokens(s)) }

// usedVerb reports whether the verb at s attributed a direct quotation.
func (d *doc) usedVerb(s dyad.Span) bool { return d.used[s] }
