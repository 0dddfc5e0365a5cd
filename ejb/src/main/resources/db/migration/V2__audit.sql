-- The one audit trail of all contexts. Each entry's hash covers the previous entry's hash and the
-- entry's own content, so an edited or deleted row breaks the chain where it happened.
CREATE SCHEMA audit;

CREATE TABLE audit.entry (
    id             bigint       PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    actor          varchar(64)  NOT NULL,
    action         varchar(64)  NOT NULL,
    object_type    varchar(64)  NOT NULL,
    object_id      varchar(128) NOT NULL,
    remote_address varchar(64)  NOT NULL,
    detail         text         NOT NULL,
    previous_hash  char(64)     NOT NULL,
    hash           char(64)     NOT NULL UNIQUE
);
CREATE SEQUENCE audit.entry_id_seq OWNED BY audit.entry.id;
CREATE INDEX entry_object ON audit.entry (object_type, object_id);

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER entry_append_only BEFORE UPDATE OR DELETE ON audit.entry
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER entry_never_truncated BEFORE TRUNCATE ON audit.entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

-- The application's role may only read and append; the triggers above hold even for the owner.
REVOKE UPDATE, DELETE, TRUNCATE ON audit.entry FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit.entry FROM CURRENT_USER;
