package fetch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad/fetch"
)

// site is a test server with a robots.txt, an ETag page, redirects and
// failures, recording when each request came.
type site struct {
	*httptest.Server
	mu     sync.Mutex
	times  map[string][]time.Time
	agents []string
}

func newSite(t *testing.T, robots string, robotsStatus int) *site {
	s := &site{times: map[string][]time.Time{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(robotsStatus)
		fmt.Fprint(w, robots)
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Fri, 16 Jan 2026 09:30:00 GMT")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<p>hello</p>")
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		w.Write([]byte("<p>d\xe9clar\xe9</p>"))
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/private/y", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, strings.Repeat("x", 5000))
	})
	mux.HandleFunc("/fail", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusServiceUnavailable)
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.times[r.URL.Path] = append(s.times[r.URL.Path], time.Now())
		s.agents = append(s.agents, r.UserAgent())
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func TestGet(t *testing.T) {
	s := newSite(t, "User-agent: *\nDisallow: /private\n", 200)
	c := &fetch.Client{Delay: time.Millisecond, MaxBytes: 1000}
	ctx := context.Background()

	r, err := c.Get(ctx, s.URL+"/page", fetch.Validators{})
	if err != nil {
		t.Fatalf("Get(/page): %v", err)
	}
	if string(r.Body) != "<p>hello</p>" || r.Validators.ETag != `"v1"` || r.Status != 200 {
		t.Errorf("Get(/page) = %q, %+v, %d", r.Body, r.Validators, r.Status)
	}
	again, err := c.Get(ctx, s.URL+"/page", r.Validators)
	if err != nil || !again.NotModified || again.Validators != r.Validators {
		t.Errorf("conditional Get(/page) = %+v, %v; want not modified with the same validators", again, err)
	}
	if r, err := c.Get(ctx, s.URL+"/latin1", fetch.Validators{}); err != nil || string(r.Body) != "<p>déclaré</p>" {
		t.Errorf("Get(/latin1) = %q, %v; want UTF-8", r.Body, err)
	}
	for _, agent := range s.agents {
		if agent != fetch.DefaultUserAgent {
			t.Errorf("User-Agent = %q, want %q", agent, fetch.DefaultUserAgent)
		}
	}
}

func TestGetErrors(t *testing.T) {
	s := newSite(t, "User-agent: *\nDisallow: /private\n", 200)
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	c := &fetch.Client{Delay: time.Millisecond, MaxBytes: 1000, Timeout: 5 * time.Second}
	tests := []struct {
		path      string
		url       string
		check     func(error) bool
		temporary bool
	}{
		{path: "/private/x", check: func(err error) bool { return errors.Is(err, fetch.ErrDisallowed) }},
		{path: "/to-private", check: func(err error) bool { return errors.Is(err, fetch.ErrDisallowed) }},
		{path: "/big", check: func(err error) bool { return errors.Is(err, fetch.ErrTooLarge) }},
		{path: "/loop", check: func(err error) bool { return err != nil && strings.Contains(err.Error(), "redirects") }, temporary: true},
		{path: "/fail", check: func(err error) bool {
			var se *fetch.StatusError
			return errors.As(err, &se) && se.Code == 503
		}, temporary: true},
		{path: "/missing", check: func(err error) bool {
			var se *fetch.StatusError
			return errors.As(err, &se) && se.Code == 404
		}},
		{url: closed.URL + "/page", check: func(err error) bool { return err != nil }, temporary: true},
		{url: "ftp://x.example/", check: func(err error) bool { return err != nil }},
	}
	for _, tt := range tests {
		u := tt.url
		if u == "" {
			u = s.URL + tt.path
		}
		_, err := c.Get(context.Background(), u, fetch.Validators{})
		if !tt.check(err) {
			t.Errorf("Get(%s) error = %v, not the one expected", u, err)
		}
		if r := fetch.Reason(err); r == "" || strings.Contains(r, s.URL) {
			t.Errorf("Reason(%v) = %q, want a reason without the URL", err, r)
		}
		if got := fetch.IsTemporary(err); got != tt.temporary {
			t.Errorf("IsTemporary(Get(%s) error %v) = %v, want %v", u, err, got, tt.temporary)
		}
	}
}

// TestRobotsRedirect checks that a robots.txt redirected within its host is
// followed (and does not deadlock the host).
func TestRobotsRedirect(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/real-robots.txt", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/real-robots.txt", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nDisallow: /no\n") })
	mux.HandleFunc("/yes", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := &fetch.Client{Delay: time.Millisecond, Timeout: 5 * time.Second}
	if _, err := c.Get(context.Background(), srv.URL+"/yes", fetch.Validators{}); err != nil {
		t.Errorf("Get(/yes) = %v", err)
	}
	if _, err := c.Get(context.Background(), srv.URL+"/no", fetch.Validators{}); !errors.Is(err, fetch.ErrDisallowed) {
		t.Errorf("Get(/no) = %v, want ErrDisallowed from the redirected robots.txt", err)
	}
}

func TestRobotsUnreadable(t *testing.T) {
	s := newSite(t, "", 500)
	c := &fetch.Client{Delay: time.Millisecond}
	if _, err := c.Get(context.Background(), s.URL+"/page", fetch.Validators{}); err == nil || !strings.Contains(err.Error(), "robots.txt") {
		t.Errorf("Get with robots.txt 500 = %v, want a robots.txt error", err)
	}
	if n := len(s.times["/page"]); n != 0 {
		t.Errorf("page was fetched %d times despite an unreadable robots.txt", n)
	}
	s404 := newSite(t, "", 404)
	if _, err := c.Get(context.Background(), s404.URL+"/page", fetch.Validators{}); err != nil {
		t.Errorf("Get with robots.txt 404 = %v, want everything allowed", err)
	}
}

// TestDelay checks that requests to one host are spaced by at least Delay.
func TestDelay(t *testing.T) {
	s := newSite(t, "", 404)
	const delay = 40 * time.Millisecond
	c := &fetch.Client{Delay: delay}
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := c.Get(context.Background(), s.URL+"/page", fetch.Validators{}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	var all []time.Time
	all = append(all, s.times["/robots.txt"]...)
	all = append(all, s.times["/page"]...)
	if n := len(s.times["/robots.txt"]); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once", n)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Before(all[j]) })
	// Start times are spaced by Delay; arrival times jitter with the
	// scheduler, so the span of all requests is checked, with 20ms slack.
	if span, want := all[len(all)-1].Sub(all[0]), time.Duration(len(all)-1)*delay-20*time.Millisecond; span < want {
		t.Errorf("%d requests came within %v, want at least %v", len(all), span, want)
	}
}
