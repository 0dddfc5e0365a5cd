-- Paper (紙の削減): printers and copiers, their daily page counters (SNMP Printer-MIB) or monthly counts (the
-- RPA survey sheet), the cost model's constants, the targets per department and the paper approvals that the
-- departments register by hand. Departments are the directory's unit codes; this schema never joins its tables.

CREATE SCHEMA paper;

CREATE TABLE paper.device (
    id               bigserial    PRIMARY KEY,
    address          varchar(100) NOT NULL UNIQUE,          -- host or host:port of the SNMP agent
    department_code  varchar(16)  NOT NULL,
    maker            varchar(100) NOT NULL,
    model            varchar(100) NOT NULL DEFAULT '',
    location         varchar(200) NOT NULL DEFAULT '',
    url              varchar(300) NOT NULL DEFAULT '',
    counter_unit     varchar(16)  NOT NULL DEFAULT 'IMPRESSION' CHECK (counter_unit IN ('IMPRESSION', 'SHEET')),
    contract_yen_per_sheet numeric(10, 3) NOT NULL DEFAULT 0 CHECK (contract_yen_per_sheet >= 0),
    snmp_version     varchar(8)   NOT NULL DEFAULT '2c' CHECK (snmp_version IN ('2c', '3', 'NONE')),
    community        varchar(64)  NOT NULL DEFAULT 'public',
    v3_user          varchar(64),
    v3_auth_key      varchar(128),
    v3_priv_key      varchar(128),
    serial_number    varchar(100),
    created_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX device_department ON paper.device (department_code);

-- One row per device and day polled. counter is the raw lifetime counter (null when the device was silent);
-- pages are the pages attributed to that day. A silent day gets its share of the next answer's delta (BRIDGED).
CREATE TABLE paper.reading (
    device_id   bigint      NOT NULL REFERENCES paper.device (id) ON DELETE CASCADE,
    day         date        NOT NULL,
    counter     bigint      CHECK (counter >= 0),
    pages       bigint      NOT NULL DEFAULT 0 CHECK (pages >= 0),
    flag        varchar(16) NOT NULL CHECK (flag IN ('BASELINE', 'NORMAL', 'WRAP', 'RESET', 'REPLACED', 'SILENT', 'BRIDGED')),
    serial_number varchar(100),
    read_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, day),
    CHECK (flag = 'BRIDGED' OR (flag = 'SILENT') = (counter IS NULL))
);
CREATE INDEX reading_day ON paper.reading (day);

-- Pages counted by month for devices without SNMP (the RPA sheet), first day of the month.
CREATE TABLE paper.monthly_count (
    device_id bigint NOT NULL REFERENCES paper.device (id) ON DELETE CASCADE,
    month     date   NOT NULL CHECK (extract(day FROM month) = 1),
    pages     bigint NOT NULL CHECK (pages >= 0),
    PRIMARY KEY (device_id, month)
);

-- The cost model: unit prices and conversion factors, shown beside the figures and editable by ADMIN.
CREATE TABLE paper.constant (
    key        varchar(48)    PRIMARY KEY,
    value      numeric(14, 6) NOT NULL CHECK (value >= 0),
    unit       varchar(32)    NOT NULL,
    label      varchar(200)   NOT NULL,
    source     varchar(200)   NOT NULL,
    position   integer        NOT NULL
);

INSERT INTO paper.constant (key, value, unit, label, source, position) VALUES
    ('paper_yen_per_box', 1292.9, '円/箱', 'PPC用紙 1箱の単価', '令和2年度実績 (181万円 ÷ 1,400箱)', 1),
    ('sheets_per_box', 2500, '枚/箱', 'PPC用紙 1箱の枚数 (A4 500枚×5冊)', '仮定', 2),
    ('toner_yen_per_box', 24666.7, '円/箱', 'OAプリンタートナー 1箱の単価', '令和2年度実績 (148万円 ÷ 60箱)', 3),
    ('toner_pages_per_box', 20000, '枚/箱', 'トナー 1箱で印刷できる枚数', '仮定 (メーカー公称値で置き換える)', 4),
    ('electricity_yen_per_kwh', 11.9, '円/kWh', '電気料金の単価', '令和2年度実績 (104万円 ÷ 87,400kWh)', 5),
    ('kwh_per_page', 0.002, 'kWh/枚', '1枚あたりの消費電力量', '仮定', 6),
    ('contract_yen_per_sheet', 0.78, '円/枚', '複写機のカウンター料金 (機器に単価がない場合)', '令和2年度実績 (総務課契約 50万円 ÷ 64万枚)', 7),
    ('co2_kg_per_sheet', 0.004, 'kg-CO₂/枚', '用紙1枚あたりのCO₂排出量', '仮定 (A4 1枚 約4g)', 8),
    ('sheets_per_tree', 8000, '枚/本', '立木1本あたりのA4用紙枚数', '仮定', 9),
    ('baseline_fiscal_year', 2020, '年度', '削減率の基準年度', '令和2年度', 10),
    ('pages_per_paperless_meeting', 120, '枚/回', 'ペーパーレス会議1回で削減される枚数 (推計)', '仮定', 11),
    ('pages_per_e_approval', 8, '枚/件', '電子決裁1件で削減される枚数 (推計)', '仮定', 12);

-- A department's reduction target for a fiscal year, in percent against the baseline year.
CREATE TABLE paper.target (
    department_code varchar(16) NOT NULL,
    fiscal_year     integer     NOT NULL,
    reduction_percent numeric(5, 1) NOT NULL CHECK (reduction_percent BETWEEN 0 AND 100),
    PRIMARY KEY (department_code, fiscal_year)
);

-- Approvals still decided on paper, registered by hand per department and month (for the e-approval rate).
CREATE TABLE paper.paper_approval (
    department_code varchar(16) NOT NULL,
    month           date        NOT NULL CHECK (extract(day FROM month) = 1),
    count           integer     NOT NULL CHECK (count >= 0),
    PRIMARY KEY (department_code, month)
);
