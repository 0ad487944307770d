package sqlite

import (
	"context"

	"dyad"
)

// The per-article queries are eventdb's, over this store's database.

// PutAnalysis stores a document, its events, quotes and merged events in
// one transaction; false, changing nothing, if the article is stored.
func (s *Store) PutAnalysis(ctx context.Context, a *dyad.Analysis) (bool, error) {
	return s.events.PutAnalysis(ctx, a, s.now())
}

// PutFailure records a failure once per input, stage and reason.
func (s *Store) PutFailure(ctx context.Context, f dyad.Failure) error {
	if f.Time.IsZero() {
		f.Time = s.now()
	}
	return s.events.PutFailure(ctx, f)
}

// Analysis returns the stored document of an article.
func (s *Store) Analysis(ctx context.Context, id string) (*dyad.Analysis, error) {
	return s.events.Analysis(ctx, id)
}

// Events returns the event reports matching f and how many match.
func (s *Store) Events(ctx context.Context, f dyad.EventFilter) ([]dyad.EventRecord, int, error) {
	return s.events.Events(ctx, f)
}

// Quotes returns the quotes matching f and how many match.
func (s *Store) Quotes(ctx context.Context, f dyad.QuoteFilter) ([]dyad.QuoteRecord, int, error) {
	return s.events.Quotes(ctx, f)
}

// Failures returns the recorded failures, newest first.
func (s *Store) Failures(ctx context.Context, p dyad.Page) ([]dyad.Failure, int, error) {
	return s.events.Failures(ctx, p)
}
