-- Directory (組織・職員): the organisation tree, staff, their roles and absences.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE SCHEMA directory;

CREATE TABLE directory.organization_unit (
    id          bigserial PRIMARY KEY,
    code        varchar(16)  NOT NULL UNIQUE,
    name        varchar(100) NOT NULL,
    kind        varchar(12)  NOT NULL CHECK (kind IN ('DIVISION', 'DEPARTMENT', 'OFFICE', 'TEAM')),
    parent_id   bigint REFERENCES directory.organization_unit (id),
    CHECK ((kind = 'DIVISION') = (parent_id IS NULL))
);
CREATE INDEX organization_unit_parent ON directory.organization_unit (parent_id);

CREATE TABLE directory.staff (
    id               bigserial PRIMARY KEY,
    employee_number  varchar(16)  NOT NULL UNIQUE,
    login            varchar(64)  NOT NULL UNIQUE,
    family_name      varchar(50)  NOT NULL,
    given_name       varchar(50)  NOT NULL,
    family_name_kana varchar(50)  NOT NULL,
    given_name_kana  varchar(50)  NOT NULL,
    email            varchar(254) NOT NULL,
    unit_id          bigint       NOT NULL REFERENCES directory.organization_unit (id),
    position         varchar(24)  NOT NULL CHECK (position IN ('STAFF_MEMBER', 'SENIOR_STAFF', 'TEAM_LEADER',
                        'DEPUTY_HEAD', 'DEPARTMENT_HEAD', 'DIVISION_HEAD', 'DEPUTY_MAYOR', 'MAYOR')),
    active           boolean      NOT NULL DEFAULT true,
    password_hash    varchar(512),
    version          integer      NOT NULL DEFAULT 0
);
CREATE INDEX staff_unit ON directory.staff (unit_id);

CREATE TABLE directory.staff_role (
    staff_id bigint      NOT NULL REFERENCES directory.staff (id) ON DELETE CASCADE,
    role     varchar(16) NOT NULL CHECK (role IN ('RECORDS', 'RECORDS_PII', 'FACILITIES', 'ADMIN')),
    PRIMARY KEY (staff_id, role)
);

-- An absence names the deputy (代理) who acts for the person meanwhile; one person's absences never overlap.
CREATE TABLE directory.absence (
    id        bigserial PRIMARY KEY,
    staff_id  bigint NOT NULL REFERENCES directory.staff (id) ON DELETE CASCADE,
    first_day date   NOT NULL,
    last_day  date   NOT NULL,
    deputy_id bigint REFERENCES directory.staff (id),
    reason    varchar(200),
    CHECK (last_day >= first_day),
    CHECK (deputy_id <> staff_id),
    EXCLUDE USING gist (staff_id WITH =, daterange(first_day, last_day, '[]') WITH &&)
);
