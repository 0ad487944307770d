package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"dyad"
	"dyad/extract"
	"dyad/source"
)

const extractExample = `dyad extract --url https://www.bbc.com/news/articles/x page.html
dyad extract --input text scraped.txt   # boilerplate lines removed, date from "23 hours ago"`

func runExtract(ctx context.Context, env *Env, args []string) error {
	fs := newFlagSet(env, "extract", "extract [--url URL] [--published YYYY-MM-DD] [--input html|text] [--format json|text] [FILE|-]", extractExample)
	url := fs.String("url", "", "the page's `URL` (for relative links and a date in the path)")
	published := fs.String("published", "", "publication date `YYYY-MM-DD`, if you know it better than the page")
	input := fs.String("input", "", "input `format`: html or text (default: sniffed)")
	format := fs.String("format", "json", "output `format`: json (the dyad/1 article object) or text")
	if err := parseFlags(env, fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usagef("extract takes one FILE (or - for standard input), got %d", fs.NArg())
	}
	if *format != "json" && *format != "text" {
		return usagef("extract: --format %q: want json or text", *format)
	}
	if *input != "" && *input != source.FormatHTML && *input != source.FormatText {
		return usagef("extract: --input %q: want html or text", *input)
	}
	art, err := articleFromFlags(*url, "", *published)
	if err != nil {
		return err
	}
	name := fs.Arg(0)
	if name == "" {
		name = "-"
	}
	art, err = extractFile(env, name, *input, art)
	if err != nil {
		return fmt.Errorf("extract %s: %w", name, err)
	}
	if *format == "text" {
		_, err := fmt.Fprintf(env.Stdout, "title: %s\nurl: %s\npublished: %s (%s)\nsite: %s\nlanguage: %s\nauthors: %v\n\n%s\n",
			art.Title, art.URL, dyad.FormatDate(art.Published), art.PublishedSource, art.Site, art.Language, art.Authors, art.Text)
		return err
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(art)
}

// extractFile reads one page or text file and returns its article, with the
// caller's URL and date in caller.
func extractFile(env *Env, name, format string, caller dyad.Article) (dyad.Article, error) {
	var r io.Reader = env.Stdin
	crawled := time.Now()
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return dyad.Article{}, fmt.Errorf("open: %w", err)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil {
			crawled = info.ModTime()
		}
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	if format == "" {
		head, _ := br.Peek(512)
		if format = source.Sniff(name, head); format != source.FormatHTML {
			format = source.FormatText
		}
	}
	if format == source.FormatHTML {
		return extract.Extract(br, extract.Options{URL: caller.URL, Published: caller.Published, Crawled: crawled})
	}
	b, err := io.ReadAll(io.LimitReader(br, dyad.MaxTextBytes+1))
	if err != nil {
		return dyad.Article{}, fmt.Errorf("read: %w", err)
	}
	if len(b) > dyad.MaxTextBytes {
		return dyad.Article{}, dyad.Errorf(dyad.EINVALID, "more than %d bytes: too large for one article", dyad.MaxTextBytes)
	}
	caller.Text, caller.Language = string(b), ""
	if err := dyad.ValidateText(caller.Text); err != nil {
		return dyad.Article{}, err
	}
	art := source.CleanText(caller, crawled)
	if err := dyad.ValidateText(art.Text); err != nil {
		return dyad.Article{}, err
	}
	art.ID = dyad.ArticleID(art.Text)
	return art, nil
}
