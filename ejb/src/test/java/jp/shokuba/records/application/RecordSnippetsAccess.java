package jp.shokuba.records.application;

/** Opens the package-private snippet maker to the domain tests. */
public final class RecordSnippetsAccess {

    private RecordSnippetsAccess() {
    }

    public static String snippet(String text, String query) {
        return RecordSnippets.snippet(text, query);
    }
}
