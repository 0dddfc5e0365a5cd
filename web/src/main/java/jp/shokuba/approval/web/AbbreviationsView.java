package jp.shokuba.approval.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.shokuba.approval.application.DepartmentAbbreviations;
import jp.shokuba.platform.web.CurrentUser;
import jp.shokuba.platform.web.Messages;

/** The administrators' list of each 課's abbreviation in document numbers, editable one row at a time. */
@Named
@ViewScoped
public class AbbreviationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A department's row: what is set, and what is typed. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String path;
        private final String saved;
        private String abbreviation;

        Row(DepartmentAbbreviations.Line l) {
            code = l.departmentCode();
            path = l.path();
            saved = l.abbreviation();
            abbreviation = l.abbreviation();
        }

        public String getCode() {
            return code;
        }

        public String getPath() {
            return path;
        }

        public boolean isMissing() {
            return saved == null;
        }

        public String getAbbreviation() {
            return abbreviation;
        }

        public void setAbbreviation(String abbreviation) {
            this.abbreviation = abbreviation;
        }
    }

    @Inject
    transient DepartmentAbbreviations abbreviations;

    @Inject
    transient CurrentUser user;

    @Inject
    transient Messages messages;

    private List<Row> rows = new ArrayList<>();

    @PostConstruct
    void reload() {
        rows = abbreviations.all().stream().map(Row::new).toList();
    }

    public void save(Row row) {
        if (messages.attempt(() -> abbreviations.set(user.login(), row.code, row.abbreviation))) {
            messages.info("approval.abbreviations.saved", row.path, row.abbreviation);
            reload();
        }
    }

    public List<Row> getRows() {
        return rows;
    }
}
