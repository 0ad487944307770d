package nlp

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"io"
	"testing"
)

func gzString(t *testing.T, s string) []byte { t.Helper(); return gz(t, []byte(s)) }

// TestReadClusters checks that the table is keyed by the forms the
// features see (lower case, digits as 0), the most frequent word winning,
// and that damaged tables are errors.
func TestReadClusters(t *testing.T) {
	cl, err := readClusters(bytes.NewReader(gzString(t, "said\t3a7f\n1990\t0b12\n1991\t0b13\nparis\t7c01\n")))
	if err != nil {
		t.Fatal(err)
	}
	got := cl.of([]string{"said", "0000", "paris", "carney"})
	want := []string{"3a7f", "0b12", "7c01", "?"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("of(...)[%d] = %q, want %q", i, got[i], want[i])
		}
	}
	if cpre("3a7f", 2) != "3a" || cpre("?", 3) != "?" {
		t.Errorf("cpre: %q %q, want 3a and ?", cpre("3a7f", 2), cpre("?", 3))
	}
	for _, bad := range []string{"said 3a7f\n", "\t3a\n", "said\t\n"} {
		if _, err := readClusters(bytes.NewReader(gzString(t, bad))); err == nil {
			t.Errorf("readClusters(%q): no error", bad)
		}
	}
	if _, err := readClusters(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("readClusters(not gzip): no error")
	}
}

// TestShippedClusters checks that the embedded table loads and has the
// codes of frequent news words, also under the normalised form of a word
// with digits ("h1n1").
func TestShippedClusters(t *testing.T) {
	cl, err := loadClusters()
	if err != nil {
		t.Fatal(err)
	}
	if len(cl.codes) < 50000 {
		t.Errorf("shipped table has %d forms, want at least 50,000", len(cl.codes))
	}
	for _, w := range []string{"said", "government", "police", "h0n0"} {
		if c := cl.of([]string{w})[0]; c == "?" || len(c) < 3 {
			t.Errorf("code of %q = %q, want a code of three digits or more", w, c)
		}
	}
}

// TestTrainClusters checks that a model trained with clusters says so in
// its file, reads back with the same annotations, scores cluster features,
// and that a model recorded with another table does not load.
func TestTrainClusters(t *testing.T) {
	train, sents := tinyTrain(t)
	m, err := Train(train, sents, TrainOptions{TaggerEpochs: 2, ParserEpochs: 2, LabelerEpochs: 2, Folds: 1, TaggerClusters: true, ParserClusters: true}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if m.tagger.clusters == nil || m.parsers[0].clusters == nil {
		t.Fatal("Train with Clusters: tagger or parser without clusters")
	}
	var enc bytes.Buffer
	if _, err := m.WriteTo(&enc); err != nil {
		t.Fatal(err)
	}
	raw := gunzip(t, enc.Bytes())
	if !bytes.HasPrefix(raw, []byte(magicClusters)) {
		t.Fatalf("model file starts %q, want %q", raw[:len(magicClusters)], magicClusters)
	}
	back, err := ReadModel(bytes.NewReader(enc.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if back.tagger.clusters == nil || back.parsers[0].clusters == nil {
		t.Fatal("ReadModel: tagger or parser lost its clusters")
	}
	a, b := m.Evaluate(sents), back.Evaluate(sents)
	a.TokensPerSecond, a.TokensPerCPU, b.TokensPerSecond, b.TokensPerCPU = 0, 0, 0, 0
	if a != b {
		t.Errorf("read back: %+v, before writing %+v", b, a)
	}
	st := newParseState([]string{"xi", "met", "carney"}, []string{"NNP", "VBD", "NNP"}, []string{"PROPN", "VERB", "PROPN"})
	st.apply(shift)
	without := len(st.features(nil))
	st.clus = back.parsers[0].clusters.of(st.words)
	if with := len(st.features(nil)); with <= without {
		t.Errorf("parser features with clusters %d, without %d: want more", with, without)
	}
	other := append([]byte(nil), raw...)
	binary.LittleEndian.PutUint64(other[len(other)-8:], ^m.tagger.clusters.digest)
	if _, err := ReadModel(bytes.NewReader(gz(t, other))); !errors.Is(err, ErrClusters) {
		t.Errorf("ReadModel with another table's digest: error %v, want ErrClusters", err)
	}
	for n := len(raw) - 9; n < len(raw); n++ {
		if _, err := ReadModel(bytes.NewReader(gz(t, raw[:n]))); err == nil {
			t.Errorf("ReadModel of the first %d of %d bytes: no error", n, len(raw))
		}
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// BenchmarkReadClusters measures decoding the shipped cluster table, which
// a model with clusters adds to its load time.
func BenchmarkReadClusters(b *testing.B) {
	for range b.N {
		if _, err := readClusters(bytes.NewReader(shippedClusters)); err != nil {
			b.Fatal(err)
		}
	}
}
