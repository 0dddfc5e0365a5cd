-- Demo data is marked as such, so that production mode can refuse it (issue 14 §1).
ALTER TABLE directory.staff ADD COLUMN demo boolean NOT NULL DEFAULT false;

-- Rows of a demo load made before this marker existed: the demo loader gave every demo account one and
-- the same PBKDF2 hash (one salt), which salted hashes made one by one never share.
UPDATE directory.staff SET demo = true
 WHERE password_hash IN (SELECT password_hash FROM directory.staff
                          WHERE password_hash IS NOT NULL GROUP BY password_hash HAVING count(*) > 1);
