-- The schema of sqlite/migrations/0001_init.sql in PostgreSQL: the same
-- tables, columns and meaning; dates stay YYYY-MM-DD text so that both
-- stores compare and order them alike.
CREATE TABLE articles (
	id               TEXT PRIMARY KEY,
	url              TEXT UNIQUE,
	title            TEXT NOT NULL DEFAULT '',
	published        TEXT,
	published_source TEXT NOT NULL,
	language         TEXT NOT NULL DEFAULT '',
	site             TEXT NOT NULL DEFAULT '',
	document         TEXT NOT NULL,
	ingested_at      TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE events (
	id             TEXT PRIMARY KEY,
	article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	source_code    TEXT NOT NULL,
	source_country TEXT NOT NULL,
	target_code    TEXT NOT NULL DEFAULT '',
	target_country TEXT NOT NULL DEFAULT '',
	cameo          TEXT NOT NULL,
	cameo_root     TEXT NOT NULL,
	plover         TEXT NOT NULL,
	quad_class     INTEGER NOT NULL,
	goldstein      DOUBLE PRECISION NOT NULL,
	date           TEXT NOT NULL DEFAULT '',
	mood           TEXT NOT NULL,
	evidence_start INTEGER NOT NULL,
	body           TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_source_date ON events(source_country, date);
CREATE INDEX events_target_date ON events(target_country, date);
CREATE INDEX events_date ON events(date);

CREATE TABLE quotes (
	article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	idx             INTEGER NOT NULL,
	speaker_name    TEXT NOT NULL DEFAULT '',
	speaker_code    TEXT NOT NULL DEFAULT '',
	speaker_country TEXT NOT NULL DEFAULT '',
	body            TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_name);

CREATE TABLE failures (
	input      TEXT NOT NULL,
	article_id TEXT NOT NULL DEFAULT '',
	stage      TEXT NOT NULL,
	reason     TEXT NOT NULL,
	time       TEXT NOT NULL,
	PRIMARY KEY (input, stage, reason)
);
