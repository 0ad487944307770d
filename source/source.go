// Package source provides the readers that turn dyad's inputs into
// articles: plain-text files, JSONL records, directories of them, and
// standard input. A Reader is shaped like bufio.Scanner; an input that
// cannot be read becomes an Item with its error, and reading goes on.
package source

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"dyad"
	"dyad/dedup"
)

// Item is one article read from an input, or the reason it could not be.
type Item struct {
	Input   string       // Input names where it came from: a path, "path:line" or "-".
	Article dyad.Article // Article holds the text and the caller's metadata.
	Err     error        // Err says why this item could not be read; Article is then partial.
}

// Reader reads the items of a list of inputs in order: "-" is standard
// input, a directory is read recursively (hidden files skipped, names in
// order). Each file's format is sniffed from its name and first bytes (or
// forced by Options.Format): a WARC archive gives one item per HTML
// response, a JSONL file one per record, a feed one per entry, a URL list
// one per URL, an HTML file or a plain-text file one article. A gzipped file
// is read through. Plain text loses its boilerplate lines (textclean) and
// HTML is reduced to its main text (extract).
type Reader struct {
	inputs []string
	stdin  io.Reader
	opts   Options
	item   Item
	next   func() (Item, bool) // the open JSONL stream, if any
	closer io.Closer
}

// NewReader returns a reader over inputs that sniffs their formats and does
// not fetch.
func NewReader(inputs []string, stdin io.Reader) *Reader {
	return NewReaderWith(inputs, stdin, Options{})
}

// NewReaderWith returns a reader over inputs with opts.
func NewReaderWith(inputs []string, stdin io.Reader, opts Options) *Reader {
	return &Reader{inputs: inputs, stdin: stdin, opts: opts}
}

// Scan advances to the next item and reports whether there is one.
func (r *Reader) Scan() bool {
	for {
		if r.next != nil {
			if it, ok := r.next(); ok {
				r.set(it)
				return true
			}
			r.closeStream()
		}
		if len(r.inputs) == 0 {
			return false
		}
		in := r.inputs[0]
		r.inputs = r.inputs[1:]
		if it, ok := r.open(in); ok {
			r.set(it)
			return true
		}
	}
}

// set makes it the current item, its URL in canonical form (tracking
// parameters and fragment removed), so the same page is stored once.
func (r *Reader) set(it Item) {
	if it.Article.URL != "" {
		it.Article.URL = dedup.CanonicalURL(it.Article.URL)
	}
	r.item = it
}

// Item returns the current item.
func (r *Reader) Item() Item { return r.item }

// Close releases the open file, if any.
func (r *Reader) Close() error {
	r.closeStream()
	return nil
}

func (r *Reader) closeStream() {
	if r.closer != nil {
		r.closer.Close()
	}
	r.next, r.closer = nil, nil
}

// open starts reading one input. It returns an item at once for a text
// file or an error, or sets up r.next for a stream of records.
func (r *Reader) open(in string) (Item, bool) {
	if in == "-" {
		return r.openStdin()
	}
	info, err := os.Stat(in)
	if err != nil {
		return Item{Input: in, Err: fmt.Errorf("open: %w", err)}, true
	}
	if info.IsDir() {
		files, err := walk(in)
		r.inputs = append(files, r.inputs...)
		if err != nil {
			return Item{Input: in, Err: fmt.Errorf("read directory: %w", err)}, true
		}
		return Item{}, false
	}
	f, err := os.Open(in)
	if err != nil {
		return Item{Input: in, Err: fmt.Errorf("open: %w", err)}, true
	}
	return r.stream(in, f, f, info.ModTime())
}

func (r *Reader) openStdin() (Item, bool) {
	return r.stream("-", r.stdin, nil, r.now())
}

func isJSONL(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson", ".json":
		return true
	}
	return false
}

// walk lists the regular files under dir, in name order, skipping hidden
// files and folders.
func walk(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// textItem reads one plain-text article, refusing more than an article may
// hold without reading it all.
func textItem(name string, r io.Reader) Item {
	it := Item{Input: name, Article: dyad.Article{PublishedSource: dyad.PublishedUnknown}}
	b, err := io.ReadAll(io.LimitReader(r, dyad.MaxTextBytes+1))
	switch {
	case err != nil:
		it.Err = fmt.Errorf("read: %w", err)
	case len(b) > dyad.MaxTextBytes:
		it.Err = dyad.Errorf(dyad.EINVALID, "more than %d bytes: too large for one article", dyad.MaxTextBytes)
	default:
		it.Article.Text = string(b)
		it.Err = dyad.ValidateText(it.Article.Text)
	}
	return it
}

// errLineTooLong marks a JSONL line longer than any record may be.
var errLineTooLong = errors.New("source: line too long")

// maxLine bounds a JSONL record: a full article plus escaping and fields.
const maxLine = 3*dyad.MaxTextBytes + 64<<10

// readLine reads one line of at most maxLine bytes; a longer line is
// consumed and reported as errLineTooLong.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	tooLong := false
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong && len(line)+len(chunk) > maxLine {
			tooLong, line = true, nil
		}
		if !tooLong {
			line = append(line, chunk...)
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case tooLong:
			return nil, errLineTooLong // a final EOF shows on the next call
		}
		return line, err
	}
}
