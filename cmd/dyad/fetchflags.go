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
