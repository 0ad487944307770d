package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/nlp/conllu"
)

// ewtArticles writes the documents of the UD English EWT files as a JSONL
// article file in dir: one article a "# newdoc" document, its sentences'
// "# text" lines each followed by a space and its paragraphs set off by a
// blank line, its URL "ewt:" and the document id, dated 2001-01-01 for the
// Enron e-mails and 2004-06-01 for the rest (weblogs, newsgroups, reviews,
// answers of about those years), so that the actors are those of that
// time. The verdicts' spans are byte offsets into these texts.
func ewtArticles(t *testing.T, dir string, files ...string) string {
	t.Helper()
	out := filepath.Join(dir, "ewt.jsonl")
	w, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	enc := json.NewEncoder(w)
	var id string
	var text strings.Builder
	flush := func() {
		if id == "" {
			return
		}
		published := "2004-06-01"
		if strings.HasPrefix(id, "email") {
			published = "2001-01-01"
		}
		if err := enc.Encode(map[string]string{"url": "ewt:" + id, "text": strings.TrimSpace(text.String()), "published": published}); err != nil {
			t.Fatal(err)
		}
		text.Reset()
	}
	for _, name := range files {
		sents, err := conllu.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sents {
			if s.NewDoc {
				flush()
				id = s.DocID
			}
			if s.NewPar {
				text.WriteString("\n\n")
			}
			text.WriteString(s.Text + " ")
		}
	}
	flush()
	return out
}

// TestWebTextPrecision codes the 1,174 documents of UD English EWT (web
// text: weblogs, newsgroups, e-mails, reviews, answers; not news) and
// scores dyad's asserted events against the hand verdicts of
// testdata/ewt-judged.tsv. Web text is full of opinion, allegation and
// hypothesis, so this measures how well dyad keeps to what is asserted.
func TestWebTextPrecision(t *testing.T) {
	tb := sharedPath(t, filepath.Join("data", "ud-english-ewt"))
	if testing.Short() {
		t.Skip("codes 1,174 documents; skipped with -short")
	}
	var files []string
	for _, s := range []string{"train", "dev", "test"} {
		files = append(files, filepath.Join(tb, "en_ewt-ud-"+s+".conllu.gz"))
	}
	count, precision := judgedPrecision(t, "ewt-judged.tsv", ewtArticles(t, t.TempDir(), files...))
	if precision < 0.40 || count["correct"] < 25 || count["unjudged"] > 15 {
		t.Errorf("precision %.3f (want >= 0.40), %d judged-correct events found (want >= 25), %d unjudged (want <= 15): "+
			"judge the new events and add them to testdata/ewt-judged.tsv, or find what lost the correct ones",
			precision, count["correct"], count["unjudged"])
	}
}
