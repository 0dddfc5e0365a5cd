package jp.shokuba.directory.domain;

import java.util.Arrays;
import java.util.Optional;

/** A post in the city's hierarchy (職位), ordered by rank: the higher the rank, the more a holder may decide. */
public enum Position {
    STAFF_MEMBER("係員", 1),
    SENIOR_STAFF("主任", 2),
    TEAM_LEADER("係長", 3),
    DEPUTY_HEAD("課長補佐", 4),
    DEPARTMENT_HEAD("課長", 5),
    DIVISION_HEAD("部長", 6),
    DEPUTY_MAYOR("副市長", 7),
    MAYOR("市長", 8);

    private final String japaneseName;
    private final int rank;

    Position(String japaneseName, int rank) {
        this.japaneseName = japaneseName;
        this.rank = rank;
    }

    public String japaneseName() {
        return japaneseName;
    }

    public int rank() {
        return rank;
    }

    /** From 係長 upwards a post approves documents (決裁). */
    public boolean approves() {
        return rank >= TEAM_LEADER.rank;
    }

    public boolean atLeast(Position other) {
        return rank >= other.rank;
    }

    public static Optional<Position> byJapaneseName(String name) {
        return Arrays.stream(values()).filter(p -> p.japaneseName.equals(name)).findFirst();
    }
}
