package jp.shokuba.directory.rest;

import java.util.Set;
import jp.shokuba.directory.application.StaffSummary;

/** A member of staff in the REST API; {@code position} is the Japanese rank name (係長, 課長 …). */
public record StaffRepresentation(String login, String employeeNumber, String name, String nameKana, String email,
                                  String division, String department, String team, String position,
                                  Set<String> roles, boolean active) {

    static StaffRepresentation of(StaffSummary s) {
        return new StaffRepresentation(s.login(), s.employeeNumber(), s.name(), s.nameKana(), s.email(), s.division(),
                s.department(), s.team(), s.position(), s.roles(), s.active());
    }
}
