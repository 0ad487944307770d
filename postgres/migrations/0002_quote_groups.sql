-- The identity of a quotation across articles, as in sqlite/0002_quote_groups.sql:
-- qkey is quote.Key of its text, qgroup the group of all its printings; qseq
-- orders printings as they were stored (SQLite's rowid).
ALTER TABLE quotes ADD COLUMN qkey TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN qgroup TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN qseq BIGSERIAL;
UPDATE quotes SET qgroup = article_id || '/' || idx;
CREATE INDEX quotes_qkey ON quotes(qkey);
CREATE INDEX quotes_qgroup ON quotes(qgroup);
