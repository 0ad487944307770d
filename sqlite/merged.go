package sqlite

import (
	"context"

	"dyad"
)

// The merged-event queries are eventdb's, over this store's database.

// MergedEvents returns the merged events matching f and how many match.
func (s *Store) MergedEvents(ctx context.Context, f dyad.EventFilter) ([]dyad.MergedEvent, int, error) {
	return s.events.MergedEvents(ctx, f)
}

// Series returns the time series of one dyad.
func (s *Store) Series(ctx context.Context, q dyad.SeriesQuery) ([]dyad.SeriesPoint, error) {
	return s.events.Series(ctx, q)
}

// Top returns the most active actors or dyads.
func (s *Store) Top(ctx context.Context, q dyad.TopQuery) ([]dyad.Ranked, error) {
	return s.events.Top(ctx, q)
}

// SearchArticles searches the article texts and titles (FTS5).
func (s *Store) SearchArticles(ctx context.Context, q dyad.ArticleQuery) ([]dyad.ArticleHit, int, error) {
	return s.events.SearchArticles(ctx, q)
}

// EachMergedEvent calls fn for every merged event matching f.
func (s *Store) EachMergedEvent(ctx context.Context, f dyad.EventFilter, fn func(dyad.MergedEvent) error) error {
	return s.events.EachMergedEvent(ctx, f, fn)
}

// EachQuote calls fn for every quote matching f.
func (s *Store) EachQuote(ctx context.Context, f dyad.QuoteFilter, fn func(dyad.QuoteRecord) error) error {
	return s.events.EachQuote(ctx, f, fn)
}

// Recluster rebuilds every merged event from the stored reports.
func (s *Store) Recluster(ctx context.Context) (int, error) { return s.events.Recluster(ctx) }

// MarkDuplicate records that article id copies article of and updates the
// merged events.
func (s *Store) MarkDuplicate(ctx context.Context, id, of string) error {
	return s.events.MarkDuplicate(ctx, id, of)
}
