package nlp

import (
	"os"
	"testing"

	"dyad/nlp/conllu"
)

func TestTryTagger(t *testing.T) {
	if os.Getenv("DYAD_TRY") == "" {
		t.Skip()
	}
	dir := "/work/shared/data/ud-english-ewt/"
	train, _ := conllu.ReadFile(dir + "en_ewt-ud-train.conllu.gz")
	dev, _ := conllu.ReadFile(dir + "en_ewt-ud-dev.conllu.gz")
	trainTagger(train, dev, newTagSet(train), 6, 1, os.Stdout)
}
