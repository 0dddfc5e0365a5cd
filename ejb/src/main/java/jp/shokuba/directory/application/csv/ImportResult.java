package jp.shokuba.directory.application.csv;

/** What an import changed. Only produced when the whole file was valid and imported. */
public record ImportResult(String charset, int created, int updated) {

    public int total() {
        return created + updated;
    }
}
