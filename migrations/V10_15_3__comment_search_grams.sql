-- Search (issue 15): Chinese has no spaces, and InnoDB full-text has no n-gram parser in MariaDB. Each comment's
-- folded text is also stored as its overlapping character pairs, each written as a hex word ("电梯" -> one word
-- 753568af), so a FULLTEXT index finds the candidate comments and LIKE on search_text confirms the order
-- (docs/benchmarks.md, "Search").
ALTER TABLE comment ADD COLUMN search_grams MEDIUMTEXT CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '';
ALTER TABLE comment ADD FULLTEXT INDEX ft_comment_grams (search_grams);
