-- The identity of a quotation across articles: qkey is quote.Key of its text
-- (lower-case letters and digits), qgroup the group of all its printings
-- (equal keys, or one a truncation of the other). Quotes stored before this
-- migration keep a group of their own.
ALTER TABLE quotes ADD COLUMN qkey TEXT NOT NULL DEFAULT '';
ALTER TABLE quotes ADD COLUMN qgroup TEXT NOT NULL DEFAULT '';
UPDATE quotes SET qgroup = article_id || '/' || idx;
CREATE INDEX quotes_qkey ON quotes(qkey);
CREATE INDEX quotes_qgroup ON quotes(qgroup);
