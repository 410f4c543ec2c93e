-- The clause of the estate's rules that makes parking spaces count, as copied into the decision at publication.
ALTER TABLE assembly_decision ADD COLUMN parking_citation VARCHAR(500) NULL;
