package jp.shokuba.directory.application.csv;

/** What is wrong on one line of an import file; line 1 is the header. */
public record LineError(long line, String message) {
}
