-- E-approval (電子決裁): document types, delegation rules, documents, their routes and tasks, the record.
CREATE SCHEMA approval;

-- What can be put up for approval; retention (保存年限) and filing volume (簿冊) come from the type.
CREATE TABLE approval.document_type (
    code            varchar(32)  PRIMARY KEY,
    name            varchar(50)  NOT NULL,
    name_en         varchar(80)  NOT NULL,
    has_amount      boolean      NOT NULL,
    retention_years integer      NOT NULL CHECK (retention_years > 0),
    filing_volume   varchar(100) NOT NULL,
    low_risk        boolean      NOT NULL DEFAULT false,
    sort_order      integer      NOT NULL DEFAULT 0
);
INSERT INTO approval.document_type (code, name, name_en, has_amount, retention_years, filing_volume, low_risk, sort_order) VALUES
    ('EXPENDITURE', '支出負担行為', 'Expenditure commitment', true, 5, '支出負担行為決議書綴', false, 10),
    ('CONTRACT', '契約', 'Contract', true, 10, '契約書綴', false, 20),
    ('GENERAL', '一般文書', 'General document', false, 5, '一般文書綴', false, 30),
    ('REPORT', '報告', 'Report', false, 3, '報告書綴', true, 40),
    ('CIRCULAR', '供覧', 'For circulation', false, 1, '供覧文書綴', true, 50);

-- The abbreviation of a 課 in document numbers (金企第123号: 企 for 企画調整課).
CREATE TABLE approval.department_abbreviation (
    department_code varchar(16) PRIMARY KEY,
    abbreviation    varchar(4)  NOT NULL
);

-- Delegation rules (専決規程): each saved edit is a new version, deployed to the engine as a DMN table.
CREATE TABLE approval.rules_version (
    version                integer      PRIMARY KEY,
    created_at             timestamptz  NOT NULL,
    created_by             varchar(64)  NOT NULL,
    note                   varchar(200) NOT NULL DEFAULT '',
    decision_definition_id varchar(64)
);
CREATE TABLE approval.rule (
    version        integer     NOT NULL REFERENCES approval.rules_version (version),
    line           integer     NOT NULL,
    document_type  varchar(32),
    amount_up_to   numeric(15, 0),
    final_position varchar(24) NOT NULL,
    PRIMARY KEY (version, line)
);

CREATE TABLE approval.approval (
    id                  bigserial    PRIMARY KEY,
    title               varchar(200) NOT NULL,
    document_type       varchar(32)  NOT NULL REFERENCES approval.document_type (code),
    amount              numeric(15, 0) CHECK (amount >= 0),
    counterparty        varchar(200),
    body                text         NOT NULL DEFAULT '',
    confidential        boolean      NOT NULL DEFAULT false,
    drafter_login       varchar(64)  NOT NULL,
    drafter_name        varchar(100) NOT NULL,
    department_code     varchar(16)  NOT NULL,
    department_name     varchar(100) NOT NULL,
    fiscal_year         integer      NOT NULL,
    retention_years     integer      NOT NULL,
    filing_volume       varchar(100) NOT NULL,
    state               varchar(16)  NOT NULL CHECK (state IN ('DRAFT', 'IN_PROGRESS', 'SENT_BACK', 'WITHDRAWN', 'APPROVED')),
    round               integer      NOT NULL DEFAULT 0,
    rules_version       integer      REFERENCES approval.rules_version (version),
    final_position      varchar(24),
    process_instance_id varchar(64),
    serial              integer,
    document_number     varchar(40),
    created_at          timestamptz  NOT NULL,
    submitted_at        timestamptz,
    approved_at         timestamptz,
    approved_on         date,
    version             integer      NOT NULL DEFAULT 0,
    CHECK ((state = 'APPROVED') = (document_number IS NOT NULL)),
    UNIQUE (fiscal_year, document_number),
    UNIQUE (department_code, fiscal_year, serial)
);
CREATE INDEX approval_drafter ON approval.approval (drafter_login, id DESC);
-- The search keys of the Electronic Book Preservation Act: date, amount, counterparty.
CREATE INDEX approval_record_date ON approval.approval (approved_on) WHERE state = 'APPROVED';
CREATE INDEX approval_record_amount ON approval.approval (amount) WHERE state = 'APPROVED';
CREATE INDEX approval_record_counterparty ON approval.approval (counterparty) WHERE state = 'APPROVED';

-- Consultations (合議) the drafter asks for: departments that must agree, in parallel.
CREATE TABLE approval.consultation_request (
    approval_id bigint      NOT NULL REFERENCES approval.approval (id) ON DELETE CASCADE,
    unit_code   varchar(16) NOT NULL,
    PRIMARY KEY (approval_id, unit_code)
);

-- Circulation (供覧): people who are shown the approved document, for information.
CREATE TABLE approval.circulation (
    approval_id bigint      NOT NULL REFERENCES approval.approval (id) ON DELETE CASCADE,
    login       varchar(64) NOT NULL,
    seen_at     timestamptz,
    PRIMARY KEY (approval_id, login)
);

-- One seat of the route per round of submission: the post is fixed, the person is found when the step starts.
CREATE TABLE approval.step (
    id               bigserial    PRIMARY KEY,
    approval_id      bigint       NOT NULL REFERENCES approval.approval (id) ON DELETE CASCADE,
    round            integer      NOT NULL,
    seq              integer      NOT NULL,
    kind             varchar(12)  NOT NULL CHECK (kind IN ('APPROVE', 'CONSULT')),
    unit_code        varchar(16)  NOT NULL,
    unit_name        varchar(100) NOT NULL,
    position_code    varchar(24)  NOT NULL,
    approver_login   varchar(64),
    approver_name    varchar(100),
    acted_by_login   varchar(64),
    acted_by_name    varchar(100),
    acted_by_family  varchar(50),
    decision         varchar(12)  CHECK (decision IN ('APPROVE', 'SEND_BACK', 'CONSULT')),
    comment          text,
    started_at       timestamptz,
    decided_at       timestamptz,
    proxy            boolean      NOT NULL DEFAULT false,
    post_reviewed_at timestamptz
);
CREATE INDEX step_approval ON approval.step (approval_id, round, seq);
CREATE INDEX step_person ON approval.step (approver_login);

-- The open and closed work items, mirrored from the engine's user tasks in the same transaction.
CREATE TABLE approval.task (
    id           varchar(64) PRIMARY KEY,
    approval_id  bigint      NOT NULL REFERENCES approval.approval (id) ON DELETE CASCADE,
    step_id      bigint      REFERENCES approval.step (id) ON DELETE CASCADE,
    kind         varchar(12) NOT NULL CHECK (kind IN ('APPROVE', 'CONSULT', 'REVISE', 'POST_REVIEW')),
    assignee     varchar(64) NOT NULL,
    escalated_to varchar(64),
    created_at   timestamptz NOT NULL,
    reminded_at  timestamptz,
    closed_at    timestamptz,
    closed_by    varchar(64),
    outcome      varchar(12)
);
-- The inbox reads only open tasks, however many closed ones a person has.
CREATE INDEX task_open_assignee ON approval.task (assignee, created_at) WHERE closed_at IS NULL;
CREATE INDEX task_open_escalated ON approval.task (escalated_to) WHERE closed_at IS NULL AND escalated_to IS NOT NULL;
CREATE INDEX task_approval ON approval.task (approval_id);
CREATE INDEX task_closed_by ON approval.task (closed_by);

CREATE TABLE approval.attachment (
    id           bigserial    PRIMARY KEY,
    approval_id  bigint       NOT NULL REFERENCES approval.approval (id) ON DELETE CASCADE,
    file_name    varchar(255) NOT NULL,
    content_type varchar(120) NOT NULL,
    size         bigint       NOT NULL,
    sha256       char(64)     NOT NULL,
    content      bytea        NOT NULL,
    uploaded_at  timestamptz  NOT NULL,
    uploaded_by  varchar(64)  NOT NULL
);
CREATE INDEX attachment_approval ON approval.attachment (approval_id);

-- Document numbers: one counter row per department and fiscal year, advanced in the transaction of the
-- final approval (so a rolled-back approval leaves no gap); the UNIQUE constraints above refuse duplicates.
CREATE TABLE approval.numbering (
    department_code varchar(16) NOT NULL,
    fiscal_year     integer     NOT NULL,
    last_serial     integer     NOT NULL CHECK (last_serial > 0),
    PRIMARY KEY (department_code, fiscal_year)
);

-- The approved record: the stamped PDF, its digest written to the audit trail.
CREATE TABLE approval.record (
    approval_id bigint      PRIMARY KEY REFERENCES approval.approval (id),
    pdf         bytea       NOT NULL,
    sha256      char(64)    NOT NULL,
    pdfa        boolean     NOT NULL,
    rendered_at timestamptz NOT NULL
);
