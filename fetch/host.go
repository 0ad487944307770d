package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsTTL is how long a host's robots.txt is trusted, and robotsRetry
// how long a host whose robots.txt could not be read is left alone.
const (
	robotsTTL   = 24 * time.Hour
	robotsRetry = 10 * time.Minute
	// maxCrawlDelay caps the Crawl-delay a robots.txt may ask for.
	maxCrawlDelay = time.Minute
)

// host is what the client knows of one host: its robots rules and when it
// may be asked next.
type host struct {
	load    sync.Mutex // load is held while robots.txt is fetched, so it is fetched once
	mu      sync.Mutex
	next    time.Time // next is the earliest time of the next request
	delay   time.Duration
	group   *robotstxt.Group // group is nil when everything is allowed
	unknown error            // unknown says why robots.txt could not be read (5xx, unreachable); nothing is allowed then
	loaded  time.Time
	agent   string
}

func (c *Client) host(u *url.URL) *host {
	c.mu.Lock()
	defer c.mu.Unlock()
	key := u.Scheme + "://" + u.Host
	h, ok := c.hosts[key]
	if !ok {
		h = &host{delay: c.Delay, agent: c.UserAgent}
		c.hosts[key] = h
	}
	return h
}

// wait blocks until the host may be asked again, then books the next slot.
func (h *host) wait(ctx context.Context, now func() time.Time) error {
	h.mu.Lock()
	t := now()
	start := h.next
	if t.After(start) {
		start = t
	}
	h.next = start.Add(h.delay)
	h.mu.Unlock()
	if d := start.Sub(t); d > 0 {
		timer := time.NewTimer(d)
		defer timer.Stop()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-timer.C:
		}
	}
	return nil
}

// allowed reports whether robots.txt lets the client fetch u.
func (h *host) allowed(u *url.URL) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.group == nil {
		return true
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return h.group.Test(path)
}

// loadRobots reads the host's robots.txt when it is not known or stale. Per
// RFC 9309, a 4xx answer allows everything and a 5xx or unreachable host
// disallows everything until the next try.
func (c *Client) loadRobots(ctx context.Context, h *host, u *url.URL) error {
	h.load.Lock()
	defer h.load.Unlock()
	h.mu.Lock()
	fresh := !h.loaded.IsZero() && c.Now().Sub(h.loaded) < robotsTTL
	unknown := h.unknown
	h.mu.Unlock()
	if fresh {
		return unknown
	}
	if err := h.wait(ctx, c.Now); err != nil {
		return err
	}
	ru := url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	req, err := http.NewRequestWithContext(context.WithValue(ctx, robotsFetch{}, true), http.MethodGet, ru.String(), nil)
	if err != nil {
		return fmt.Errorf("robots.txt of %s: %w", u.Host, err)
	}
	req.Header.Set("User-Agent", c.UserAgent)
	resp, err := c.HTTP.Do(req)
	var body []byte
	status := 0
	if err == nil {
		status = resp.StatusCode
		body, err = io.ReadAll(io.LimitReader(resp.Body, 512<<10))
		resp.Body.Close()
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.loaded, h.group, h.unknown = c.Now(), nil, nil
	switch {
	case err != nil || status >= 500:
		if err == nil {
			err = fmt.Errorf("http %d", status)
		}
		h.unknown = fmt.Errorf("robots.txt of %s cannot be read (%w), so nothing is fetched from it; it is tried again in %v", u.Host, err, robotsRetry)
		h.loaded = h.loaded.Add(robotsRetry - robotsTTL)
	case status >= 200 && status < 300:
		if data, perr := robotstxt.FromBytes(body); perr == nil {
			h.group = data.FindGroup(h.agent)
			h.delay = max(c.Delay, min(h.group.CrawlDelay, maxCrawlDelay))
		}
	}
	return h.unknown
}
