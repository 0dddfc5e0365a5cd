package jp.shokuba.workflow;

import java.util.Arrays;
import java.util.List;

/**
 * {@code ${consultList.of(consultUnits)}}: the departments to consult, kept as a comma-separated string
 * variable so that no Java-serialised object ever sits in the engine's tables.
 */
public final class ConsultList {

    public static String join(List<String> units) {
        return String.join(",", units);
    }

    public List<String> of(String units) {
        return units == null || units.isBlank() ? List.of() : Arrays.asList(units.split(","));
    }
}
