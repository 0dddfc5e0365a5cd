package jp.shokuba.directory.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The levels of the organisation tree and which level each one hangs under. */
public enum UnitKind {
    DIVISION("部"),
    DEPARTMENT("課"),
    OFFICE("室"),
    TEAM("係");

    private final String japaneseName;

    UnitKind(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }

    public boolean mayHangUnder(UnitKind parent) {
        return switch (this) {
            case DIVISION -> false;
            case DEPARTMENT, OFFICE -> parent == DIVISION;
            case TEAM -> Set.of(DEPARTMENT, OFFICE).contains(parent);
        };
    }

    public boolean isRoot() {
        return this == DIVISION;
    }

    public static Optional<UnitKind> byJapaneseName(String name) {
        return Arrays.stream(values()).filter(k -> k.japaneseName.equals(name)).findFirst();
    }
}
