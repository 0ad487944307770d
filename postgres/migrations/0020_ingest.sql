-- What ingestion keeps besides articles, as in the SQLite store:
-- MinHash signatures of stored article texts (dedup.Signature, 256 bytes),
-- from which the near-duplicate index is rebuilt at start; sseq keeps
-- their storage order.
CREATE TABLE signatures (
	article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	minhash    BYTEA NOT NULL,
	sseq       BIGSERIAL
);
CREATE INDEX signatures_sseq ON signatures(sseq);

-- Near-duplicate links: article_id was stored after duplicate_of and their
-- texts are nearly the same (a wire story republished with small edits).
CREATE TABLE near_duplicates (
	article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	similarity   DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (article_id, duplicate_of)
);
CREATE INDEX near_duplicates_of ON near_duplicates(duplicate_of);

-- Feeds followed by dyad watch: the validators of the last fetch and when
-- it was polled.
CREATE TABLE feeds (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	polled_at     TEXT NOT NULL DEFAULT '',
	last_error    TEXT NOT NULL DEFAULT ''
);

-- Feed items already ingested (or failed), so a restart ingests only new ones.
CREATE TABLE feed_items (
	feed_url TEXT NOT NULL,
	guid     TEXT NOT NULL,
	seen_at  TEXT NOT NULL,
	PRIMARY KEY (feed_url, guid)
);
