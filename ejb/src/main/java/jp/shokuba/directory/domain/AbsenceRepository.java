package jp.shokuba.directory.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface AbsenceRepository {

    Optional<Absence> byId(long id);

    /** The person's absence covering that day, if any; asked on every booking. */
    Optional<Absence> of(String login, LocalDate day);

    /** Absences that have not ended before {@code day}, soonest first. */
    List<Absence> currentAndComing(LocalDate day);

    Absence add(Absence absence);

    void remove(Absence absence);
}
