package api_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"dyad"
	"dyad/api"
	"dyad/sqlite"
	"dyad/storetest"
)

// newServer starts the API over a real SQLite store on a loopback listener.
func newServer(t *testing.T) string {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	a := storetest.Fixture("Xi met Carney.", "https://example.org/a", "2026-01-16", [][6]string{
		{"CHNGOV", "CANGOV", "CONSULT", "040", "2026-01-16", "asserted"},
		{"CANGOV", "CHNGOV", "CONSULT", "040", "2026-01-16", "asserted"},
		{"USAGOV", "CANBUS", "COERCE", "163", "2026-01-10", "planned"},
	}, "Xi Jinping")
	if _, err := st.PutAnalysis(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if err := st.PutFailure(context.Background(), dyad.Failure{Input: "bad.txt", Stage: "read", Reason: "text is empty"}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&api.Server{Store: st}).Handler())
	t.Cleanup(srv.Close)
	return srv.URL
}

func get(t *testing.T, url string, v any) int {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("GET %s: Content-Type %q", url, ct)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: decode: %v", url, err)
	}
	return resp.StatusCode
}

type list struct {
	Items  []json.RawMessage `json:"items"`
	Total  int               `json:"total"`
	Offset int               `json:"offset"`
	Limit  int               `json:"limit"`
}

func TestLists(t *testing.T) {
	base := newServer(t)
	tests := []struct {
		path              string
		items, total, lim int
	}{
		{"/api/v1/mentions", 2, 2, dyad.DefaultLimit},
		{"/api/v1/mentions?all_moods=true", 3, 3, dyad.DefaultLimit},
		{"/api/v1/mentions?source=CHN&target=CAN", 1, 1, dyad.DefaultLimit},
		{"/api/v1/mentions?type=CONSULT&from=2026-01-16&to=2026-01-16", 2, 2, dyad.DefaultLimit},
		{"/api/v1/mentions?limit=1&offset=1", 1, 2, 1},
		{"/api/v1/mentions?cameo=16&all_moods=1", 1, 1, dyad.DefaultLimit},
		{"/api/v1/events", 1, 1, dyad.DefaultLimit},
		{"/api/v1/events?all_moods=true&mentions=false", 2, 2, dyad.DefaultLimit},
		{"/api/v1/events?source=CHN&target=CAN", 0, 0, dyad.DefaultLimit},
		{"/api/v1/events?source=CHN&target=CAN&both=true", 1, 1, dyad.DefaultLimit},
		{"/api/v1/events?quad=1&all_moods=true", 2, 2, dyad.DefaultLimit},
		{"/api/v1/events?quad=4", 0, 0, dyad.DefaultLimit},
		{"/api/v1/events?outlet=example.org&min_confidence=0.5", 1, 1, dyad.DefaultLimit},
		{"/api/v1/series?source=CAN&target=CHN&by=day", 1, 0, 0},
		{"/api/v1/series?source=CAN&target=CHN&by=week&from=2026-01-01&to=2026-01-31", 5, 0, 0},
		{"/api/v1/top?dyads=true", 1, 0, 0},
		{"/api/v1/search?q=carney", 1, 1, dyad.DefaultLimit},
		{"/api/v1/quotes?speaker=xi", 1, 1, dyad.DefaultLimit},
		{"/api/v1/quotes?speaker=Trump", 0, 0, dyad.DefaultLimit},
		{"/api/v1/failures", 1, 1, dyad.DefaultLimit},
	}
	for _, tt := range tests {
		var l list
		if code := get(t, base+tt.path, &l); code != http.StatusOK {
			t.Errorf("GET %s: status %d", tt.path, code)
		}
		if len(l.Items) != tt.items || l.Total != tt.total || l.Limit != tt.lim {
			t.Errorf("GET %s: %d items, total %d, limit %d; want %d, %d, %d", tt.path, len(l.Items), l.Total, l.Limit, tt.items, tt.total, tt.lim)
		}
	}
}

func TestArticle(t *testing.T) {
	base := newServer(t)
	var a dyad.Analysis
	id := dyad.ArticleID("Xi met Carney.")
	if code := get(t, base+"/api/v1/articles/"+id, &a); code != http.StatusOK || a.Article.ID != id || len(a.Events) != 3 {
		t.Errorf("GET article: status %d, id %q, %d events", code, a.Article.ID, len(a.Events))
	}
}

func TestErrors(t *testing.T) {
	base := newServer(t)
	tests := []struct {
		path   string
		status int
		code   string
	}{
		{"/api/v1/articles/nope", 404, dyad.ENOTFOUND},
		{"/api/v1/events?from=yesterday", 400, dyad.EINVALID},
		{"/api/v1/events?limit=-1", 400, dyad.EINVALID},
		{"/api/v1/events?limit=100000", 400, dyad.EINVALID},
		{"/api/v1/events?all_moods=maybe", 400, dyad.EINVALID},
		{"/api/v1/events?quad=7", 400, dyad.EINVALID},
		{"/api/v1/events?min_confidence=high", 400, dyad.EINVALID},
		{"/api/v1/series?source=CAN", 400, dyad.EINVALID},
		{"/api/v1/series?source=CAN&target=CHN&by=year", 400, dyad.EINVALID},
		{"/api/v1/search?q=", 400, dyad.EINVALID},
		{"/api/v2/events", 404, dyad.ENOTFOUND},
	}
	for _, tt := range tests {
		var body struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		if code := get(t, base+tt.path, &body); code != tt.status || body.Error.Code != tt.code || body.Error.Message == "" {
			t.Errorf("GET %s: status %d, error %+v; want %d %s with a message", tt.path, code, body.Error, tt.status, tt.code)
		}
	}
}

func TestQuoteSources(t *testing.T) {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "dyad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, url := range []string{"https://a.example/1", "https://b.example/2"} {
		a := storetest.Fixture("Xi spoke in "+url+".", url, "2026-01-16", nil, "Xi Jinping")
		if _, err := st.PutAnalysis(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer((&api.Server{Store: st}).Handler())
	t.Cleanup(srv.Close)
	var copies, grouped struct {
		Items []dyad.QuoteRecord `json:"items"`
		Total int                `json:"total"`
	}
	get(t, srv.URL+"/api/v1/quotes?speaker=xi", &copies)
	get(t, srv.URL+"/api/v1/quotes?speaker=xi&grouped=true", &grouped)
	if copies.Total != 2 || grouped.Total != 1 || len(grouped.Items) != 1 {
		t.Fatalf("quotes: %d copies, %d grouped; want 2 and 1", copies.Total, grouped.Total)
	}
	if n := len(grouped.Items[0].Sources); n != 2 {
		t.Errorf("grouped quote has %d sources, want 2: %+v", n, grouped.Items[0].Sources)
	}
}
