package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"dyad"
	"dyad/actor"
	"dyad/coder"
	"dyad/nlp"
	"dyad/nlp/conllu"
	"dyad/pipeline"
	"dyad/sentence"
	"dyad/temporal"
)

// triple is one (source country, target country, CAMEO code) event.
type triple struct{ src, tgt, code string }

// eventEvaluator codes gold sentences with dyad.
type eventEvaluator struct {
	trees  map[string]string
	mode   string
	parse  []dyad.Stage       // dates, actors, events over given parses
	full   *pipeline.Pipeline // the whole analysis
	events *coder.Coder
	last   *dyad.Analysis // the last record's analysis
	tables *actor.Tables  // the actor tables, to tell organisations from countries
}

func newEventEvaluator(patterns []string, trees map[string]string, env *Env) (*eventEvaluator, error) {
	events, err := newCoder(patterns)
	if err != nil {
		return nil, err
	}
	actors, err := newActors(nil)
	if err != nil {
		return nil, err
	}
	ev := &eventEvaluator{trees: trees, events: events, tables: actors.Tables()}
	ev.parse = []dyad.Stage{temporal.Resolver{}, actors, events}
	first, mode := dyad.Stage(sentence.Splitter{}), "words (no parse: the NLP model is not available)"
	if _, err := nlp.Default(); err == nil {
		first, mode = nlp.Stage{}, "NLP stage parses"
	}
	ev.full = pipeline.New(first, temporal.Resolver{}, actors, events)
	ev.mode = mode
	if trees != nil {
		ev.mode = "given CoNLL-U parses"
	}
	return ev, nil
}

// code returns the asserted events dyad codes in r, as triples.
func (ev *eventEvaluator) code(ctx context.Context, r goldRecord, allMoods bool) ([]triple, error) {
	art := dyad.Article{Text: r.Text, Language: "en"}
	if d, ok := goldDate(r.Date); ok {
		art.Published, art.PublishedSource = d, dyad.PublishedCaller
	}
	var a *dyad.Analysis
	var err error
	if tree, ok := ev.trees[r.ID]; ok {
		a, err = ev.reparse(ctx, art, tree)
	} else {
		a, err = ev.full.Analyze(ctx, art)
	}
	if err != nil {
		return nil, err
	}
	ev.last = a
	plover := len(r.Expected) == 0
	var out []triple
	for _, e := range a.Events {
		if !allMoods && e.Mood != dyad.MoodAsserted || e.Target == nil {
			continue
		}
		out = append(out, triple{ev.systemCountry(e.Source, plover), ev.systemCountry(*e.Target, plover), e.CAMEO})
	}
	return out, nil
}

// goldDate reads a gold record's date: YYYY-MM-DD, YYYYMMDD or, as in
// the PETRARCH records, YYMMDD.
func goldDate(s string) (time.Time, bool) {
	for _, layout := range []string{dyad.DateLayout, "20060102", "060102"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// reparse analyses art with the given CoNLL-U parse as its one sentence.
func (ev *eventEvaluator) reparse(ctx context.Context, art dyad.Article, tree string) (*dyad.Analysis, error) {
	toks, err := alignCoNLLU(art.Text, tree)
	if err != nil {
		return nil, err
	}
	p := pipeline.New(append([]dyad.Stage{givenParse{toks}}, ev.parse...)...)
	return p.Analyze(ctx, art)
}

// givenParse is a stage that sets the text's one sentence to given tokens.
type givenParse struct{ toks []dyad.Token }

func (givenParse) Name() string { return "parse" }

func (g givenParse) Run(a *dyad.Analysis) error {
	end := len(strings.TrimRight(a.Article.Text, " \n\t"))
	a.Sentences = []dyad.Sentence{{Span: dyad.Span{Start: 0, End: end}, Tokens: g.toks}}
	return nil
}

// alignCoNLLU reads a CoNLL-U sentence and finds each word in text, in
// order; a word not found gets an empty span where the search stands.
func alignCoNLLU(text, tree string) ([]dyad.Token, error) {
	r := conllu.NewReader(strings.NewReader(tree + "\n\n"))
	if !r.Scan() {
		if r.Err() != nil {
			return nil, fmt.Errorf("read parse: %w", r.Err())
		}
		return nil, fmt.Errorf("read parse: empty")
	}
	s := r.Sentence()
	var out []dyad.Token
	at := 0
	for _, w := range s.Words {
		span := dyad.Span{Start: at, End: at}
		if k := strings.Index(text[at:], w.Form); k >= 0 && k < 40 {
			span = dyad.Span{Start: at + k, End: at + k + len(w.Form)}
			at = span.End
		}
		out = append(out, dyad.Token{Span: span, UPOS: w.UPOS, XPOS: w.XPOS, Lemma: w.Lemma, Feats: w.Feats, Head: w.Head, Deprel: w.Deprel})
	}
	return out, nil
}

// prf counts matches at one level.
type prf struct {
	Gold, System, Match int
	Precision, Recall   float64
	F1                  float64
}

func (p *prf) finish() {
	if p.System > 0 {
		p.Precision = float64(p.Match) / float64(p.System)
	}
	if p.Gold > 0 {
		p.Recall = float64(p.Match) / float64(p.Gold)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
}

// eventScores are the scores at three levels: the dyad (source and target
// countries), the CAMEO root and the full code.
type eventScores struct {
	Gold     string `json:"gold"`
	Mode     string `json:"mode"`
	Records  int    `json:"records"`
	Dyad     prf    `json:"dyad"`
	Root     prf    `json:"root"`
	Full     prf    `json:"full"`
	Coded    int    `json:"records_with_code"`
	AllMoods bool   `json:"all_moods"`
}

func newEventScores() *eventScores { return &eventScores{} }

// add scores one record. Records whose gold has no CAMEO code count at the
// dyad level only.
func (sc *eventScores) add(r goldRecord, gold, got []triple, show bool, w io.Writer) {
	key := func(t triple, level int) string {
		switch level {
		case 0:
			return t.src + ">" + t.tgt
		case 1:
			return t.src + ">" + t.tgt + ">" + prefix(t.code, 2)
		}
		return t.src + ">" + t.tgt + ">" + t.code
	}
	hasCode := len(r.Source) == 0 || r.CAMEO != "" // PETRARCH records always have codes
	if hasCode {
		sc.Coded++
	}
	for level, p := range []*prf{&sc.Dyad, &sc.Root, &sc.Full} {
		if level > 0 && !hasCode {
			continue
		}
		g, s := map[string]int{}, map[string]int{}
		for _, t := range gold {
			g[key(t, level)]++
		}
		for _, t := range got {
			s[key(t, level)]++
		}
		p.Gold += len(gold)
		p.System += len(got)
		for k, n := range s {
			p.Match += min(n, g[k])
		}
		if show && level == 1 && !sameCounts(g, s) {
			fmt.Fprintf(w, "%s\t%s\n\tgold %v\n\tdyad %v\n", r.ID, r.Text, gold, got)
		}
	}
}

func sameCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, n := range a {
		if b[k] != n {
			return false
		}
	}
	return true
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// finish computes the ratios.
func (sc *eventScores) finish() {
	for _, p := range []*prf{&sc.Dyad, &sc.Root, &sc.Full} {
		p.finish()
	}
}

func (sc *eventScores) write(w io.Writer) {
	moods := "asserted events only"
	if sc.AllMoods {
		moods = "events of every mood"
	}
	fmt.Fprintf(w, "gold %s: %d records (%d with a CAMEO code), coded from %s, %s\n", sc.Gold, sc.Records, sc.Coded, sc.Mode, moods)
	fmt.Fprintf(w, "%-34s %6s %6s %6s %9s %7s %6s\n", "level", "gold", "dyad", "match", "precision", "recall", "F1")
	for _, row := range []struct {
		name string
		p    prf
	}{{"dyad (source, target country)", sc.Dyad}, {"CAMEO root", sc.Root}, {"full CAMEO code", sc.Full}} {
		fmt.Fprintf(w, "%-34s %6d %6d %6d %9.3f %7.3f %6.3f\n", row.name, row.p.Gold, row.p.System, row.p.Match, row.p.Precision, row.p.Recall, row.p.F1)
	}
}
