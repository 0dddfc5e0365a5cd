package jp.shokuba.directory.application.csv;

import java.util.List;
import jp.shokuba.platform.BusinessException;

/** The file had errors, so nothing of it was imported; the errors name their lines (a line may have several). */
public class CsvRejectedException extends BusinessException {

    private final List<LineError> errors;

    public CsvRejectedException(List<LineError> errors) {
        super(Kind.INVALID, "csv.rejected", errors.stream().mapToLong(LineError::line).distinct().count());
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
