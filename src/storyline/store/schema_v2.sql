-- Schema version 2: the story index kept as rows, so that a link call reads and writes only the parts
-- its batch touches (document frequencies of its terms, their posting lists, the candidate stories,
-- article -> story, merge redirects) instead of one JSON document that grows with the store.
-- ``part`` is one of the StoryIndex tables (link/stories.py), ``name`` a key in it, ``value`` JSON.
CREATE TABLE story_index (
    part  TEXT NOT NULL,
    name  TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (part, name)
) /*SQLITE: WITHOUT ROWID*/;
