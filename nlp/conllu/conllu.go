// Package conllu reads and writes CoNLL-U, the file format of the Universal
// Dependencies treebanks: one word per line with its lemma, tags, features,
// head and relation, sentences separated by blank lines, and comment lines
// ("# text = ...") before each sentence.
package conllu

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word of a sentence.
type Word struct {
	ID     int    // ID is the 1-based position of the word in its sentence.
	Form   string // Form is the word as written.
	Lemma  string // Lemma is the dictionary form.
	UPOS   string // UPOS is the universal part-of-speech tag.
	XPOS   string // XPOS is the language-specific tag (Penn Treebank for English).
	Feats  string // Feats are the morphological features, "_" if none.
	Head   int    // Head is the ID of the head word, 0 for the root.
	Deprel string // Deprel is the relation to the head.
	Deps   string // Deps is the enhanced dependency graph column, kept as read.
	Misc   string // Misc is the MISC column ("SpaceAfter=No"), kept as read.
}

// Range is a multiword token: a surface token ("don't") covering the words
// First..Last ("do", "n't").
type Range struct {
	First, Last int    // First and Last are the IDs of the first and last word covered.
	Form        string // Form is the surface token.
	Misc        string // Misc is the token's MISC column.
}

// Sentence is one sentence of a treebank.
type Sentence struct {
	ID      string   // ID is the "# sent_id" value, or "".
	Text    string   // Text is the "# text" value: the raw sentence, or "".
	NewDoc  bool     // NewDoc is true if a "# newdoc" comment precedes the sentence.
	DocID   string   // DocID is the "# newdoc id" value of a sentence that starts a document, or "".
	NewPar  bool     // NewPar is true if a "# newpar" comment precedes the sentence.
	Words   []Word   // Words are the syntactic words, in order.
	Ranges  []Range  // Ranges are the multiword tokens, in order.
	Comment []string // Comment holds the other comment lines, without "# ".
}

// Reader reads sentences from CoNLL-U input, like bufio.Scanner: call Scan
// until it returns false, then check Err.
type Reader struct {
	sc   *bufio.Scanner
	line int
	cur  Sentence
	err  error
}

// NewReader returns a reader of r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	return &Reader{sc: sc}
}

// Scan reads the next sentence and reports whether there is one.
func (r *Reader) Scan() bool {
	if r.err != nil {
		return false
	}
	r.cur = Sentence{}
	started := false
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if line == "" {
			if len(r.cur.Words) > 0 {
				return true
			}
			continue
		}
		started = true
		if err := r.addLine(line); err != nil {
			r.err = fmt.Errorf("conllu line %d: %w", r.line, err)
			return false
		}
	}
	if err := r.sc.Err(); err != nil {
		r.err = fmt.Errorf("conllu line %d: %w", r.line, err)
		return false
	}
	return started && len(r.cur.Words) > 0
}

// Sentence returns the sentence read by the last call to Scan.
func (r *Reader) Sentence() Sentence { return r.cur }

// Err returns the first error met, or nil at the end of the input.
func (r *Reader) Err() error { return r.err }

func (r *Reader) addLine(line string) error {
	if strings.HasPrefix(line, "#") {
		r.addComment(strings.TrimSpace(strings.TrimPrefix(line, "#")))
		return nil
	}
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return fmt.Errorf("want 10 tab-separated columns, got %d", len(f))
	}
	if strings.Contains(f[0], ".") {
		return nil // empty node of the enhanced graph: not a word
	}
	if a, b, ok := strings.Cut(f[0], "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || last < first {
			return fmt.Errorf("bad token range %q", f[0])
		}
		r.cur.Ranges = append(r.cur.Ranges, Range{First: first, Last: last, Form: f[1], Misc: f[9]})
		return nil
	}
	id, err := strconv.Atoi(f[0])
	if err != nil || id != len(r.cur.Words)+1 {
		return fmt.Errorf("word ID %q, want %d", f[0], len(r.cur.Words)+1)
	}
	head := -1
	if f[6] != "_" {
		if head, err = strconv.Atoi(f[6]); err != nil || head < 0 {
			return fmt.Errorf("bad head %q", f[6])
		}
	}
	r.cur.Words = append(r.cur.Words, Word{ID: id, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4],
		Feats: f[5], Head: head, Deprel: f[7], Deps: f[8], Misc: f[9]})
	return nil
}

func (r *Reader) addComment(c string) {
	key, val, _ := strings.Cut(c, "=")
	key, val = strings.TrimSpace(key), strings.TrimSpace(val)
	switch {
	case key == "sent_id":
		r.cur.ID = val
	case key == "text":
		r.cur.Text = val
	case strings.HasPrefix(key, "newdoc"):
		r.cur.NewDoc = true
		if key == "newdoc id" {
			r.cur.DocID = val
		}
	case strings.HasPrefix(key, "newpar"):
		r.cur.NewPar = true
	default:
		r.cur.Comment = append(r.cur.Comment, c)
	}
}

// SpaceAfter reports whether the MISC column misc allows a space after its
// token (it does unless it holds SpaceAfter=No).
func SpaceAfter(misc string) bool {
	for _, m := range strings.Split(misc, "|") {
		if m == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// ReadFile reads every sentence of a CoNLL-U file, gzip-compressed if its
// name ends in ".gz".
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var in io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		defer gz.Close()
		in = gz
	}
	var out []Sentence
	r := NewReader(in)
	for r.Scan() {
		out = append(out, r.Sentence())
	}
	if err := r.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return out, nil
}

// Write writes s in CoNLL-U, ending with the blank line.
func Write(w io.Writer, s Sentence) error {
	bw := bufio.NewWriter(w)
	if s.ID != "" {
		fmt.Fprintf(bw, "# sent_id = %s\n", s.ID)
	}
	if s.Text != "" {
		fmt.Fprintf(bw, "# text = %s\n", s.Text)
	}
	ri := 0
	for _, wd := range s.Words {
		for ri < len(s.Ranges) && s.Ranges[ri].First == wd.ID {
			rg := s.Ranges[ri]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", rg.First, rg.Last, rg.Form, blank(rg.Misc))
			ri++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, wd.Form, blank(wd.Lemma), blank(wd.UPOS),
			blank(wd.XPOS), blank(wd.Feats), head, blank(wd.Deprel), blank(wd.Deps), blank(wd.Misc))
	}
	bw.WriteString("\n")
	return bw.Flush()
}

func blank(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
