/** JPA and native SQL behind seating's repositories; bookings are inserted with ON CONFLICT DO NOTHING. */
package jp.shokuba.seating.infrastructure;
