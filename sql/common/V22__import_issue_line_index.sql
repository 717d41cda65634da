-- The file-wide warnings of a bundle (line 0: a file missing, read as Windows-874) are read for every
-- page of submissions that grading reads; without this index that read went through every issue of
-- the bundle (ImportedSubmissions.issuesOf).
CREATE INDEX ix_import_issue_line ON import_issue (bundle_key, line_no);
