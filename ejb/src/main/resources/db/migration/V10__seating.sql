-- Seating (座席予約): places (buildings, floors with plans, zones, desks, rooms, lockers), the rules set by
-- facilities staff, and bookings. The exclusion constraints below are what makes a double booking impossible:
-- no two live bookings of one desk, of one person's desks, or of one room may overlap in time.

CREATE SCHEMA seating;

-- A desk slot as a time range in the city's time: AM 08:30-12:00, PM 13:00-17:15, DAY 08:30-17:15.
-- DAY overlaps AM and PM, AM and PM do not overlap each other.
CREATE FUNCTION seating.slot_range(day date, slot varchar) RETURNS tstzrange
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT tstzrange((day + CASE slot WHEN 'PM' THEN time '13:00' ELSE time '08:30' END) AT TIME ZONE 'Asia/Tokyo',
                 (day + CASE slot WHEN 'AM' THEN time '12:00' ELSE time '17:15' END) AT TIME ZONE 'Asia/Tokyo',
                 '[)')
$$;

CREATE TABLE seating.building (
    id   bigserial PRIMARY KEY,
    name varchar(100) NOT NULL UNIQUE
);

CREATE TABLE seating.floor (
    id          bigserial PRIMARY KEY,
    building_id bigint       NOT NULL REFERENCES seating.building (id),
    name        varchar(100) NOT NULL,
    level       integer      NOT NULL DEFAULT 1,
    width       integer      NOT NULL CHECK (width BETWEEN 100 AND 10000),
    height      integer      NOT NULL CHECK (height BETWEEN 100 AND 10000),
    plan        bytea,
    plan_type   varchar(100),
    UNIQUE (building_id, name),
    CHECK ((plan IS NULL) = (plan_type IS NULL))
);

CREATE TABLE seating.zone (
    id       bigserial PRIMARY KEY,
    floor_id bigint       NOT NULL REFERENCES seating.floor (id) ON DELETE CASCADE,
    name     varchar(100) NOT NULL,
    UNIQUE (floor_id, name)
);

-- A team neighbourhood: the zone belongs to these 係/課 (directory unit codes) until the cutoff before each day.
CREATE TABLE seating.zone_team (
    zone_id   bigint      NOT NULL REFERENCES seating.zone (id) ON DELETE CASCADE,
    unit_code varchar(16) NOT NULL,
    PRIMARY KEY (zone_id, unit_code)
);

CREATE TABLE seating.desk (
    id                  bigserial PRIMARY KEY,
    floor_id            bigint      NOT NULL REFERENCES seating.floor (id) ON DELETE CASCADE,
    zone_id             bigint REFERENCES seating.zone (id) ON DELETE SET NULL,
    label               varchar(32) NOT NULL,
    x                   integer     NOT NULL CHECK (x >= 0),
    y                   integer     NOT NULL CHECK (y >= 0),
    dual_monitor        boolean     NOT NULL DEFAULT false,
    standing            boolean     NOT NULL DEFAULT false,
    accessible          boolean     NOT NULL DEFAULT false,
    quiet               boolean     NOT NULL DEFAULT false,
    near_window         boolean     NOT NULL DEFAULT false,
    -- only people recorded with an accessibility need may book it
    accessible_reserved boolean     NOT NULL DEFAULT false,
    active              boolean     NOT NULL DEFAULT true,
    UNIQUE (floor_id, label)
);
CREATE INDEX desk_zone ON seating.desk (zone_id);

CREATE TABLE seating.room (
    id        bigserial PRIMARY KEY,
    floor_id  bigint       NOT NULL REFERENCES seating.floor (id) ON DELETE CASCADE,
    name      varchar(100) NOT NULL,
    capacity  integer      NOT NULL CHECK (capacity > 0),
    equipment varchar(300) NOT NULL DEFAULT '',
    UNIQUE (floor_id, name)
);

-- The city stores PCs in lockers overnight: one locker per person at most.
CREATE TABLE seating.locker (
    id           bigserial PRIMARY KEY,
    floor_id     bigint      NOT NULL REFERENCES seating.floor (id) ON DELETE CASCADE,
    label        varchar(32) NOT NULL,
    holder_login varchar(64) UNIQUE,
    UNIQUE (floor_id, label)
);

-- What seating knows of a person: accessibility need, whether others may find them, their calendar secret.
CREATE TABLE seating.person (
    login              varchar(64) PRIMARY KEY,
    accessibility_need boolean     NOT NULL DEFAULT false,
    hidden             boolean     NOT NULL DEFAULT false,
    calendar_secret    varchar(64) UNIQUE
);

-- The rules facilities staff set; one row.
CREATE TABLE seating.rules (
    id                    integer PRIMARY KEY CHECK (id = 1),
    horizon_days          integer NOT NULL CHECK (horizon_days BETWEEN 0 AND 365),
    neighbourhood_cutoff  time    NOT NULL,
    check_in_deadline     time    NOT NULL,
    pm_check_in_deadline  time    NOT NULL,
    version               integer NOT NULL DEFAULT 0
);
INSERT INTO seating.rules (id, horizon_days, neighbourhood_cutoff, check_in_deadline, pm_check_in_deadline)
VALUES (1, 14, time '15:00', time '10:00', time '14:30');

CREATE TABLE seating.floor_block (
    id         bigserial PRIMARY KEY,
    floor_id   bigint       NOT NULL REFERENCES seating.floor (id) ON DELETE CASCADE,
    first_day  date         NOT NULL,
    last_day   date         NOT NULL,
    reason     varchar(200) NOT NULL,
    created_by varchar(64)  NOT NULL,
    CHECK (last_day >= first_day)
);
CREATE INDEX floor_block_floor ON seating.floor_block (floor_id, first_day, last_day);

CREATE TABLE seating.booking_series (
    id         bigserial PRIMARY KEY,
    login      varchar(64) NOT NULL,
    desk_id    bigint      NOT NULL REFERENCES seating.desk (id) ON DELETE CASCADE,
    slot       varchar(3)  NOT NULL CHECK (slot IN ('AM', 'PM', 'DAY')),
    weekday    integer     NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    first_day  date        NOT NULL,
    last_day   date        NOT NULL,
    CHECK (last_day >= first_day)
);

CREATE TABLE seating.team_day (
    id         bigserial PRIMARY KEY,
    team_code  varchar(16) NOT NULL,
    day        date        NOT NULL,
    organiser  varchar(64) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- A live booking (BOOKED or CHECKED_IN) holds its desk for its slot; RELEASED (no check-in by the deadline),
-- CHECKED_OUT and CANCELLED ones no longer do.
CREATE TABLE seating.desk_booking (
    id            bigserial PRIMARY KEY,
    desk_id       bigint      NOT NULL REFERENCES seating.desk (id) ON DELETE CASCADE,
    login         varchar(64) NOT NULL,
    day           date        NOT NULL,
    slot          varchar(3)  NOT NULL CHECK (slot IN ('AM', 'PM', 'DAY')),
    during        tstzrange   NOT NULL GENERATED ALWAYS AS (seating.slot_range(day, slot)) STORED,
    status        varchar(12) NOT NULL DEFAULT 'BOOKED'
                  CHECK (status IN ('BOOKED', 'CHECKED_IN', 'CHECKED_OUT', 'RELEASED', 'CANCELLED')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    checked_in_at timestamptz,
    ended_at      timestamptz,
    series_id     bigint REFERENCES seating.booking_series (id) ON DELETE SET NULL,
    team_day_id   bigint REFERENCES seating.team_day (id) ON DELETE SET NULL,
    CONSTRAINT desk_booking_no_double_desk EXCLUDE USING gist (desk_id WITH =, during WITH &&)
        WHERE (status IN ('BOOKED', 'CHECKED_IN')),
    CONSTRAINT desk_booking_one_desk_per_person EXCLUDE USING gist (login WITH =, during WITH &&)
        WHERE (status IN ('BOOKED', 'CHECKED_IN'))
);
CREATE INDEX desk_booking_day ON seating.desk_booking (day, desk_id) WHERE status IN ('BOOKED', 'CHECKED_IN');
CREATE INDEX desk_booking_login ON seating.desk_booking (login, day);

CREATE TABLE seating.room_booking (
    id         bigserial PRIMARY KEY,
    room_id    bigint       NOT NULL REFERENCES seating.room (id) ON DELETE CASCADE,
    organiser  varchar(64)  NOT NULL,
    title      varchar(200) NOT NULL,
    starts_at  timestamptz  NOT NULL,
    ends_at    timestamptz  NOT NULL,
    during     tstzrange    NOT NULL GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
    status     varchar(12)  NOT NULL DEFAULT 'BOOKED' CHECK (status IN ('BOOKED', 'CANCELLED')),
    created_at timestamptz  NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    CONSTRAINT room_booking_no_double_room EXCLUDE USING gist (room_id WITH =, during WITH &&)
        WHERE (status = 'BOOKED')
);
CREATE INDEX room_booking_organiser ON seating.room_booking (organiser, starts_at);
