package main

import (
	"flag"
	"time"

	"dyad/fetch"
)

// fetchFlags adds the flags of the polite HTTP client to fs and returns a
// function that builds the client once they are parsed.
func fetchFlags(fs *flag.FlagSet) func() *fetch.Client {
	agent := fs.String("user-agent", fetch.DefaultUserAgent, "User-Agent `string` of fetches; put a contact in it")
	delay := fs.Duration("delay", fetch.DefaultDelay, "least `time` between two requests to one host (robots.txt Crawl-delay can raise it)")
	timeout := fs.Duration("timeout", fetch.DefaultTimeout, "`time` limit of one fetch")
	return func() *fetch.Client {
		return &fetch.Client{UserAgent: *agent, Delay: *delay, Timeout: *timeout, Now: time.Now}
	}
}

// fetchersFlag adds the flag that says how many pages are fetched at once.
func fetchersFlag(fs *flag.FlagSet) *int {
	return fs.Int("fetchers", 4, "pages of URL lists and feeds fetched at `N` at once (hosts in parallel, each keeping its delay)")
}
