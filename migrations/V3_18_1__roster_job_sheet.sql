-- Issue 18: staff may name the sheet of an XLSX roster (property companies' files often keep it off the first
-- sheet); the page upload stores that choice with the queued job. NULL: the first sheet that has a header.
ALTER TABLE roster_import_job ADD COLUMN sheet_name VARCHAR(100) NULL AFTER file_content;
