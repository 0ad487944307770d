// Package warc streams the HTML pages out of a WARC file (plain or with
// per-record gzip, as Common Crawl writes them), one record at a time, so an
// archive of any size never sits in memory. The records are parsed by
// github.com/nlnwa/gowarc; this package picks the HTTP responses with an HTML
// body and turns each into a Record.
//
// Reader is shaped like bufio.Scanner: Scan, Record, Err. A bad record (not
// HTML, too large, a broken HTTP block) comes back with its Err set and the
// scan goes on; a broken archive (truncated gzip, a cut-off record) ends the
// scan and Err says where.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
	"time"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// DefaultMaxBody is the largest HTTP body kept when Options.MaxBody is 0.
const DefaultMaxBody = 16 << 20

// Options tune a Reader. The zero value works.
type Options struct {
	MaxBody int64 // MaxBody caps a record's HTTP body; a larger one is reported, not read. 0 means DefaultMaxBody.
	AllHTTP bool  // AllHTTP returns every HTTP response, not only 2xx HTML ones.
}

// Record is one HTTP response of the archive.
type Record struct {
	Offset      int64     // Offset is where the record starts in the (compressed) input.
	ID          string    // ID is the WARC-Record-ID.
	URL         string    // URL is the WARC-Target-URI.
	Date        time.Time // Date is the WARC-Date: when the page was crawled.
	Status      int       // Status is the HTTP status code.
	ContentType string    // ContentType is the HTTP Content-Type header.
	Body        []byte    // Body is the HTTP payload, decoded from Content-Encoding gzip.
	Err         error     // Err says why this record cannot be used; the other fields are as far as known.
}

// Reader reads the HTML responses of a WARC stream.
type Reader struct {
	opts    Options
	in      *countingReader
	br      *bufio.Reader
	u       gowarc.Unmarshaler
	rec     Record
	err     error
	skipped int
}

// NewReader returns a Reader of the WARC records in r.
func NewReader(r io.Reader, opts Options) *Reader {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	in := &countingReader{r: r}
	return &Reader{
		opts: opts,
		in:   in,
		br:   bufio.NewReaderSize(in, 64<<10),
		u:    gowarc.NewUnmarshaler(gowarc.WithBufferMaxMemBytes(1 << 20)),
	}
}

// Scan advances to the next HTML response record, skipping requests,
// metadata and non-HTML responses. It returns false at the end of the input
// or on an error that ends the archive (see Err).
func (r *Reader) Scan() bool {
	if r.err != nil {
		return false
	}
	for {
		offset := r.in.n - int64(r.br.Buffered())
		rec, _, validation, err := r.u.Unmarshal(r.br)
		if err == nil && cutOff(validation) && r.atEOF() {
			err = fmt.Errorf("%w: %v", io.ErrUnexpectedEOF, errors.Join(validation...))
		}
		if errors.Is(err, io.EOF) && rec == nil {
			return false
		}
		if err != nil {
			if rec != nil {
				rec.Close()
			}
			r.err = fmt.Errorf("warc record at byte %d: %w", offset, truncation(err))
			return false
		}
		out, keep := r.convert(rec)
		rec.Close()
		if !keep {
			r.skipped++
			continue
		}
		out.Offset = offset
		r.rec = out
		return true
	}
}

// cutOff reports whether gowarc found a record without its end marker,
// which at the end of the input means the record was cut off. gowarc
// reports it only as text, so the text is matched.
func cutOff(validation []error) bool {
	for _, v := range validation {
		if m := v.Error(); strings.Contains(m, "end of record marker") || strings.Contains(m, "unexpected end of record") {
			return true
		}
	}
	return false
}

// atEOF reports whether the input is used up.
func (r *Reader) atEOF() bool {
	_, err := r.br.Peek(1)
	return err != nil
}

// Record returns the record Scan found.
func (r *Reader) Record() Record { return r.rec }

// Err returns the error that ended the scan, or nil at a clean end.
func (r *Reader) Err() error { return r.err }

// Skipped returns how many records were passed over (requests, metadata,
// non-HTML or non-2xx responses).
func (r *Reader) Skipped() int { return r.skipped }

// convert turns a gowarc record into a Record; keep is false for a record
// that is not an HTML response.
func (r *Reader) convert(rec gowarc.WarcRecord) (Record, bool) {
	if rec.Type() != gowarc.Response {
		return Record{}, false
	}
	h := rec.WarcHeader()
	out := Record{ID: h.Get(gowarc.WarcRecordID), URL: strings.Trim(h.Get(gowarc.WarcTargetURI), "<>")}
	out.Date, _ = h.GetTime(gowarc.WarcDate)
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return Record{}, false
	}
	out.Status = block.HttpStatusCode()
	if hh := block.HttpHeader(); hh != nil {
		out.ContentType = hh.Get("Content-Type")
	}
	if !r.opts.AllHTTP && (out.Status < 200 || out.Status > 299 || !isHTML(out.ContentType)) {
		return Record{}, false
	}
	out.Body, out.Err = r.body(block)
	return out, true
}

// body reads a response's payload up to the size cap.
func (r *Reader) body(block gowarc.HttpResponseBlock) ([]byte, error) {
	p, err := block.PayloadBytes()
	if err != nil {
		return nil, fmt.Errorf("read http payload: %w", err)
	}
	if hh := block.HttpHeader(); hh != nil && strings.EqualFold(hh.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(p)
		if err != nil {
			return nil, fmt.Errorf("gunzip http payload: %w", err)
		}
		defer zr.Close()
		p = zr
	}
	b, err := io.ReadAll(io.LimitReader(p, r.opts.MaxBody+1))
	switch {
	case err != nil:
		return nil, fmt.Errorf("read http payload: %w", err)
	case int64(len(b)) > r.opts.MaxBody:
		return nil, fmt.Errorf("http payload is larger than %d bytes", r.opts.MaxBody)
	case bytes.IndexByte(b[:min(len(b), 4096)], 0) >= 0:
		return nil, errors.New("http payload is binary (NUL bytes), not HTML")
	}
	return b, nil
}

// isHTML reports an HTML or XHTML content type; a missing one counts, since
// crawlers often store pages without it.
func isHTML(contentType string) bool {
	if contentType == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return strings.Contains(strings.ToLower(contentType), "html")
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// truncation names a cut-off archive for a person.
func truncation(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return fmt.Errorf("archive is truncated (%w); the records before it were read", err)
	}
	if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
		return fmt.Errorf("archive gzip is corrupt (%w); the records before it were read", err)
	}
	return err
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
