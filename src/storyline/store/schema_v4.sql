-- Schema version 4: when each reject was recorded, so `storyline rejects` can show the latest run's
-- (the rejects file beside the store holds only the last run; the table keeps every run's).
-- Rejects recorded before this version have no time and sort last.
ALTER TABLE rejects ADD COLUMN at TEXT;
CREATE INDEX rejects_at ON rejects (at);
