package jp.shokuba.seating.application;

import java.util.Set;

/** A desk as facilities staff describe it: on the plan by clicking, or one line of the coordinates CSV. */
public record DeskInput(String label, int x, int y, String zone, Set<String> features, boolean accessibleReserved) {
}
