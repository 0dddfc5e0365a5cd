/** Seating's REST API under /api/v1: floors and availability, bookings, rooms, colleagues, and facilities administration. */
package jp.shokuba.seating.rest;
