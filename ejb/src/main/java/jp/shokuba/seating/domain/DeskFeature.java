package jp.shokuba.seating.domain;

/** What a desk offers. */
public enum DeskFeature {
    DUAL_MONITOR, STANDING, ACCESSIBLE, QUIET, NEAR_WINDOW
}
