/** Seating's transaction boundaries: booking, places administration, analytics, and the summaries pages and other contexts see. */
package jp.shokuba.seating.application;
