-- Ballot choices are stored sealed (AES-GCM, key outside the database, see ChoiceSeal): room for the ciphertext of
-- an election ballot with many candidates.
ALTER TABLE assembly_ballot MODIFY choice VARCHAR(2000) NULL;
ALTER TABLE assembly_ballot_history MODIFY choice VARCHAR(2000) NULL;
ALTER TABLE assembly_proxy_mandate MODIFY instruction VARCHAR(2000) NULL;
ALTER TABLE assembly_proxy_ballot MODIFY choice VARCHAR(2000) NOT NULL;
ALTER TABLE assembly_paper_entry MODIFY choice VARCHAR(2000) NOT NULL;
