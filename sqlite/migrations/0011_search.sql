-- Full-text search over article titles and texts (FTS5, porter stemming);
-- rowid is the article's rowid.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'porter unicode61');
INSERT INTO articles_fts (rowid, title, body)
	SELECT rowid, title, json_extract(document, '$.article.text') FROM articles;
