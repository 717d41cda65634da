-- What a memo's issue said (SHA-256 of the month's grades CSV it carries): a re-run whose grades are
-- the same keeps the issue as it was, so the memo is not marked revised and not sent again.
ALTER TABLE memo_issue ADD COLUMN content_sha256 VARCHAR(64) NULL;
