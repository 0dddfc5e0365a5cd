-- Appending no longer waits for a lock held until commit (every desk booking is audited, and one global lock capped
-- bookings per second). The action's transaction writes its entry unsealed; a single sealer links committed entries
-- into the chain shortly after, in an insert-only table of its own. The chain's order is the seal's sequence: an
-- entry that commits late is simply sealed in a later round.
CREATE TABLE audit.seal (
    seq           bigint      PRIMARY KEY,
    entry_id      bigint      NOT NULL UNIQUE, -- no foreign key: its check locks the entry row, which needs UPDATE
    previous_hash char(64)    NOT NULL,
    hash          char(64)    NOT NULL UNIQUE,
    sealed_at     timestamptz NOT NULL DEFAULT now()
);

-- The chain so far was linked in id order with the same hash: its links move over unchanged.
INSERT INTO audit.seal (seq, entry_id, previous_hash, hash)
    SELECT row_number() OVER (ORDER BY id), id, previous_hash, hash FROM audit.entry;
ALTER TABLE audit.entry DROP COLUMN previous_hash, DROP COLUMN hash;
ALTER TABLE audit.entry ALTER COLUMN id SET DEFAULT nextval('audit.entry_id_seq');

-- Each day's head (and any published on demand), signed with a key kept outside the database.
CREATE TABLE audit.head (
    id            bigserial   PRIMARY KEY,
    day           date        NOT NULL,
    last_entry_id bigint      NOT NULL,
    entry_count   bigint      NOT NULL,
    hash          char(64)    NOT NULL,
    signature     char(64)    NOT NULL,
    published_at  timestamptz NOT NULL DEFAULT now()
);

-- The outcome of each verification, scheduled or on demand; the newest is shown.
CREATE TABLE audit.verification (
    id       bigserial   PRIMARY KEY,
    ran_at   timestamptz NOT NULL,
    checked  bigint      NOT NULL,
    intact   boolean     NOT NULL,
    problems text        NOT NULL -- "entryId FINDING" per line
);

CREATE TRIGGER seal_append_only BEFORE UPDATE OR DELETE ON audit.seal
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER seal_never_truncated BEFORE TRUNCATE ON audit.seal
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER head_append_only BEFORE UPDATE OR DELETE ON audit.head
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER head_never_truncated BEFORE TRUNCATE ON audit.head
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON audit.seal, audit.head, audit.verification FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit.seal, audit.head, audit.verification FROM CURRENT_USER;
