-- No two departments share an abbreviation in document numbers (issue 14 §5): 企画調整課 and 企業立地課 both
-- numbering 金企第1号 made the second department's final approval fail for good.
ALTER TABLE approval.department_abbreviation
    ADD CONSTRAINT department_abbreviation_unique UNIQUE (abbreviation),
    ADD CONSTRAINT department_abbreviation_letters CHECK (abbreviation !~ '[0-9A-Za-z]');
