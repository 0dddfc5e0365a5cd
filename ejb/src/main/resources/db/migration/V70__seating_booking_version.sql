-- Every state change of a desk booking is conditional on the state it read: the row's version, which JPA checks
-- on each update and the bulk releases and floor-block cancellations bump.
ALTER TABLE seating.desk_booking ADD COLUMN version integer NOT NULL DEFAULT 0;
