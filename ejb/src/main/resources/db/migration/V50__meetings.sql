-- Paperless meetings (ペーパーレス会議): meetings, who may see them, agenda, materials stored once by content hash,
-- their versions (差し替え), and the notes written on them (private and shared layers).
CREATE SCHEMA meetings;

-- last_seq numbers every change of the meeting's notes, so that a client reconnecting with since=<seq> misses none.
CREATE TABLE meetings.meeting (
    id              bigserial    PRIMARY KEY,
    title           varchar(200) NOT NULL,
    starts_at       timestamptz  NOT NULL,
    ends_at         timestamptz  NOT NULL CHECK (ends_at > starts_at),
    organiser       varchar(64)  NOT NULL,
    department_code varchar(16)  NOT NULL,
    room_id         bigint,
    room_booking_id bigint,
    shared_locked   boolean      NOT NULL DEFAULT false,
    last_seq        bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX meeting_department ON meetings.meeting (department_code, starts_at);

-- ATTENDEE: invited; DELEGATE: named by the organiser to see the meeting in someone's place.
CREATE TABLE meetings.member (
    meeting_id bigint      NOT NULL REFERENCES meetings.meeting ON DELETE CASCADE,
    login      varchar(64) NOT NULL,
    role       varchar(16) NOT NULL CHECK (role IN ('ATTENDEE', 'DELEGATE')),
    PRIMARY KEY (meeting_id, login)
);
CREATE INDEX member_login ON meetings.member (login);

CREATE TABLE meetings.agenda_item (
    meeting_id bigint       NOT NULL REFERENCES meetings.meeting ON DELETE CASCADE,
    position   integer      NOT NULL,
    title      varchar(200) NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

-- A file's bytes, once, whoever uploads it how often.
CREATE TABLE meetings.content (
    sha256     char(64)    PRIMARY KEY,
    size       bigint      NOT NULL,
    bytes      bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE meetings.material (
    id              bigserial    PRIMARY KEY,
    meeting_id      bigint       NOT NULL REFERENCES meetings.meeting ON DELETE CASCADE,
    title           varchar(200) NOT NULL,
    current_version integer      NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now()
);

-- page_prints: per page, the normalised text and a small image hash, for matching pages across versions.
CREATE TABLE meetings.material_version (
    material_id bigint      NOT NULL REFERENCES meetings.material ON DELETE CASCADE,
    version     integer     NOT NULL,
    sha256      char(64)    NOT NULL REFERENCES meetings.content,
    pages       integer     NOT NULL CHECK (pages > 0),
    file_name   varchar(255) NOT NULL,
    page_prints text        NOT NULL,
    uploaded_by varchar(64) NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (material_id, version)
);

-- A note. page is NULL when a revision found no page for it (orphaned, still listed). deleted_seq marks an erased
-- note, kept so that a reconnecting client learns of the erasure.
CREATE TABLE meetings.annotation (
    id          bigserial    PRIMARY KEY,
    meeting_id  bigint       NOT NULL REFERENCES meetings.meeting ON DELETE CASCADE,
    material_id bigint       NOT NULL REFERENCES meetings.material ON DELETE CASCADE,
    version     integer      NOT NULL,
    page        integer      CHECK (page > 0),
    layer       varchar(8)   NOT NULL CHECK (layer IN ('PRIVATE', 'SHARED')),
    kind        varchar(10)  NOT NULL CHECK (kind IN ('INK', 'HIGHLIGHT', 'TEXT', 'STAMP')),
    author      varchar(64)  NOT NULL,
    points      text         NOT NULL,
    color       char(7)      NOT NULL,
    width       real         NOT NULL,
    body        varchar(2000),
    seq         bigint       NOT NULL,
    deleted_seq bigint,
    moved_from  bigint       REFERENCES meetings.annotation,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (meeting_id, seq)
);
CREATE INDEX annotation_material ON meetings.annotation (material_id, version);
CREATE INDEX annotation_meeting_seq ON meetings.annotation (meeting_id, seq);

CREATE TABLE meetings.minutes_item (
    meeting_id bigint        NOT NULL REFERENCES meetings.meeting ON DELETE CASCADE,
    position   integer       NOT NULL,
    decision   varchar(4000) NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE meetings.action_item (
    id         bigserial     PRIMARY KEY,
    meeting_id bigint        NOT NULL REFERENCES meetings.meeting ON DELETE CASCADE,
    position   integer       NOT NULL,
    what       varchar(1000) NOT NULL,
    owner      varchar(64)   NOT NULL,
    due        date          NOT NULL
);
