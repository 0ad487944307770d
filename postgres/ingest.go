package postgres

import "dyad/eventdb"

// NearDuplicate links an article to an earlier one with nearly the same text.
type NearDuplicate = eventdb.NearDuplicate

// FeedState is what dyad watch remembers of a feed between polls.
type FeedState = eventdb.FeedState
