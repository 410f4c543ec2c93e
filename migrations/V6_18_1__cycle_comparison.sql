-- Issue 18: the comparison step's count for cycles using equalshares(-/add1)-comparison, kept with the published
-- selection so the explanation page can say how many voters preferred each outcome. NULL for the other rules.
ALTER TABLE budget_cycle
    ADD COLUMN comparison_prefer_es     INT NULL AFTER min_votes,
    ADD COLUMN comparison_prefer_greedy INT NULL AFTER comparison_prefer_es;
