-- A floor opened for booking on days the city hall is closed (weekends, public holidays, 12/29–1/3):
-- an election count, a disaster-response weekend. On other closed days no desk can be booked.
CREATE TABLE seating.floor_opening (
    id         bigserial PRIMARY KEY,
    floor_id   bigint       NOT NULL REFERENCES seating.floor (id) ON DELETE CASCADE,
    first_day  date         NOT NULL,
    last_day   date         NOT NULL,
    reason     varchar(200) NOT NULL,
    created_by varchar(64)  NOT NULL,
    CHECK (last_day >= first_day)
);
CREATE INDEX floor_opening_floor ON seating.floor_opening (floor_id, first_day, last_day);
