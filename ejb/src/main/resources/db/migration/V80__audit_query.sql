-- The audit page and GET /api/v1/audit filter by person, action (or its prefix) and time, newest first.
CREATE INDEX entry_actor ON audit.entry (actor, id);
CREATE INDEX entry_action ON audit.entry (action text_pattern_ops, id);
CREATE INDEX entry_occurred_at ON audit.entry (occurred_at);
