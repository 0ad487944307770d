package sqlite

import (
	"context"

	"dyad/eventdb"
)

// NearDuplicate links an article to an earlier one with nearly the same text.
type NearDuplicate = eventdb.NearDuplicate

// FeedState is what dyad watch remembers of a feed between polls.
type FeedState = eventdb.FeedState

// PutSignature stores an article's text signature and its links to earlier
// near-duplicates, in one transaction. Storing it again changes nothing.
func (s *Store) PutSignature(ctx context.Context, articleID string, sig []byte, links []NearDuplicate) error {
	return s.events.PutSignature(ctx, articleID, sig, links)
}

// Signatures calls fn with every stored signature, in storage order, and
// stops at fn's first error.
func (s *Store) Signatures(ctx context.Context, fn func(articleID string, sig []byte) error) error {
	return s.events.Signatures(ctx, fn)
}

// NearDuplicates returns the links of an article, both ways: to the earlier
// articles it copies and from the later ones that copy it.
func (s *Store) NearDuplicates(ctx context.Context, articleID string) ([]NearDuplicate, error) {
	return s.events.NearDuplicates(ctx, articleID)
}

// FeedState returns the state of a feed; a feed never polled has only its URL.
func (s *Store) FeedState(ctx context.Context, url string) (FeedState, error) {
	return s.events.FeedState(ctx, url)
}

// PutFeedState records the state of a feed after a poll.
func (s *Store) PutFeedState(ctx context.Context, st FeedState) error {
	return s.events.PutFeedState(ctx, st)
}

// SeenFeedItem reports whether an item of a feed was already handled.
func (s *Store) SeenFeedItem(ctx context.Context, feedURL, guid string) (bool, error) {
	return s.events.SeenFeedItem(ctx, feedURL, guid)
}

// PutFeedItem records that an item of a feed was handled.
func (s *Store) PutFeedItem(ctx context.Context, feedURL, guid string) error {
	return s.events.PutFeedItem(ctx, feedURL, guid, s.now())
}
