package warc_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dyad/warc"

	"github.com/google/go-cmp/cmp"
)

// record writes one WARC/1.1 record of the given type with a block.
func record(typ, uri, block string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\n", typ, len(uri)+len(block))
	fmt.Fprintf(&b, "WARC-Date: 2026-01-16T10:00:00Z\r\nWARC-Target-URI: %s\r\n", uri)
	ct := "application/http; msgtype=response"
	if typ == "request" {
		ct = "application/http; msgtype=request"
	} else if typ != "response" {
		ct = "application/warc-fields"
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", ct, len(block), block)
	return b.Bytes()
}

func response(status int, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

func gz(b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	w.Close()
	return out.Bytes()
}

// archive returns the test archive's records, each gzipped when zip is true.
func archive(zip bool) [][]byte {
	recs := [][]byte{
		record("warcinfo", "", "software: dyad-test\r\n"),
		record("request", "https://a.example/1", "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n"),
		record("response", "https://a.example/1", response(200, "text/html; charset=utf-8", "<html><p>one</p></html>")),
		record("response", "https://a.example/logo.png", response(200, "image/png", "\x89PNG")),
		record("response", "https://a.example/gone", response(404, "text/html", "<p>not found</p>")),
		record("response", "https://a.example/bin", response(200, "text/html", "\x00\x01\x02")),
		record("response", "https://a.example/2", response(200, "text/html", "<html><p>two</p></html>")),
	}
	if zip {
		for i := range recs {
			recs[i] = gz(recs[i])
		}
	}
	return recs
}

type got struct {
	URL, Body, Err string
	Status         int
}

func scan(t *testing.T, in []byte) ([]got, error) {
	t.Helper()
	r := warc.NewReader(bytes.NewReader(in), warc.Options{})
	var out []got
	for r.Scan() {
		rec := r.Record()
		g := got{URL: rec.URL, Body: string(rec.Body), Status: rec.Status}
		if rec.Err != nil {
			g.Err = rec.Err.Error()
		}
		if rec.Date.IsZero() {
			t.Errorf("record %s has no date", rec.URL)
		}
		out = append(out, g)
	}
	return out, r.Err()
}

func TestReader(t *testing.T) {
	want := []got{
		{URL: "https://a.example/1", Body: "<html><p>one</p></html>", Status: 200},
		{URL: "https://a.example/bin", Err: "http payload is binary (NUL bytes), not HTML", Status: 200},
		{URL: "https://a.example/2", Body: "<html><p>two</p></html>", Status: 200},
	}
	for _, zip := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", zip), func(t *testing.T) {
			recs, err := scan(t, bytes.Join(archive(zip), nil))
			if err != nil {
				t.Fatalf("Err() = %v, want nil", err)
			}
			if diff := cmp.Diff(want, recs); diff != "" {
				t.Errorf("records mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReaderTruncated(t *testing.T) {
	for _, zip := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", zip), func(t *testing.T) {
			all := bytes.Join(archive(zip), nil)
			last := archive(zip)[6]
			cut := all[:len(all)-len(last)/2]
			recs, err := scan(t, cut)
			if err == nil || !strings.Contains(err.Error(), "truncated") {
				t.Errorf("Err() = %v, want a truncation error", err)
			}
			if len(recs) != 2 || recs[0].URL != "https://a.example/1" {
				t.Errorf("got %v, want the two records before the cut", recs)
			}
		})
	}
}

func TestReaderTooLarge(t *testing.T) {
	big := record("response", "https://a.example/big", response(200, "text/html", strings.Repeat("<p>x</p>", 1000)))
	r := warc.NewReader(bytes.NewReader(big), warc.Options{MaxBody: 100})
	if !r.Scan() {
		t.Fatalf("Scan() = false, err %v", r.Err())
	}
	if err := r.Record().Err; err == nil || !strings.Contains(err.Error(), "larger than 100") {
		t.Errorf("Record().Err = %v, want a size error", err)
	}
}

// TestReaderGarbage checks that bytes between records are skipped.
func TestReaderGarbage(t *testing.T) {
	recs := archive(true)
	in := bytes.Join([][]byte{recs[2], []byte("garbage\n"), recs[6]}, nil)
	got, err := scan(t, in)
	if err != nil || len(got) != 2 {
		t.Errorf("scan = %v, %v; want 2 records and no error", got, err)
	}
}

// FuzzReader checks that no input makes the reader panic, loop or break its cap.
func FuzzReader(f *testing.F) {
	f.Add(bytes.Join(archive(false), nil))
	f.Add(bytes.Join(archive(true), nil))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nabc"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r := warc.NewReader(bytes.NewReader(in), warc.Options{MaxBody: 1 << 16})
		for i := 0; r.Scan(); i++ {
			if i > len(in) {
				t.Fatalf("more records than input bytes")
			}
			if len(r.Record().Body) > 1<<16 {
				t.Fatalf("body over the cap")
			}
		}
	})
}

// BenchmarkReader measures streaming a generated archive of 1000 records.
func BenchmarkReader(b *testing.B) {
	var buf bytes.Buffer
	page := "<html><body>" + strings.Repeat("<p>The minister met the delegation on Friday.</p>", 200) + "</body></html>"
	for i := range 1000 {
		buf.Write(gz(record("response", fmt.Sprintf("https://a.example/%d", i), response(200, "text/html", page))))
	}
	dir := b.TempDir()
	path := filepath.Join(dir, "a.warc.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		r := warc.NewReader(f, warc.Options{})
		n := 0
		for r.Scan() {
			n++
		}
		f.Close()
		if r.Err() != nil || n != 1000 {
			b.Fatalf("read %d records, err %v", n, r.Err())
		}
	}
}
