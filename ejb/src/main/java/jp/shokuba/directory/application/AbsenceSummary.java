package jp.shokuba.directory.application;

import java.time.LocalDate;
import jp.shokuba.directory.domain.Absence;

public record AbsenceSummary(long id, String login, String name, LocalDate firstDay, LocalDate lastDay,
                             String deputyLogin, String deputyName, String reason) {

    public static AbsenceSummary of(Absence a) {
        return new AbsenceSummary(a.id(), a.staff().login(), a.staff().name().full(), a.firstDay(), a.lastDay(),
                a.deputy().map(d -> d.login()).orElse(""), a.deputy().map(d -> d.name().full()).orElse(""),
                a.reason() == null ? "" : a.reason());
    }
}
