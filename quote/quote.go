// Package quote provides dyad's quotation finder: the stage that finds every
// quotation of an article, direct (in quotation marks, over several
// paragraphs, split by its attribution, or a fragment inside the writer's
// sentence) and reported ("Xi said that …", "according to the ministry, …"),
// and attributes each to its speaker and, when named, its addressee.
//
// It works on the article text, its sentence spans and the actor mentions
// that the actor stage placed before it. Quotation marks are paired
// paragraph by paragraph; speakers are found by surface patterns around a
// speech verb from the embedded lexicon (verbs.txt): “…,” NAME VERB /
// “…,” VERB NAME / NAME VERB: “…” / NAME VERB that … / according to NAME.
// A pronoun ("he added"), a definite role phrase ("the prime minister
// said") or a description ("the 56-year-old") leads back to the named
// actor: the speaker or first person of an earlier sentence, the last
// mention holding the role (roles.txt), or the person named most. Names
// that no actor table knows ("Hawk Sawyer", later "Sawyer"; "the Swedish
// Prosecution Authority"; "one mother") become the finder's own mentions,
// so that pronouns reach them too; the actor stage's own pronoun
// resolution is left aside. Where the surface patterns name no one and the
// sentence carries a dependency parse, the speech verb's nsubj and
// obj/iobj are taken from the parse (the parser errs most on the long
// sentences around quotations, so it comes second).
//
// Key and Same give a quotation's identity across articles, for the store.
package quote

import (
	"fmt"
	"sort"

	"dyad"
)

// Finder is the stage that fills Analysis.Quotes. Its zero value is ready
// to use.
type Finder struct{}

var _ dyad.Stage = Finder{}

// Name returns "quotes".
func (Finder) Name() string { return "quotes" }

// Run replaces a.Quotes with the quotations of the article, in text order.
func (Finder) Run(a *dyad.Analysis) error {
	lex, err := builtinLexicon()
	if err != nil {
		return fmt.Errorf("load speech verbs: %w", err)
	}
	rl, err := builtinRoles()
	if err != nil {
		return fmt.Errorf("load roles: %w", err)
	}
	d := newDoc(a, lex, rl)
	d.attributeDirect()
	d.findIndirect()
	d.attributeRest()
	d.attributeRepeats()
	a.Quotes = d.result()
	return nil
}

// doc is one article as the finder sees it.
type doc struct {
	a         *dyad.Analysis
	text      string
	lex       lexicon
	roles     roles
	paras     []dyad.Span
	mentions  []dyad.Mention     // mentions are the actor mentions outside direct quotations, in text order.
	quotes    []*found           // quotes are the direct quotations, in text order.
	units     []unit             // units are the clauses-to-sentences of the text, in order.
	indirect  []*found           // indirect are the reported statements.
	used      map[dyad.Span]bool // used are the speech verbs that attributed a direct quotation.
	marks     map[dyad.Span]bool // marks are the opening and closing marks of the direct quotations.
	toks      []tok              // toks are the tokens of the whole text.
	plainToks []tok              // plainToks are the tokens outside direct quotations and their marks.
	genders   map[string]string  // genders maps a person's name to "he" or "she", where a title tells.
}

// found is a quotation with what is known of it.
type found struct {
	direct
	unit     int
	isDirect bool
	fragment bool
	speaker  *dyad.Speaker
	to       *dyad.Speaker
}

// unit is a sentence of the text for attribution: it never ends inside a
// quotation, and never crosses a paragraph.
type unit struct {
	span    dyad.Span
	para    int
	quotes  []int         // quotes are the indices of the direct quotations opening in the unit.
	speaker *dyad.Speaker // speaker is the last speaker attributed in the unit, if any.
}

// pronounRule is the rule of the actor stage's mentions that resolve a
// pronoun to the last person its tables know. The finder resolves
// pronouns itself, to the speakers it has attributed and to the people
// no table knows as well, so it leaves those mentions aside.
const pronounRule = "pronoun"

// newDoc scans a's text for quotation marks and units.
func newDoc(a *dyad.Analysis, lex lexicon, rl roles) *doc {
	d := &doc{a: a, text: a.Article.Text, lex: lex, roles: rl, used: map[dyad.Span]bool{}, marks: map[dyad.Span]bool{}}
	d.paras = paragraphs(d.text)
	d.toks = tokenize(d.text, dyad.Span{Start: 0, End: len(d.text)})
	for _, q := range scanQuotes(d.text, d.paras) {
		if !d.boilerplate(q.open.Start) {
			d.quotes = append(d.quotes, &found{direct: q, isDirect: true})
			d.marks[q.open], d.marks[q.close] = true, q.close.Len() > 0
		}
	}
	d.plainToks = make([]tok, 0, len(d.toks))
	for _, t := range d.toks {
		if d.insideQuote(t.span) < 0 && !d.marks[t.span] {
			d.plainToks = append(d.plainToks, t)
		}
	}
	d.units = d.splitUnits()
	for i, q := range d.quotes {
		q.unit = d.unitAt(q.open.Start)
		d.units[q.unit].quotes = append(d.units[q.unit].quotes, i)
	}
	for _, m := range a.Mentions {
		if d.insideQuote(m.Span) < 0 && m.Span.Validate(len(d.text)) == nil && m.Rule != pronounRule {
			d.mentions = append(d.mentions, m)
		}
	}
	sort.SliceStable(d.mentions, func(i, j int) bool { // by start, the longest of nested mentions first
		a, b := d.mentions[i].Span, d.mentions[j].Span
		return a.Start < b.Start || a.Start == b.Start && a.End > b.End
	})
	d.addUnknownNames()
	for _, q := range d.quotes {
		q.fragment = d.isFragment(q)
	}
	d.learnGenders()
	return d
}

// boilerplate reports whether offset lies in a sentence marked boilerplate.
func (d *doc) boilerplate(offset int) bool {
	i := d.a.SentenceAt(offset)
	return i >= 0 && d.a.Sentences[i].Boilerplate
}

// insideQuote returns the index of the direct quotation whose marks enclose
// s, or -1.
func (d *doc) insideQuote(s dyad.Span) int {
	i := sort.Search(len(d.quotes), func(i int) bool { return d.quotes[i].open.Start >= s.End })
	if i > 0 && d.quotes[i-1].open.End <= s.Start && s.End <= d.quotes[i-1].raw.End {
		return i - 1
	}
	return -1
}

// sentenceOf returns the index of the sentence where offset lies, the next
// sentence if it lies between sentences, or -1 if there are none after it.
func (d *doc) sentenceOf(offset int) int {
	if i := d.a.SentenceAt(offset); i >= 0 {
		return i
	}
	ss := d.a.Sentences
	i := sort.Search(len(ss), func(i int) bool { return ss[i].Span.Start >= offset })
	if i < len(ss) {
		return i
	}
	return len(ss) - 1
}

// result returns the quotations in text order, as dyad.Quote values.
func (d *doc) result() []dyad.Quote {
	all := append(append([]*found{}, d.quotes...), d.indirect...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].inner.Start < all[j].inner.Start })
	out := make([]dyad.Quote, 0, len(all))
	for _, q := range all {
		out = append(out, dyad.Quote{
			Text: q.inner.In(d.text), Span: q.inner, Sentence: d.sentenceOf(q.inner.Start),
			Direct: q.isDirect, Fragment: q.fragment, Speaker: q.speaker, Addressee: q.to,
		})
	}
	return out
}
