package quote

import (
	"strings"

	"dyad"
)

// clauseBefore matches the attribution that introduces a quotation, in
// region, which ends at the opening mark: NAME VERB [ADDRESSEE][:|,|that],
// NAME …, VERBing:, or according to NAME,. At most limit words (no limit
// if limit < 0) may stand between the verb and the end of region; call
// allows the verbs that only characterise ("described it as a “…”").
func (d *doc) clauseBefore(region dyad.Span, limit int, call bool) (clause, bool) {
	ts := d.plain(region)
	for k, seen := len(ts)-1, 0; k >= 0 && (limit < 0 || seen <= limit); k-- {
		t := ts[k]
		if !t.word {
			if t.is(";", "!", "?") { // a '.' inside a unit ends an abbreviation ("U.N.")
				break
			}
			continue
		}
		seen++
		if t.is("according") && k+1 < len(ts) && ts[k+1].is("to") {
			c := d.verbFirst(ts, k, k+2, verb{Lemma: "according to"}, "according to NAME, “…”")
			return c, true
		}
		v, ok := d.lex.lookup(t.text)
		if !ok || t.text != t.lower || (v.Call && !call) || d.passive(ts, k) {
			continue
		}
		c := clause{verb: t.span, v: v, to: d.objectAfter(ts, k+1, v)}
		switch {
		case v.Participle && d.absolute(ts, k):
			c.subj, c.nearest, c.rule = d.subjectBefore(ts, k), true, "with NAME VERBing “…”"
		case v.Participle:
			c.subj, c.rule = d.clauseSubject(ts, k), "NAME …, VERBing: “…”"
		case k > 0 && ts[k-1].is("and", "but"):
			c.subj, c.rule = d.clauseSubject(ts, k), "NAME … and VERB: “…”"
		case d.words(d.subjectBefore(ts, k)) == 0 && k+1 < len(ts):
			c = d.verbFirst(ts, k, k+1, v, "VERB NAME, “…”")
		default:
			c.subj, c.nearest, c.rule = d.subjectBefore(ts, k), true, "NAME VERB: “…”"
		}
		return c, true
	}
	return clause{}, false
}

// passive reports whether the verb ts[k] follows a form of "be" ("is said
// to", "had been announced").
func (d *doc) passive(ts []tok, k int) bool {
	return k > 0 && ts[k-1].is("is", "was", "were", "are", "be", "been", "being")
}

// subjectBefore returns the region before the verb ts[k] that holds its
// subject, back to the start of ts or the last ';', skipping a
// parenthetical just before the verb ("Carney, who arrived on Friday,
// said").
func (d *doc) subjectBefore(ts []tok, k int) dyad.Span {
	start := max(k-3*maxSubject, 0)
	for j := k - 1; j >= start; j-- {
		if ts[j].is(";") {
			start = j + 1
			break
		}
	}
	end := k
	if end-1 > start && ts[end-1].is(",") {
		end-- // the comma closing a parenthetical before the verb
		for {
			j := end - 1
			for j > start && !ts[j].is(",") {
				j--
			}
			if j <= start || !d.parenthetical(ts[j+1:end]) || leadInOnly(ts[start:j]) {
				break // what is left before the commas would be a lead-in, not a subject
			}
			end = j // skip "who arrived on Friday", "a spokesperson for …", "the U.S. …"
		}
	}
	start = lastSegment(ts, start, end)
	if end <= start {
		return dyad.Span{}
	}
	return dyad.Span{Start: ts[start].span.Start, End: ts[end-1].span.End}
}

// leadInOnly reports whether ts is one lead-in phrase and nothing more:
// "As we've noted" of "As we've noted, a study by …, a think tank, concluded".
func leadInOnly(ts []tok) bool {
	if len(ts) == 0 || !leadIns[ts[0].lower] {
		return false
	}
	for _, t := range ts {
		if t.is(",") {
			return false
		}
	}
	return true
}

// lastSegment returns where the subject before ts[end] starts: after the
// last comma of ts[start:end] ("When the officers found the body,
// prosecutors alleged"), unless what follows that comma opens a relative
// clause ("Xi met Carney, who then told"), names no one, or is a lead-in.
func lastSegment(ts []tok, start, end int) int {
	for c := end - 1; c > start; c-- {
		if !ts[c].is(",") {
			continue
		}
		seg := ts[c+1 : end]
		if len(seg) == 0 || seg[0].is("who", "which", "whose", "and", "but") || countWords(seg) == 0 {
			return start
		}
		return c + 1
	}
	return start
}

// parenthetical reports whether ts, between commas before a verb, is a
// relative clause, an apposition, a source, an age or a party tag: "who
// arrived on Friday", "the prime minister", "chairman of the Joint
// Chiefs", "Carlineo’s attorney", "via USA Today", "60", "R-Neb.".
func (d *doc) parenthetical(ts []tok) bool {
	if len(ts) == 0 {
		return false
	}
	f := ts[0]
	if f.is("former") && len(ts) > 1 {
		f = ts[1]
	}
	if len(ts) > 1 && (strings.HasSuffix(f.text, "'s") || strings.HasSuffix(f.text, "’s")) && ts[1].word && ts[1].text == ts[1].lower {
		return true // "Carlineo’s attorney"
	}
	return f.is("who", "which", "whose", "the", "a", "an", "speaking", "himself", "herself", "via") ||
		f.text == f.lower && (d.roles.first[f.lower] || appositionHeads[f.lower]) ||
		strings.IndexFunc(f.text, func(r rune) bool { return r < '0' || r > '9' }) < 0 ||
		len(f.text) > 2 && strings.ContainsRune("RDI", rune(f.text[0])) && f.text[1] == '-' // "R-Neb."
}

// appositionHeads are the nouns that open an apposition with no article
// ("Mark Milley, chairman of the Joint Chiefs, said").
var appositionHeads = set("chairman", "chairwoman", "chair", "director", "head", "chief", "founder",
	"professor", "economist", "analyst", "editor", "executive", "ceo", "member", "adviser", "advisor",
	"lawyer", "attorney", "official", "expert", "fellow", "researcher", "author", "commissioner",
	"deputy", "vice", "co-founder", "owner", "coach", "manager", "captain", "partner", "principal",
	"associate", "assistant", "senior", "acting", "interim", "managing", "co-author", "scientist",
	"strategist", "consultant", "organizer", "organiser", "activist", "historian", "columnist")

// absolute reports whether the participle ts[k] has its own subject in a
// "with NAME VERBing" phrase: "…, with Kallas warning of “…”".
func (d *doc) absolute(ts []tok, k int) bool {
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if ts[j].is("with") {
			return j < k-1
		}
		if !ts[j].word {
			return false
		}
	}
	return false
}

// leadIns open a sentence with a phrase whose nouns are not its subject:
// "After talks with Xi, Carney said".
var leadIns = map[string]bool{
	"after": true, "before": true, "following": true, "in": true, "at": true, "during": true,
	"on": true, "with": true, "despite": true, "while": true, "when": true, "as": true,
	"since": true, "amid": true, "asked": true, "speaking": true, "responding": true, "for": true,
}

// clauseSubject returns the region holding the subject of the clause that
// a participle (ts[k], "adding") hangs from: from the start of ts, past a
// leading phrase ending in a comma, to the participle.
func (d *doc) clauseSubject(ts []tok, k int) dyad.Span {
	start := max(k-3*maxSubject, 0)
	if len(ts) > start && (leadIns[ts[start].lower] || strings.HasSuffix(ts[start].lower, "ing")) {
		for j := start + 1; j < k; j++ {
			if ts[j].is(",") {
				start = j + 1
				break
			}
		}
	}
	if start >= k {
		return dyad.Span{}
	}
	return dyad.Span{Start: ts[start].span.Start, End: ts[k-1].span.End}
}

// speakerOf returns the speaker named in c's subject, or nil. The surface
// patterns come first; the dependency parse, where the sentence has one,
// is asked only when they name no one, as the parser errs most on the long
// sentences around quotations.
func (d *doc) speakerOf(c clause) *dyad.Speaker {
	s := d.speakerIn(c)
	if s != nil && !strings.HasSuffix(s.Rule, "; unnamed") {
		return s
	}
	if p := d.withParse(c); p.subj != c.subj {
		if ps := d.speakerIn(p); ps != nil && (s == nil || !strings.HasSuffix(ps.Rule, "; unnamed")) {
			return ps
		}
	}
	return s
}

// speakerIn returns the speaker named in c's subject or its alternatives,
// or nil.
func (d *doc) speakerIn(c clause) *dyad.Speaker {
	if c.subj.Len() == 0 {
		return nil
	}
	np := d.unnamed(c.subj, c.nearest)
	regions := append([]dyad.Span{c.subj}, c.alts...)
	for i, region := range regions {
		r, ok := pick(d.refsIn(region), c.nearest)
		if !ok || r.kind == refRole && i+1 < len(regions) && d.roleHolder(r) == nil {
			continue // an unresolved role gives way to an apposition that names
		}
		if h := d.headPhrase(region); r.of && h.Len() > 0 {
			return &dyad.Speaker{Name: h.In(d.text), Span: h, Rule: c.rule + "; unnamed, before a modifier"}
		}
		if r.kind == refInstitution && np.Contains(r.span) && np.End > r.span.End {
			s := fromMention(r.mention, np, c.rule+"; unnamed, of "+r.mention.Text)
			s.Name = np.In(d.text)
			return s
		}
		return d.speaker(r, c.rule)
	}
	if np.Len() > 0 {
		return &dyad.Speaker{Name: np.In(d.text), Span: np, Rule: c.rule + "; unnamed"}
	}
	return nil
}

// unnamed returns a short noun phrase in s that speaks without a name ("a
// senior official", "officials", "two diplomats"), or an empty span.
func (d *doc) unnamed(s dyad.Span, nearest bool) dyad.Span {
	ts := d.tokens(dyad.Span{Start: back(d.text, s.Start, s.End), End: s.End})
	for len(ts) > 0 && !ts[len(ts)-1].word {
		ts = ts[:len(ts)-1]
	}
	if nearest {
		for j := len(ts) - 1; j >= 0; j-- {
			if !ts[j].word {
				ts = ts[j+1:]
				break
			}
		}
	} else {
		for j := range ts {
			if !ts[j].word {
				ts = ts[:j]
				break
			}
		}
	}
	for len(ts) > 1 && (trailingAdverbs[ts[len(ts)-1].lower] || auxiliaries[ts[len(ts)-1].lower] ||
		strings.HasSuffix(ts[len(ts)-1].lower, "ly")) {
		ts = ts[:len(ts)-1] // "representatives have long" warned
	}
	for k := 1; k < len(ts); k++ {
		if _, verb := d.lex.lookup(ts[k].text); verb && ts[k].text == ts[k].lower {
			ts = ts[:k] // the phrase ends at its verb: "The victim's mother" testified
			break
		}
	}
	if len(ts) == 0 || len(ts) > 6 || functionWords[ts[0].lower] || functionWords[ts[len(ts)-1].lower] ||
		clauseStarts[ts[len(ts)-1].lower] || auxiliaries[ts[len(ts)-1].lower] {
		return dyad.Span{}
	}
	return dyad.Span{Start: ts[0].span.Start, End: ts[len(ts)-1].span.End}
}

// trailingAdverbs stand between a subject and its speech verb.
var trailingAdverbs = map[string]bool{
	"long": true, "also": true, "later": true, "earlier": true, "again": true, "then": true,
	"once": true, "often": true, "never": true, "still": true, "already": true, "have": true,
	"has": true, "had": true, "been": true, "too": true,
}

// addresseeOf returns who c's verb was said to, when named, or nil: from
// the surface patterns, else from the dependency parse.
func (d *doc) addresseeOf(c clause) *dyad.Speaker {
	if s := d.addresseeIn(c); s != nil {
		return s
	}
	return d.addresseeIn(d.withParse(c))
}

// addresseeIn returns the person or body named in c's object region, or nil.
func (d *doc) addresseeIn(c clause) *dyad.Speaker {
	if c.to.Len() == 0 {
		return nil
	}
	for _, r := range d.refsIn(c.to) {
		switch r.kind {
		case refPerson, refInstitution, refName:
			return d.speaker(r, "object of "+d.text[c.verb.Start:c.verb.End])
		}
	}
	return nil
}

// continued attributes quotation i, which no clause attributes, to the
// speaker of the quotation before it in its paragraph, or, if it opens its
// paragraph, to the clause that ends the previous paragraph with a colon
// ("He added:") or the last speaker of that paragraph.
func (d *doc) continued(i int) *dyad.Speaker {
	q := d.quotes[i]
	for k := i - 1; k >= 0 && k >= i-lookBack && d.quotes[k].lastPara == q.para; k-- {
		if p := d.quotes[k]; p.speaker != nil && !p.fragment {
			return continues(p.speaker, "continues the quotation before it")
		}
	}
	for u := q.unit - 1; u >= 0 && u >= q.unit-lookBack && d.units[u].para == q.para; u-- {
		if s := d.units[u].speaker; s != nil {
			return continues(s, "continues the speaker of the sentence before it")
		}
	}
	if q.para == 0 || q.open.Start != d.paras[q.para].Start {
		return nil
	}
	pp := d.prevPara(q.para)
	prev := d.paras[pp]
	if lastRune(d.text, prev) == ':' {
		region := dyad.Span{Start: d.units[d.unitAt(prev.End-1)].span.Start, End: prev.End}
		if c, ok := d.clauseBefore(region, window, false); ok {
			c.rule = "previous paragraph: " + c.rule
			return d.speakerOf(c)
		}
	}
	for k := i - 1; k >= 0 && k >= i-lookBack && d.quotes[k].lastPara >= pp; k-- {
		if p := d.quotes[k]; p.speaker != nil && !p.fragment && p.lastPara == pp {
			return continues(p.speaker, "continues the previous paragraph's quotation")
		}
	}
	if u := d.unitAt(prev.End - 1); d.units[u].para == pp && d.units[u].speaker != nil {
		return continues(d.units[u].speaker, "continues the speaker of the previous paragraph")
	}
	return nil
}

// maxFurniture is how many lines of page furniture (an embed's caption
// or credit) prevPara steps over.
const maxFurniture = 3

// prevPara returns the paragraph before paragraph p that carries text,
// stepping over up to maxFurniture short lines that end without a
// sentence's punctuation ("Club statement", "— Spurs (@SpursOfficial)
// November 20, 2019").
func (d *doc) prevPara(p int) int {
	k := p - 1
	for k > 0 && p-k <= maxFurniture && d.furniture(d.paras[k]) {
		k--
	}
	if d.furniture(d.paras[k]) {
		return p - 1
	}
	return k
}

// furniture reports whether paragraph s is a short line with no final
// punctuation of a sentence or quotation.
func (d *doc) furniture(s dyad.Span) bool {
	return d.words(s) <= 12 && !strings.ContainsRune(".!?:”\"’'", lastRune(d.text, s))
}

// continues returns a copy of s with rule added.
func continues(s *dyad.Speaker, rule string) *dyad.Speaker {
	c := *s
	c.Rule = rule + " (" + s.Rule + ")"
	return &c
}
