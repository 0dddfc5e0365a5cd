-- With single sign-on, a person is known by the identity provider's immutable subject (issue 14 §4), not by a
-- username that can be renamed or given to someone else: linked at their first sign-in, unique to one person.
ALTER TABLE directory.staff ADD COLUMN sso_subject text UNIQUE;
