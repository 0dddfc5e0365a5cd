/** Seating's pages (floor plan, facilities administration, QR sheets, check-in, team day), the live floor channel and the calendar feed. */
package jp.shokuba.seating.web;
