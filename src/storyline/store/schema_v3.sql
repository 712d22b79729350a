-- Schema version 3: a fuller or updated version of a stored article (its text holds the stored one
-- whole, plus more) is kept as an original and analysed in its own right; ``expands`` names the
-- shorter article it holds. Before, it was filed as a copy of it and its added paragraphs (often the
-- news: "UPDATE: the summit was called off") never reached the analysis.
ALTER TABLE articles ADD COLUMN expands TEXT;
