// Command genwarc writes a test WARC.gz archive (one gzip member a record,
// as Common Crawl writes them) of the HTML pages in a folder, repeated with
// distinct URLs, to measure streaming ingestion on archives of any size:
//
//	go run ./warc/internal/genwarc -pages ../shared/bench/extraction/html -repeat 20 -o /tmp/big.warc.gz
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"time"
)

func main() {
	pages := flag.String("pages", "", "folder of .html pages")
	repeat := flag.Int("repeat", 1, "times each page is written, each under its own URL")
	out := flag.String("o", "", "output .warc.gz path")
	flag.Parse()
	if *pages == "" || *out == "" {
		log.Fatal("genwarc: -pages and -o are required")
	}
	paths, err := filepath.Glob(filepath.Join(*pages, "*.html"))
	if err != nil || len(paths) == 0 {
		log.Fatalf("genwarc: no pages in %s: %v", *pages, err)
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	n := 0
	for r := 0; r < *repeat; r++ {
		for _, p := range paths {
			body, err := os.ReadFile(p)
			if err != nil {
				log.Fatal(err)
			}
			uri := fmt.Sprintf("https://example.org/%d/%s", r, filepath.Base(p))
			if err := writeRecord(f, n, uri, body); err != nil {
				log.Fatal(err)
			}
			n++
		}
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("wrote %d records to %s\n", n, *out)
}

func writeRecord(w io.Writer, n int, uri string, body []byte) error {
	http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", len(body))
	length := len(http) + len(body)
	zw := gzip.NewWriter(w)
	fmt.Fprintf(zw, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012d>\r\n", n)
	fmt.Fprintf(zw, "WARC-Date: %s\r\nWARC-Target-URI: %s\r\n", time.Date(2026, 1, 16, 0, 0, 0, 0, time.UTC).Format(time.RFC3339), uri)
	fmt.Fprintf(zw, "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s", length, http)
	zw.Write(body)
	io.WriteString(zw, "\r\n\r\n")
	return zw.Close()
}
