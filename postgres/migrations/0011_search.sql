-- Full-text search over article titles and texts: a tsvector (english
-- stemming) filled when an article is stored, with a GIN index.
ALTER TABLE articles ADD COLUMN search tsvector;
CREATE INDEX articles_search ON articles USING gin(search);
