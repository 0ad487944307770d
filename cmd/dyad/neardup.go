package main

import (
	"context"
	"fmt"

	"dyad"
	"dyad/dedup"
	"dyad/eventdb"
)

// nearDuplicates links each newly stored article to the stored ones with
// nearly the same text, so that counts can tell outlets from copies.
type nearDuplicates struct {
	store store
	index dedup.Index
}

// loadNearDuplicates rebuilds the index from the signatures in the store.
func loadNearDuplicates(ctx context.Context, st store) (*nearDuplicates, error) {
	nd := &nearDuplicates{store: st}
	err := st.Signatures(ctx, func(id string, b []byte) error {
		var sig dedup.Signature
		if err := sig.UnmarshalBinary(b); err != nil {
			return fmt.Errorf("signature of %s: %w", id, err)
		}
		nd.index.Add(id, sig)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load near-duplicate index: %w", err)
	}
	return nd, nil
}

// link signs a stored article, records its links, and returns how many
// earlier articles it nearly duplicates.
func (nd *nearDuplicates) link(ctx context.Context, a *dyad.Analysis) (int, error) {
	id := a.Article.ID
	sig := dedup.Sign(a.Article.Text)
	matches := nd.index.Add(id, sig)
	links := make([]eventdb.NearDuplicate, 0, len(matches))
	for _, m := range matches {
		if m.ID != id {
			links = append(links, eventdb.NearDuplicate{ArticleID: id, DuplicateOf: m.ID, Similarity: m.Similarity})
		}
	}
	b, _ := sig.MarshalBinary()
	if err := nd.store.PutSignature(ctx, id, b, links); err != nil {
		return 0, err
	}
	if best := closest(links); best != "" {
		// The copy counts once as a source in the merged events.
		if err := nd.store.MarkDuplicate(ctx, id, best); err != nil {
			return 0, fmt.Errorf("mark %s as a copy of %s: %w", id, best, err)
		}
	}
	return len(links), nil
}

// closest returns the article that links copies most closely, or "".
func closest(links []eventdb.NearDuplicate) string {
	best, sim := "", -1.0
	for _, l := range links {
		if l.Similarity > sim {
			best, sim = l.DuplicateOf, l.Similarity
		}
	}
	return best
}
