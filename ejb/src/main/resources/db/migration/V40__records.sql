-- Records (文書管理): originals byte for byte, their intake, their pages and the full-text index.
-- PostgreSQL is the single store: every node of a cluster searches the same index and serves the same files.
CREATE SCHEMA records;

-- One record per distinct original (its SHA-256); a second upload of the same bytes is an intake marked DUPLICATE.
-- My Numbers never appear here in clear: texts are masked, the numbers kept as keyed hashes (records.my_number).
CREATE TABLE records.record (
    id               bigserial    PRIMARY KEY,
    sha256           char(64)     NOT NULL UNIQUE,
    file_name        varchar(255) NOT NULL,
    content_type     varchar(100),
    size_bytes       bigint       NOT NULL CHECK (size_bytes >= 0),
    source           varchar(100) NOT NULL,
    scanner          varchar(64),
    received_at      timestamptz  NOT NULL,
    original         bytea        NOT NULL,
    archive_pdf      bytea,
    title            varchar(200),
    document_type    varchar(50),
    department       varchar(100),
    counterparty     varchar(200),
    amount           bigint,
    document_date    date,
    fiscal_year      integer,
    retention_years  integer      CHECK (retention_years IS NULL OR retention_years IN (0, 1, 3, 5, 10, 30)),
    page_count       integer,
    personal_data    varchar(100) NOT NULL DEFAULT '',
    has_my_number    boolean      NOT NULL DEFAULT false,
    corrected_by     varchar(64),
    indexed_at       timestamptz
);
CREATE INDEX record_filters ON records.record (fiscal_year, department, document_type);
CREATE INDEX record_date ON records.record (document_date);
CREATE INDEX record_amount ON records.record (amount);

-- Each file handed in (upload, scanner folder); its state is the API's status key.
CREATE TABLE records.intake (
    id            bigserial    PRIMARY KEY,
    record_id     bigint       REFERENCES records.record ON DELETE CASCADE,
    duplicate_of  bigint       REFERENCES records.record ON DELETE CASCADE,
    file_name     varchar(255) NOT NULL,
    source        varchar(100) NOT NULL,
    submitted_by  varchar(64),
    state         varchar(20)  NOT NULL CHECK (state IN ('QUEUED', 'EXTRACTING', 'OCR', 'WAITING_FOR_OCR',
                                                         'INDEXED', 'DUPLICATE', 'QUARANTINED')),
    step          varchar(40),
    pages_done    integer      NOT NULL DEFAULT 0,
    pages_total   integer,
    reason        text,
    received_at   timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CHECK (state <> 'DUPLICATE' OR duplicate_of IS NOT NULL)
);
CREATE INDEX intake_unfinished ON records.intake (id) WHERE state IN ('QUEUED', 'EXTRACTING', 'OCR', 'WAITING_FOR_OCR');
CREATE INDEX intake_record ON records.intake (record_id);

-- Pages: masked text, the search terms (Japanese unigrams and bigrams, Latin words, Kuromoji words) in a
-- tsvector of the simple configuration, line boxes for marking hits, and the redacted preview.
CREATE TABLE records.page (
    record_id   bigint      NOT NULL REFERENCES records.record ON DELETE CASCADE,
    page_no     integer     NOT NULL CHECK (page_no > 0),
    text        text        NOT NULL,
    terms       tsvector    NOT NULL,
    lines       text        NOT NULL DEFAULT '[]',
    source      varchar(20) NOT NULL,
    confidence  real,
    preview     bytea,
    PRIMARY KEY (record_id, page_no)
);
CREATE INDEX page_terms ON records.page USING gin (terms);

-- My Numbers as HMAC-SHA256 under a key kept outside the database.
CREATE TABLE records.my_number (
    record_id  bigint   NOT NULL REFERENCES records.record ON DELETE CASCADE,
    page_no    integer  NOT NULL,
    hmac       char(64) NOT NULL,
    PRIMARY KEY (record_id, page_no, hmac)
);
CREATE INDEX my_number_hmac ON records.my_number (hmac);

-- Classification rules: the first matching (lowest priority number) gives type, department and retention.
CREATE TABLE records.rule (
    id               serial       PRIMARY KEY,
    priority         integer      NOT NULL,
    pattern          varchar(200) NOT NULL,
    regex            boolean      NOT NULL DEFAULT false,
    scanner          varchar(64),
    document_type    varchar(50)  NOT NULL,
    department       varchar(100),
    retention_years  integer      NOT NULL CHECK (retention_years IN (0, 1, 3, 5, 10, 30))
);
INSERT INTO records.rule (priority, pattern, regex, scanner, document_type, department, retention_years) VALUES
    (10, '請求書', false, NULL, '請求書', NULL, 5),
    (20, '見積書', false, NULL, '見積書', NULL, 5),
    (30, '契約書', false, NULL, '契約書', NULL, 10),
    (40, '申請書', false, NULL, '申請書', NULL, 5),
    (50, '届出書|届$|転入届|転出届', true, NULL, '届出', '市民課', 5),
    (60, '議事録', false, NULL, '議事録', NULL, 10),
    (70, '通知', false, NULL, '通知', NULL, 3),
    (80, '拝啓|謹啓|敬具|敬白', true, NULL, '書簡', NULL, 3);
