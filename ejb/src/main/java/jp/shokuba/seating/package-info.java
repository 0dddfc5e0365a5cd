/**
 * Seating (座席予約): free-address desks and meeting rooms. Places (buildings, floors with plans, zones and team
 * neighbourhoods, desks, rooms, lockers), the rules facilities staff set, bookings with check-in and release,
 * and the features that keep a 係 sitting together. The database's exclusion constraints, not the Java code,
 * make double bookings impossible.
 */
package jp.shokuba.seating;
