/** Seating's aggregates and the pure rules of booking: slots, the booking policy, distances on the plan. */
package jp.shokuba.seating.domain;
