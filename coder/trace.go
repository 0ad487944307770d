package coder

import (
	"dyad"
)

// Trace says how one sentence was coded: for `dyad explain`.
type Trace struct {
	Sentence int            // Sentence is the sentence's index.
	Parsed   bool           // Parsed is false when the shallow fallback coded it, by words.
	Tokens   []dyad.Token   // Tokens are the sentence's tokens.
	Mentions []dyad.Mention // Mentions are the actors found in it.
	Verbs    []VerbTrace    // Verbs are the verbs and event nouns that have patterns.
	Events   []dyad.Event   // Events are the events coded.
	Notes    []string       // Notes are remarks on the sentence as a whole.
	Work     int            // Work counts the coder's steps on the sentence; it is bounded whatever the sentence.
}

// VerbTrace says what happened at one verb or event noun.
type VerbTrace struct {
	Token   int      // Token is the 0-based token index.
	Word    string   // Word is the word in the text.
	Lemma   string   // Lemma is its lemma.
	Tried   []Try    // Tried lists the patterns tried.
	Chosen  string   // Chosen is the pattern that won, or "".
	Sources []string // Sources are the source actors found.
	Targets []string // Targets are the target actors found.
	Outcome string   // Outcome says what was coded, or why nothing was.
}

// Try is one pattern tried at a verb.
type Try struct {
	Pattern string // Pattern is the pattern as written in its file.
	Where   string // Where is its file and line.
	Score   int    // Score is how many of its slots were found.
	Missing string // Missing is the first slot not found, "" if it matched.
}

// Explain codes sentence i of a (which earlier stages have filled) and
// says how.
func (c *Coder) Explain(a *dyad.Analysis, i int) *Trace {
	s := a.Sentences[i]
	ms := mentionsBySentence(a)[i]
	tr := &Trace{Sentence: i, Parsed: len(s.Tokens) > 0, Tokens: s.Tokens, Mentions: ms}
	if s.Boilerplate {
		tr.Notes = append(tr.Notes, "boilerplate line: not coded")
		return tr
	}
	var evs []dyad.Event
	if tr.Parsed {
		evs = c.syntax(a, i, ms, tr)
	} else {
		tr.Notes = append(tr.Notes, "no tokens (the NLP stage did not run): coded by words, without a parse")
		evs = c.shallow(a, i, ms, tr)
	}
	sports := isSportsArticle(a.Article.Text)
	for _, e := range evs {
		if why := contest(e, s.Span.In(a.Article.Text), sports); why != "" {
			tr.Notes = append(tr.Notes, e.CAMEO+" at \""+e.Evidence.Text+"\" not kept: "+why)
			continue
		}
		tr.Events = append(tr.Events, e)
	}
	return tr
}
