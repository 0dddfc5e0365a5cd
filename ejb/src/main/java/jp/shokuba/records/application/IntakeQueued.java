package jp.shokuba.records.application;

/** Fired when an intake is committed as QUEUED; the workers pick it up after the commit. */
public record IntakeQueued(long intakeId) {
}
