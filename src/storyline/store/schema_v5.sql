-- Schema version 5: an event that names again an act its article told of before ("announced a deal
-- ... the deal was expensive") keeps that first mention's id, so the timeline shows one act with
-- every sentence about it. Events analysed before this version have none until `storyline analyze`.
ALTER TABLE events ADD COLUMN antecedent TEXT;
