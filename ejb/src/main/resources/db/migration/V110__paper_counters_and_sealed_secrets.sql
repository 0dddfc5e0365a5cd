-- Paper: the colour, monochrome and A3 counters beside the Printer-MIB total, and room for the SNMP secrets
-- sealed with AES-256-GCM (V111 seals the values stored in plain before).

-- A maker's profile (jp.shokuba.paper.domain.CounterProfile) and/or OIDs entered for the device; an OID entered
-- wins over the profile's. The colour price applies to colour pages when the split is known.
ALTER TABLE paper.device
    ADD COLUMN counter_profile varchar(32),
    ADD COLUMN colour_oid      varchar(200),
    ADD COLUMN mono_oid        varchar(200),
    ADD COLUMN large_oid       varchar(200),
    ADD COLUMN contract_colour_yen_per_sheet numeric(10, 3) CHECK (contract_colour_yen_per_sheet >= 0);

-- Sealed values are longer than plain ones (nonce, tag, Base64); no default community in plain text any more.
ALTER TABLE paper.device
    ALTER COLUMN community TYPE varchar(300),
    ALTER COLUMN community DROP NOT NULL,
    ALTER COLUMN community DROP DEFAULT,
    ALTER COLUMN v3_auth_key TYPE varchar(400),
    ALTER COLUMN v3_priv_key TYPE varchar(400);

-- The extra counters' daily readings, booked exactly as paper.reading books the total (same flags and rules).
CREATE TABLE paper.reading_counter (
    device_id   bigint      NOT NULL REFERENCES paper.device (id) ON DELETE CASCADE,
    kind        varchar(8)  NOT NULL CHECK (kind IN ('COLOUR', 'MONO', 'LARGE')),
    day         date        NOT NULL,
    counter     bigint      CHECK (counter >= 0),
    pages       bigint      NOT NULL DEFAULT 0 CHECK (pages >= 0),
    flag        varchar(16) NOT NULL CHECK (flag IN ('BASELINE', 'NORMAL', 'WRAP', 'RESET', 'REPLACED', 'SILENT', 'BRIDGED')),
    serial_number varchar(100),
    read_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, kind, day),
    CHECK (flag = 'BRIDGED' OR (flag = 'SILENT') = (counter IS NULL))
);
CREATE INDEX reading_counter_day ON paper.reading_counter (day);
