package coder

import (
	"fmt"

	"dyad"
)

// stranded codes, by words, the verbs the parser did not make clauses of:
// a finite verb taken for a modifier of the noun after it ("U.S. agents
// abused Mexican immigrants" parsed as "agents [abused immigrants]") or
// left without a subject ("Yeltsin on Saturday hosted Hashimoto" parsed
// with "Yeltsin" as the root). For those verbs only, it keeps the events
// of the shallow coder (see shallow.go) that the syntax coder did not
// find, and says so in their rule.
func (c *Coder) stranded(a *dyad.Analysis, i int, t *tree, ms []dyad.Mention, have []dyad.Event, tr *Trace) []dyad.Event {
	verbs := map[int]bool{} // start offsets of stranded verbs
	for v := range t.toks {
		if t.isStranded(v) {
			verbs[t.toks[v].Span.Start] = true
		}
	}
	if len(verbs) == 0 || len(ms) < 2 {
		return nil
	}
	seen := map[string]bool{}
	for _, e := range have {
		seen[e.Source.Code+e.Target.Code+e.CAMEO] = true
	}
	var out []dyad.Event
	for _, e := range c.shallow(a, i, ms, nil) {
		key := e.Source.Code + e.Target.Code + e.CAMEO
		if !verbs[e.Evidence.Span.Start] || seen[key] {
			continue
		}
		seen[key] = true
		e.Rule += "; the parse did not make this verb a clause with a subject"
		out = append(out, e)
		if tr != nil {
			tr.Notes = append(tr.Notes, fmt.Sprintf("%s at %q coded by words: the parse did not make the verb a clause with a subject", e.CAMEO, e.Evidence.Text))
		}
	}
	return out
}

// isStranded reports a verb the parser did not make a clause with a
// subject of: a verb with patterns attached as an adjective, or a finite
// verb with no subject, no "by" agent and no governing verb to take one
// from.
func (t *tree) isStranded(v int) bool {
	tok := t.toks[v]
	if tok.UPOS != "VERB" || v == 0 {
		return false
	}
	switch t.rel(v) {
	case "amod": // "police (sexually) abused migrants"; not "the abused migrants", "of heightened tensions", "war-torn", "US-led"
		s := v - 1
		for s > 0 && t.toks[s].UPOS == "ADV" {
			s--
		}
		subject := t.toks[s].UPOS == "NOUN" || t.toks[s].UPOS == "PROPN" || t.toks[s].UPOS == "PRON"
		subject = subject || t.toks[s].UPOS == "AUX" && strandingAux[t.lemma(s)] // "a court has issued arrest warrants": no adjective follows "has"
		return tok.XPOS != "VBG" && subject && t.toks[v-1].Span.End < tok.Span.Start
	case "acl": // "A U.S. official today praised Haiti's efforts" parsed as "today [praised efforts]"
		h := t.head[v]
		return h >= 0 && t.mention[h] < 0 && t.activeWithObject(v) && t.kid(v, "nsubj", "nsubj:pass") < 0
	case "parataxis", "root", "conj", "ccomp":
		if tok.XPOS != "VBD" && tok.XPOS != "VBZ" && tok.XPOS != "VBP" && !t.activeWithObject(v) {
			return false
		}
		if t.kid(v, "nsubj", "nsubj:pass", "expl", "csubj") >= 0 || t.frontedSubject(v) >= 0 {
			return false
		}
		h := t.head[v]
		return t.rel(v) == "root" || t.rel(v) == "parataxis" || h >= 0 && t.toks[h].UPOS != "VERB"
	}
	return false
}

// strandingAux are the auxiliaries of a perfect or future tense: a verb
// right after one is finite, never an adjective.
var strandingAux = set("have will shall")

// activeWithObject reports a past participle that the tagger took for the
// past tense's twin: it has an object and no auxiliary ("Yeltsin on
// Saturday hosted Hashimoto", tagged VBN), so it is a finite active verb.
func (t *tree) activeWithObject(v int) bool {
	tok := t.toks[v]
	return (tok.XPOS == "VBN" || tok.XPOS == "VBD") && t.kid(v, "obj") >= 0 && t.kid(v, "aux", "aux:pass", "cop") < 0
}
