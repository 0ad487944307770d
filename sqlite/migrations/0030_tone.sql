-- Tone (package tone, −100..100) for the query side: each article's tone,
-- each merged event's (the mean over the articles that report it, GDELT's
-- AvgTone), and per day the sum and count of the events' tones, from which
-- a series gives the mean. Articles stored before this migration get their
-- tone from their document, and their events lose their block so that
-- opening the store clusters them again (eventdb.Backfill), with tones.
ALTER TABLE articles ADD COLUMN tone REAL;
UPDATE articles SET tone = json_extract(document, '$.tone');
UPDATE events SET block = NULL WHERE article_id IN (SELECT id FROM articles WHERE tone IS NOT NULL);
ALTER TABLE clusters ADD COLUMN tone REAL;
ALTER TABLE dyad_days ADD COLUMN tone_sum REAL NOT NULL DEFAULT 0;
ALTER TABLE dyad_days ADD COLUMN tone_events INTEGER NOT NULL DEFAULT 0;
-- The series over full actor codes reads this covering index only.
DROP INDEX clusters_dyad;
CREATE INDEX clusters_dyad ON clusters(source_country, target_country, date, mood, date_precision, quad_class, num_mentions, goldstein, tone);
