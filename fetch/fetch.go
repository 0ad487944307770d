// Package fetch is a polite HTTP client for news pages and feeds: it obeys
// robots.txt, waits between requests to the same host, asks with
// conditional GETs (ETag, Last-Modified), caps time, redirects and body
// size, converts HTML and plain text to UTF-8, and names itself with a clear
// User-Agent.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html/charset"
)

// Defaults of a Client whose fields are zero.
const (
	DefaultUserAgent    = "dyad/1 (news event coder; +https://github.com/dyad)"
	DefaultDelay        = time.Second
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 16 << 20
	DefaultMaxRedirects = 5
)

// ErrDisallowed is returned for a URL that robots.txt forbids to fetch.
var ErrDisallowed = errors.New("fetch: disallowed by robots.txt")

// ErrTooLarge is returned for a body over the client's size cap.
var ErrTooLarge = errors.New("fetch: body over the size cap")

// StatusError is an HTTP answer other than 2xx or 304.
type StatusError struct {
	URL  string // URL is the URL asked for.
	Code int    // Code is the HTTP status code.
}

// Error says which URL answered what.
func (e *StatusError) Error() string {
	return fmt.Sprintf("fetch %s: http %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// Validators are what a server gave to tell later whether a page changed.
type Validators struct {
	ETag         string `json:"etag,omitempty"`          // ETag is the entity tag.
	LastModified string `json:"last_modified,omitempty"` // LastModified is the Last-Modified header, as sent.
}

// Response is a fetched page.
type Response struct {
	URL         string     // URL is the final URL, after redirects.
	Status      int        // Status is the HTTP status code (200 or 304).
	ContentType string     // ContentType is the Content-Type header.
	Body        []byte     // Body is the payload; HTML and plain text are converted to UTF-8.
	NotModified bool       // NotModified is true for a 304 answer to a conditional GET; Body is empty.
	Validators  Validators // Validators are the ones to send next time.
	Fetched     time.Time  // Fetched is when the answer came.
}

// Client fetches pages politely. The zero value works; set the fields
// before the first Get and do not change them after. It is safe for
// concurrent use.
type Client struct {
	HTTP         *http.Client     // HTTP does the requests; nil means one with Timeout and MaxRedirects.
	UserAgent    string           // UserAgent names the client; "" means DefaultUserAgent.
	Delay        time.Duration    // Delay is the least time between the starts of two requests to one host; robots.txt Crawl-delay can raise it.
	Timeout      time.Duration    // Timeout bounds one request, body included.
	MaxBytes     int64            // MaxBytes caps a body.
	MaxRedirects int              // MaxRedirects caps the redirects followed.
	IgnoreRobots bool             // IgnoreRobots skips robots.txt (only for hosts you own).
	Now          func() time.Time // Now is the clock; nil means time.Now.

	once  sync.Once
	mu    sync.Mutex
	hosts map[string]*host
}

func (c *Client) init() {
	c.once.Do(func() {
		c.hosts = map[string]*host{}
		if c.UserAgent == "" {
			c.UserAgent = DefaultUserAgent
		}
		if c.Delay <= 0 {
			c.Delay = DefaultDelay
		}
		if c.Timeout <= 0 {
			c.Timeout = DefaultTimeout
		}
		if c.MaxBytes <= 0 {
			c.MaxBytes = DefaultMaxBytes
		}
		if c.MaxRedirects <= 0 {
			c.MaxRedirects = DefaultMaxRedirects
		}
		if c.Now == nil {
			c.Now = time.Now
		}
		if c.HTTP == nil {
			c.HTTP = &http.Client{Timeout: c.Timeout, CheckRedirect: c.checkRedirect}
		}
	})
}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > c.MaxRedirects {
		return fmt.Errorf("more than %d redirects", c.MaxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
	}
	req.Header.Set("User-Agent", c.UserAgent)
	if c.IgnoreRobots || req.Context().Value(robotsFetch{}) != nil {
		return nil
	}
	h := c.host(req.URL)
	if err := c.loadRobots(req.Context(), h, req.URL); err != nil {
		return err
	}
	if !h.allowed(req.URL) {
		return fmt.Errorf("%w: redirect to %s", ErrDisallowed, req.URL)
	}
	return h.wait(req.Context(), c.Now)
}

// Get fetches rawURL, sending prev as conditional-GET validators when set.
// It waits for the host's turn, and returns ErrDisallowed when robots.txt
// forbids the URL, a *StatusError for an HTTP error and ErrTooLarge for a
// body over the cap.
func (c *Client) Get(ctx context.Context, rawURL string, prev Validators) (*Response, error) {
	c.init()
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("fetch %q: not an http(s) URL", rawURL)
	}
	h := c.host(u)
	if !c.IgnoreRobots {
		if err := c.loadRobots(ctx, h, u); err != nil {
			return nil, err
		}
		if !h.allowed(u) {
			return nil, fmt.Errorf("%w: %s", ErrDisallowed, rawURL)
		}
	}
	if err := h.wait(ctx, c.Now); err != nil {
		return nil, err
	}
	return c.do(ctx, u, prev)
}

func (c *Client) do(ctx context.Context, u *url.URL, prev Validators) (*Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	req.Header.Set("User-Agent", c.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5")
	if prev.ETag != "" {
		req.Header.Set("If-None-Match", prev.ETag)
	}
	if prev.LastModified != "" {
		req.Header.Set("If-Modified-Since", prev.LastModified)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer resp.Body.Close()
	out := &Response{
		URL: resp.Request.URL.String(), Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
		Validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
		Fetched:    c.Now(),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		out.Validators = prev
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, &StatusError{URL: u.String(), Code: resp.StatusCode}
	}
	if out.Body, err = c.read(resp); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	return out, nil
}

// read reads a body up to the cap, converting HTML and plain text to UTF-8.
func (c *Client) read(resp *http.Response) ([]byte, error) {
	if resp.ContentLength > c.MaxBytes {
		return nil, fmt.Errorf("%w: %d bytes announced, cap %d", ErrTooLarge, resp.ContentLength, c.MaxBytes)
	}
	var r io.Reader = resp.Body
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt == "text/html" || mt == "text/plain" {
		cr, err := charset.NewReader(resp.Body, resp.Header.Get("Content-Type"))
		if err == nil {
			r = cr
		}
	}
	b, err := io.ReadAll(io.LimitReader(r, c.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(b)) > c.MaxBytes {
		return nil, fmt.Errorf("%w of %d bytes", ErrTooLarge, c.MaxBytes)
	}
	return b, nil
}

// robotsFetch marks the context of a robots.txt request, whose redirects
// are not checked against robots.txt.
type robotsFetch struct{}

// IsTemporary reports whether a Get error may go away on a later try: a
// network failure, a timeout, a 5xx or 429 answer.
func IsTemporary(err error) bool {
	var se *StatusError
	switch {
	case err == nil, errors.Is(err, ErrDisallowed), errors.Is(err, ErrTooLarge):
		return false
	case errors.As(err, &se):
		return se.Code >= 500 || se.Code == http.StatusTooManyRequests
	}
	return !strings.Contains(err.Error(), "not an http(s) URL")
}

// Reason says why a Get failed without naming the URL, so that failures
// can be counted by reason: "http 503 Service Unavailable", "disallowed by
// robots.txt", "connection refused", "timeout".
func Reason(err error) string {
	var se *StatusError
	var ue *url.Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &se):
		return fmt.Sprintf("http %d %s", se.Code, http.StatusText(se.Code))
	case errors.Is(err, ErrDisallowed):
		return "disallowed by robots.txt"
	case errors.Is(err, ErrTooLarge):
		return "body over the size cap"
	case errors.As(err, &ue) && ue.Timeout():
		return "timeout"
	case errors.As(err, &ue):
		msg := ue.Err.Error()
		if i := strings.LastIndex(msg, ": "); i >= 0 && !strings.Contains(msg, "redirect") {
			msg = msg[i+2:]
		}
		return msg
	}
	return err.Error()
}

// ReasonError is a Get error whose message is its Reason; Unwrap gives
// the full error.
type ReasonError struct{ Err error }

// Error returns Reason(e.Err).
func (e ReasonError) Error() string { return "fetch: " + Reason(e.Err) }

// Unwrap returns the full error.
func (e ReasonError) Unwrap() error { return e.Err }
