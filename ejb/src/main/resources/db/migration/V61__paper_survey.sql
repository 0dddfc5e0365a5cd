-- The paperless survey (ペーパーレス取組状況調査): a survey of questions (single choice, multiple choice, free text),
-- a choice may ask "why not" (the reason is then required), rounds sent to departments, one answer per department,
-- round and question. Rounds of the same survey are compared choice by choice.

CREATE TABLE paper.survey (
    id         bigserial    PRIMARY KEY,
    title      varchar(200) NOT NULL UNIQUE,
    created_at timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE paper.survey_question (
    id         bigserial    PRIMARY KEY,
    survey_id  bigint       NOT NULL REFERENCES paper.survey (id) ON DELETE CASCADE,
    position   integer      NOT NULL,
    kind       varchar(16)  NOT NULL CHECK (kind IN ('SINGLE', 'MULTIPLE', 'TEXT')),
    text       varchar(500) NOT NULL,
    choices    text         NOT NULL DEFAULT '',     -- one choice per line
    why_not    varchar(200),                         -- the choice that asks for a reason
    UNIQUE (survey_id, position),
    CHECK ((kind = 'TEXT') = (choices = ''))
);

CREATE TABLE paper.survey_round (
    id         bigserial    PRIMARY KEY,
    survey_id  bigint       NOT NULL REFERENCES paper.survey (id) ON DELETE CASCADE,
    name       varchar(100) NOT NULL,
    sent_on    date         NOT NULL,
    UNIQUE (survey_id, name)
);

CREATE TABLE paper.survey_recipient (
    round_id        bigint      NOT NULL REFERENCES paper.survey_round (id) ON DELETE CASCADE,
    department_code varchar(16) NOT NULL,
    PRIMARY KEY (round_id, department_code)
);

CREATE TABLE paper.survey_answer (
    round_id        bigint       NOT NULL,
    department_code varchar(16)  NOT NULL,
    question_id     bigint       NOT NULL REFERENCES paper.survey_question (id) ON DELETE CASCADE,
    choices         text         NOT NULL DEFAULT '',  -- the chosen choices, one per line
    text            varchar(2000) NOT NULL DEFAULT '',
    reason          varchar(2000) NOT NULL DEFAULT '', -- the "why not" follow-up
    answered_by     varchar(64)  NOT NULL,
    answered_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (round_id, department_code, question_id),
    FOREIGN KEY (round_id, department_code) REFERENCES paper.survey_recipient (round_id, department_code) ON DELETE CASCADE
);
