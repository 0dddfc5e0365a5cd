-- A person's security version (issue 14 §4): raised whenever what a session of theirs may do must be looked at
-- again (deactivation, a change of roles, a password reset or change). A session remembers it at sign-in and ends
-- as soon as it no longer matches; the check reads it by login (unique index) on each request.
ALTER TABLE directory.staff ADD COLUMN security_version integer NOT NULL DEFAULT 0;
