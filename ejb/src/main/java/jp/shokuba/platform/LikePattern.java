package jp.shokuba.platform;

/**
 * A LIKE pattern that finds the text as it was typed: {@code %} and {@code _} in a search are characters to
 * find, not wildcards. Use with {@code LIKE :p ESCAPE '!'} ({@value #ESCAPE_CLAUSE}).
 */
public final class LikePattern {

    public static final String ESCAPE_CLAUSE = " ESCAPE '!'";

    private LikePattern() {
    }

    /** Matches any text containing {@code text} literally. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** Matches any text that begins with {@code text} literally. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }

    static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
