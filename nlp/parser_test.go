package nlp

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/nlp/conllu"
)

func tinyTrain(t *testing.T) (train, sents []conllu.Sentence) {
	t.Helper()
	sents, err := conllu.ReadFile("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	for range 10 {
		train = append(train, sents...)
	}
	return train, sents
}

// TestTagCache checks that jackknifed tags written to a cache come back
// the same, that a cache of another treebank is refused, and that a
// parser-only training over a base model keeps its tagger.
func TestTagCache(t *testing.T) {
	train, sents := tinyTrain(t)
	path := filepath.Join(t.TempDir(), "tags")
	opts := TrainOptions{TaggerEpochs: 3, ParserEpochs: 3, LabelerEpochs: 3, Folds: 3, TagCache: path, ArcLabels: true}.withDefaults()
	tags := newTagSet(train)
	want, err := jackknifeCached(train, tags, nil, opts, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no cache written: %v", err)
	}
	got, err := readTagCache(path, train)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if strings.Join(got[i].tags, " ") != strings.Join(want[i].tags, " ") ||
			strings.Join(got[i].upos, " ") != strings.Join(want[i].upos, " ") {
			t.Fatalf("sentence %d: cached tags %v %v, want %v %v", i, got[i].upos, got[i].tags, want[i].upos, want[i].tags)
		}
	}
	if _, err := readTagCache(path, sents); err == nil {
		t.Error("readTagCache accepted a cache of another treebank")
	}
	base, err := Train(train, sents, opts, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	opts.Base = base
	m, err := Train(train, sents, opts, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if m.tagger != base.tagger || m.lemmatizer != base.lemmatizer {
		t.Error("parser-only training did not keep the base model's tagger and lemmatizer")
	}
	if sc := m.Evaluate(sents); sc.UAS < 100 || sc.LAS < 100 {
		t.Errorf("parser-only tiny model on its training data: %+v, want 100 %%", sc)
	}
	if m.parsers[0].arcs == nil || base.parsers[0].arcs == nil {
		t.Error("ArcLabels: a parser without an arc scorer")
	}
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&b)
	if err != nil {
		t.Fatal(err)
	}
	if m2.parsers[0].arcs == nil {
		t.Error("the arc scorer was lost in encoding")
	}
	if sc := m2.Evaluate(sents); sc.UAS < 100 || sc.LAS < 100 {
		t.Errorf("decoded parser-only tiny model on its training data: %+v, want 100 %%", sc)
	}
}

// TestArcLabels checks the relation sets the move features see.
func TestArcLabels(t *testing.T) {
	st := newParseState([]string{"a", "b", "c"}, []string{"X", "X", "X"}, []string{"X", "X", "X"})
	if st.lab(0) != noLabel {
		t.Errorf("a state without relations gives relation %d", st.lab(0))
	}
	st.withLabels()
	st.attach(1, 0)
	st.setLabel(0, 3)
	st.attach(1, 2)
	st.setLabel(2, 70) // folded to bit 6
	if st.lab(0) != 3 || st.lab(2) != 70 || st.lab(1) != noLabel || st.lab(-1) != noLabel || st.lab(3) != noLabel {
		t.Errorf("labels %v", st.labels)
	}
	if st.lset[1] != 1<<3 || st.rset[1] != 1<<6 || labelSetOf(st.lset, -1) != -1 {
		t.Errorf("label sets left %b right %b", st.lset[1], st.rset[1])
	}
}

// TestReadModelDamaged checks that every truncation of a model, and a
// model whose parser has the wrong number of classes, is an error, never
// a panic.
func TestReadModelDamaged(t *testing.T) {
	train, sents := tinyTrain(t)
	m, err := Train(train, sents, TrainOptions{TaggerEpochs: 2, ParserEpochs: 2, LabelerEpochs: 2, Folds: 1, ArcLabels: true}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var enc bytes.Buffer
	if _, err := m.WriteTo(&enc); err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(&enc)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(raw); n += max(1, len(raw)/300) {
		if _, err := ReadModel(bytes.NewReader(gz(t, raw[:n]))); err == nil {
			t.Fatalf("ReadModel of the first %d of %d bytes: no error", n, len(raw))
		}
	}
	swapped := *m
	swapped.parsers = []*transitionParser{{model: m.parsers[0].arcs, arcs: m.parsers[0].model}}
	enc.Reset()
	if _, err := swapped.WriteTo(&enc); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadModel(&enc); !errors.Is(err, ErrBadModel) {
		t.Errorf("ReadModel with a parser of %d moves: error %v, want ErrBadModel", m.labeler.model.(interface{ Classes() int }).Classes(), err)
	}
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	if _, err := zw.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestPlainTemplates checks that a parser trained with the plain templates
// says so in its file, scores no added template, and that format 2 files
// (which predate the added templates) read as plain.
func TestPlainTemplates(t *testing.T) {
	train, sents := tinyTrain(t)
	m, err := Train(train, sents, TrainOptions{TaggerEpochs: 2, ParserEpochs: 2, LabelerEpochs: 2, Folds: 1, PlainTemplates: true}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var enc bytes.Buffer
	if _, err := m.WriteTo(&enc); err != nil {
		t.Fatal(err)
	}
	back, err := ReadModel(&enc)
	if err != nil || !back.parsers[0].plain {
		t.Fatalf("ReadModel: %v; plain %v, want a plain parser", err, err == nil && back.parsers[0].plain)
	}
	st := newParseState([]string{"xi", "met", "carney"}, []string{"NNP", "VBD", "NNP"}, []string{"PROPN", "VERB", "PROPN"})
	st.apply(shift)
	full := len(st.features(nil))
	st.plain = true
	if plain := len(st.features(nil)); plain >= full {
		t.Errorf("plain templates give %d features, all templates %d: want fewer", plain, full)
	}
	old, err := os.Open(filepath.Join("model", "en_ewt.model.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer old.Close()
	if shipped, err := ReadModel(old); err != nil || !shipped.parsers[0].plain {
		t.Errorf("the shipped model: %v; its parser must be plain (format 2, or format 3 trained with --plain-templates)", err)
	}
}
