package sqlite_test

import (
	"context"
	"testing"
	"time"

	"dyad"
	"dyad/sqlite"

	"github.com/google/go-cmp/cmp"
)

func putArticle(t *testing.T, s *sqlite.Store, text string) string {
	t.Helper()
	art := dyad.Article{Text: text, ID: dyad.ArticleID(text), PublishedSource: dyad.PublishedUnknown}
	if _, err := s.PutAnalysis(context.Background(), &dyad.Analysis{Article: art}); err != nil {
		t.Fatalf("PutAnalysis: %v", err)
	}
	return art.ID
}

func TestNearDuplicates(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	a := putArticle(t, s, "The wire story as the agency wrote it.")
	b := putArticle(t, s, "The wire story as the agency wrote it, copied.")
	if err := s.PutSignature(ctx, a, []byte("sig-a"), nil); err != nil {
		t.Fatal(err)
	}
	link := sqlite.NearDuplicate{ArticleID: b, DuplicateOf: a, Similarity: 0.8}
	for range 2 { // idempotent
		if err := s.PutSignature(ctx, b, []byte("sig-b"), []sqlite.NearDuplicate{link}); err != nil {
			t.Fatal(err)
		}
	}
	var ids []string
	if err := s.Signatures(ctx, func(id string, sig []byte) error { ids = append(ids, id+"="+string(sig)); return nil }); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{a + "=sig-a", b + "=sig-b"}, ids); diff != "" {
		t.Errorf("Signatures (-want +got):\n%s", diff)
	}
	for _, id := range []string{a, b} {
		got, err := s.NearDuplicates(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]sqlite.NearDuplicate{link}, got); diff != "" {
			t.Errorf("NearDuplicates(%s) (-want +got):\n%s", id, diff)
		}
	}
	if err := s.PutSignature(ctx, "no-such-article", []byte("x"), nil); err == nil {
		t.Errorf("PutSignature(unknown article) = nil, want a foreign-key error")
	}
}

func TestFeedState(t *testing.T) {
	ctx := context.Background()
	s := MustOpen(t)
	st, err := s.FeedState(ctx, "https://f.example/rss")
	if err != nil || st != (sqlite.FeedState{URL: "https://f.example/rss"}) {
		t.Fatalf("FeedState(new) = %+v, %v", st, err)
	}
	want := sqlite.FeedState{URL: "https://f.example/rss", ETag: `"v1"`, LastModified: "Fri, 16 Jan 2026 09:30:00 GMT",
		PolledAt: time.Date(2026, 1, 16, 10, 0, 0, 0, time.UTC), LastError: "http 503"}
	if err := s.PutFeedState(ctx, want); err != nil {
		t.Fatal(err)
	}
	if got, err := s.FeedState(ctx, want.URL); err != nil || got != want {
		t.Errorf("FeedState = %+v, %v; want %+v", got, err, want)
	}
	if seen, _ := s.SeenFeedItem(ctx, want.URL, "g1"); seen {
		t.Errorf("SeenFeedItem before PutFeedItem = true")
	}
	if err := s.PutFeedItem(ctx, want.URL, "g1"); err != nil {
		t.Fatal(err)
	}
	if seen, err := s.SeenFeedItem(ctx, want.URL, "g1"); !seen || err != nil {
		t.Errorf("SeenFeedItem after PutFeedItem = %v, %v", seen, err)
	}
}
