-- Merged events (clusters of reports across articles); see package cluster.

-- duplicate_of is the article this one copies (a syndicated or near-duplicate
-- text), filled by ingestion; a copy counts once as a source.
ALTER TABLE articles ADD COLUMN duplicate_of TEXT;

-- What clustering needs of each report: its block, its cluster, its outlet
-- and its sentence (a copy of the text, for mentions and syndication).
ALTER TABLE events ADD COLUMN block TEXT;
ALTER TABLE events ADD COLUMN cluster_id TEXT;
ALTER TABLE events ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN sentence_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN sentence_end INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN sentence_text TEXT NOT NULL DEFAULT '';
CREATE INDEX events_block ON events(block);
CREATE INDEX events_cluster ON events(cluster_id);

-- One row per merged event; body is its JSON without mentions.
CREATE TABLE clusters (
	id               TEXT PRIMARY KEY,
	block            TEXT NOT NULL,
	source_code      TEXT NOT NULL,
	source_country   TEXT NOT NULL,
	target_code      TEXT NOT NULL DEFAULT '',
	target_country   TEXT NOT NULL DEFAULT '',
	cameo            TEXT NOT NULL,
	cameo_root       TEXT NOT NULL,
	plover           TEXT NOT NULL,
	quad_class       INTEGER NOT NULL,
	goldstein        REAL NOT NULL,
	date             TEXT NOT NULL DEFAULT '',
	date_precision   TEXT NOT NULL,
	mood             TEXT NOT NULL,
	location_name    TEXT NOT NULL DEFAULT '',
	location_country TEXT NOT NULL DEFAULT '',
	num_mentions     INTEGER NOT NULL,
	num_articles     INTEGER NOT NULL,
	num_sources      INTEGER NOT NULL,
	confidence       REAL NOT NULL,
	first_seen       TEXT NOT NULL DEFAULT '',
	last_seen        TEXT NOT NULL DEFAULT '',
	body             TEXT NOT NULL
);
-- The series and top queries read these covering indexes only (no table
-- lookups): one range per direction of a dyad, one range of dates.
CREATE INDEX clusters_block ON clusters(block);
CREATE INDEX clusters_dyad ON clusters(source_country, target_country, date, mood, date_precision, quad_class, num_mentions, goldstein);
CREATE INDEX clusters_target ON clusters(target_country, date);
CREATE INDEX clusters_date ON clusters(date, mood, source_country, target_country, num_mentions, goldstein);

-- Daily counts of asserted merged events per directed pair of countries,
-- kept up to date with the clusters of each block: the series query reads
-- at most one row per day and quad class instead of every event.
CREATE TABLE dyad_days (
	source_country TEXT NOT NULL,
	target_country TEXT NOT NULL,
	date           TEXT NOT NULL,
	date_precision TEXT NOT NULL,
	quad_class     INTEGER NOT NULL,
	events         INTEGER NOT NULL,
	mentions       INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	PRIMARY KEY (source_country, target_country, date, date_precision, quad_class)
);
