package jp.shokuba.directory.application;

/** A post (職位) of the hierarchy: its code, Japanese name and rank; from 係長 upwards it approves. */
public record PostSummary(String code, String name, int rank, boolean approves) {
}
