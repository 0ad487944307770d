package source_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"dyad/fetch"
	"dyad/source"

	"github.com/google/go-cmp/cmp"
)

// host is a test site that records when its pages were asked for. Its
// first page is answered only once the other host's first page has been
// asked for (or after a second), so that fetching one page at a time shows.
type host struct {
	*httptest.Server
	mu      sync.Mutex
	times   []time.Time
	entered chan struct{} // entered is closed when the first page is asked for
	other   *host
	waited  bool // waited is true when the first page had to time out
}

func newHost(t *testing.T) *host {
	h := &host{entered: make(chan struct{})}
	h.Server = httptest.NewServer(http.HandlerFunc(h.serve))
	t.Cleanup(h.Close)
	return h
}

func (h *host) serve(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/robots.txt" {
		http.NotFound(w, r)
		return
	}
	h.mu.Lock()
	h.times = append(h.times, time.Now())
	first := len(h.times) == 1
	h.mu.Unlock()
	if first {
		close(h.entered)
		select {
		case <-h.other.entered:
		case <-time.After(time.Second):
			h.mu.Lock()
			h.waited = true
			h.mu.Unlock()
		}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, strings.Replace(page, "Talks in Beijing", "Talks "+r.URL.Path, 2))
}

func TestReaderFetchesHostsAtOnce(t *testing.T) {
	a, b := newHost(t), newHost(t)
	a.other, b.other = b, a
	const delay = 200 * time.Millisecond
	client := &fetch.Client{Delay: delay}
	opts := source.Options{Fetchers: 4, Fetch: func(u string) (*fetch.Response, error) {
		return client.Get(context.Background(), u, fetch.Validators{})
	}}
	var list strings.Builder
	var want []string
	for i := 1; i <= 3; i++ {
		for _, h := range []*host{a, b} {
			u := fmt.Sprintf("%s/p%d", h.URL, i)
			list.WriteString(u + "\n")
			want = append(want, u)
		}
	}
	var got []string
	for _, it := range scanWith(t, opts, []string{"-"}, list.String()) {
		if it.Err != "" || !it.Text {
			t.Errorf("%s: error %q, text extracted %v", it.Input, it.Err, it.Text)
		}
		got = append(got, it.URL)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("items not in input order (-want +got):\n%s", diff)
	}
	for name, h := range map[string]*host{"a": a, "b": b} {
		if h.waited {
			t.Errorf("host %s: its first page was not fetched while the other host's was", name)
		}
		for i := 1; i < len(h.times); i++ {
			// The client books slots a delay apart; the server sees them
			// with the network's jitter.
			if gap := h.times[i].Sub(h.times[i-1]); gap < delay*3/4 {
				t.Errorf("host %s: requests %d and %d %v apart, want about the delay %v", name, i, i+1, gap, delay)
			}
		}
		if len(h.times) != 3 {
			t.Errorf("host %s: %d page requests, want 3", name, len(h.times))
		}
	}
}
