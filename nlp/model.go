package nlp

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"

	"dyad/nlp/perceptron"
)

// Model is a trained tagger, lemmatizer, parser and relation labeler. It is
// immutable and safe for concurrent use.
type Model struct {
	tagger     *posTagger
	lemmatizer *lemmaTable
	parsers    []*transitionParser // an ensemble: left-to-right, right-to-left, ...
	labeler    *relLabeler
}

// magicClusters starts a model file whose tagger or parsers use word
// clusters; magic starts one without clusters (as written before them)
// and magicNoArcs the older files, whose parsers cannot name arcs as they
// make them. All three load.
const (
	magicClusters = "dyad-nlp-model 4\n"
	magic         = "dyad-nlp-model 3\n"
	magicNoArcs   = "dyad-nlp-model 2\n"
)

// Bits of the cluster flags of a format 4 model file.
const (
	taggerClusters  = 1 << iota // the tagger uses the cluster table
	parsersClusters             // the parsers use the cluster table
)

// compact returns m with the weights of its scorers pruned.
func (m *Model) compact(prune float64) *Model {
	pr := func(s scorer) scorer { return s.(*perceptron.Model).Pruned(prune) }
	return &Model{
		tagger:     (&posTagger{tags: m.tagger.tags, dict: m.tagger.dict, model: pr(m.tagger.model), second: prSecond(m.tagger.second, prune), clusters: m.tagger.clusters}).withWordScores(),
		lemmatizer: m.lemmatizer,
		parsers:    prParsers(m.parsers, prune),
		labeler:    &relLabeler{labels: m.labeler.labels, model: pr(m.labeler.model)},
	}
}

// compactParser returns m with the weights of its parsers and labeler
// pruned; its tagger is already compact.
func (m *Model) compactParser(prune float64) *Model {
	return &Model{tagger: m.tagger, lemmatizer: m.lemmatizer, parsers: prParsers(m.parsers, prune),
		labeler: &relLabeler{labels: m.labeler.labels, model: m.labeler.model.(*perceptron.Model).Pruned(prune)}}
}

func prParsers(ps []*transitionParser, prune float64) []*transitionParser {
	out := make([]*transitionParser, len(ps))
	for i, p := range ps {
		out[i] = &transitionParser{model: p.model.(*perceptron.Model).Pruned(prune), arcs: p.arcs, reverse: p.reverse, plain: p.plain, clusters: p.clusters}
		if p.arcs != nil {
			out[i].arcs = p.arcs.(*perceptron.Model).Pruned(prune)
		}
	}
	return out
}

// prSecond prunes the tagger's second pass, if any.
func prSecond(s scorer, prune float64) scorer {
	if s == nil {
		return nil
	}
	return s.(*perceptron.Model).Pruned(prune)
}

// Stats describes the size of a model.
func (m *Model) Stats() string {
	f := func(s scorer) string {
		pm := s.(*perceptron.Model)
		return fmt.Sprintf("%d features, %d weights", pm.Features(), pm.Weights())
	}
	ps := ""
	for _, p := range m.parsers {
		ps += fmt.Sprintf("parser (reverse %v) %s; ", p.reverse, f(p.model))
	}
	return fmt.Sprintf("tagger %d tags, %s; %slabeler %d relations, %s; lemmatizer %d forms, %d rules",
		len(m.tagger.tags), f(m.tagger.model), ps, len(m.labeler.labels), f(m.labeler.model),
		len(m.lemmatizer.forms), len(m.lemmatizer.rules))
}

// WriteTo writes the model, gzip-compressed, to w.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	flags, cl := m.clusterFlags()
	b := []byte(magic)
	if flags != 0 {
		b = []byte(magicClusters)
	}
	b = appendStrings(b, m.tagger.tags)
	b = appendStrings(b, m.labeler.labels)
	for _, s := range []scorer{m.tagger.model, m.labeler.model} {
		b = s.(*perceptron.Model).Append(b)
	}
	if m.tagger.second != nil {
		b = append(b, 1)
		b = m.tagger.second.(*perceptron.Model).Append(b)
	} else {
		b = append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(m.parsers)))
	for _, p := range m.parsers {
		b = append(b, byte(b2i(p.reverse)|b2i(p.arcs != nil)<<1|b2i(p.plain)<<2))
		b = p.model.(*perceptron.Model).Append(b)
		if p.arcs != nil {
			b = p.arcs.(*perceptron.Model).Append(b)
		}
	}
	b = appendMap(b, m.tagger.dict)
	b = appendMap(b, m.lemmatizer.forms)
	b = appendMap(b, m.lemmatizer.rules)
	if flags != 0 {
		b = append(b, flags)
		b = binary.LittleEndian.AppendUint64(b, cl.digest)
	}
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	if _, err := zw.Write(b); err != nil {
		return cw.n, fmt.Errorf("write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("write model: %w", err)
	}
	return cw.n, nil
}

// clusterFlags returns which parts of m use word clusters, and the table.
func (m *Model) clusterFlags() (byte, *clusterTable) {
	var flags byte
	cl := m.tagger.clusters
	if cl != nil {
		flags |= taggerClusters
	}
	for _, p := range m.parsers {
		if p.clusters != nil {
			flags |= parsersClusters
			cl = p.clusters
		}
	}
	return flags, cl
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ErrBadModel reports a model file that is not a dyad NLP model or is
// damaged.
var ErrBadModel = errors.New("nlp: not a dyad NLP model, or a damaged one; retrain it with \"dyad nlp train\"")

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", ErrBadModel)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	withClusters := bytes.HasPrefix(b, []byte(magicClusters))
	withArcs := withClusters || bytes.HasPrefix(b, []byte(magic))
	if !withArcs && !bytes.HasPrefix(b, []byte(magicNoArcs)) {
		return nil, fmt.Errorf("read model: %w", ErrBadModel)
	}
	d := &modelDecoder{b: b[len(magic):]}
	m := &Model{tagger: &posTagger{tags: d.strings()}, labeler: &relLabeler{labels: d.strings()}}
	m.tagger.model = d.perceptron()
	m.labeler.model = d.perceptron()
	if d.byte() == 1 {
		m.tagger.second = d.perceptron()
	}
	np := d.uvarint()
	for i := 0; i < np && d.err == nil; i++ {
		flags := d.byte() // bit 0: right to left; bit 1: with an arc scorer, bit 2: plain templates (format 3 only)
		if flags > 7 || (!withArcs && flags > 1) {
			d.err = ErrBadModel
		}
		p := &transitionParser{reverse: flags&1 == 1, plain: flags&4 != 0 || !withArcs} // format 2 had the plain templates
		moves := d.perceptron()
		if d.err == nil && moves.Classes() != nMoves {
			d.err = ErrBadModel
		}
		p.model = moves
		if flags&2 != 0 {
			arcs := d.perceptron()
			if d.err == nil && arcs.Classes() != len(m.labeler.labels) {
				d.err = ErrBadModel
			}
			p.arcs = arcs
		}
		m.parsers = append(m.parsers, p)
	}
	m.tagger.dict = d.stringMap()
	m.lemmatizer = &lemmaTable{forms: d.stringMap(), rules: d.stringMap()}
	if withClusters {
		if err := m.readClusters(d); err != nil {
			return nil, err
		}
	}
	if d.err != nil || len(d.b) != 0 || len(m.tagger.tags) == 0 || len(m.labeler.labels) == 0 || len(m.parsers) == 0 {
		return nil, fmt.Errorf("read model: %w", ErrBadModel)
	}
	m.tagger = m.tagger.withWordScores()
	return m, nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendStrings(b []byte, ss []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(ss)))
	for _, s := range ss {
		b = appendString(b, s)
	}
	return b
}

// appendMap appends the map's pairs sorted by key, so that the encoding of
// a model is reproducible.
func appendMap(b []byte, m map[string]string) []byte {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = appendString(appendString(b, k), m[k])
	}
	return b
}

type modelDecoder struct {
	b   []byte
	err error
}

func (d *modelDecoder) uvarint() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 || v > uint64(len(d.b)) {
		d.err = ErrBadModel
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

func (d *modelDecoder) byte() byte {
	if d.err != nil || len(d.b) == 0 {
		d.err = ErrBadModel
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *modelDecoder) string() string {
	n := d.uvarint()
	if d.err != nil || n > len(d.b) {
		d.err = ErrBadModel
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *modelDecoder) strings() []string {
	n := d.uvarint()
	out := make([]string, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		out = append(out, d.string())
	}
	return out
}

func (d *modelDecoder) stringMap() map[string]string {
	n := d.uvarint()
	out := make(map[string]string, n)
	for i := 0; i < n && d.err == nil; i++ {
		k := d.string()
		out[k] = d.string()
	}
	return out
}

func (d *modelDecoder) perceptron() *perceptron.Model {
	if d.err != nil {
		return nil
	}
	m, rest, err := perceptron.Decode(d.b)
	if err != nil {
		d.err = err
		return nil
	}
	d.b = rest
	return m
}

// ErrClusters reports a model trained with another word cluster table
// than the one this build embeds.
var ErrClusters = errors.New("nlp: the model was trained with another word cluster table than model/clusters.tsv.gz; retrain it")

// readClusters reads the cluster flags and table digest that end a format
// 4 model and gives the parts that use clusters the shipped table.
func (m *Model) readClusters(d *modelDecoder) error {
	flags := d.byte()
	if d.err != nil || len(d.b) < 8 || flags == 0 || flags > taggerClusters|parsersClusters {
		return fmt.Errorf("read model: %w", ErrBadModel)
	}
	digest := binary.LittleEndian.Uint64(d.b)
	d.b = d.b[8:]
	cl, err := loadClusters()
	if err != nil {
		return fmt.Errorf("read model: %w", err)
	}
	if cl.digest != digest {
		return fmt.Errorf("read model: %w", ErrClusters)
	}
	if flags&taggerClusters != 0 {
		m.tagger.clusters = cl
	}
	if flags&parsersClusters != 0 {
		for _, p := range m.parsers {
			p.clusters = cl
		}
	}
	return nil
}
