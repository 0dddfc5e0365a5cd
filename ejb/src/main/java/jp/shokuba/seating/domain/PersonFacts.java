package jp.shokuba.seating.domain;

/** A person as the booking rules see them: their 係 and 課 codes, accessibility need, and whether they are away that day. */
public record PersonFacts(String login, String teamCode, String departmentCode, boolean accessibilityNeed,
                          boolean absent) {
}
