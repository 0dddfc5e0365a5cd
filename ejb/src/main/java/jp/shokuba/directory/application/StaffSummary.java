package jp.shokuba.directory.application;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.shokuba.directory.domain.OrganizationUnit;
import jp.shokuba.directory.domain.Role;
import jp.shokuba.directory.domain.Staff;
import jp.shokuba.platform.Names;

/**
 * What other contexts and pages may know of a member of staff. {@code department} is the 課/室
 * (or the 部 for someone placed directly in one); {@code team} the 係, or empty.
 */
public record StaffSummary(long id, String login, String employeeNumber, String name, String nameKana,
                           String familyName, String email, String division, String department,
                           String departmentCode, String team, String teamCode, String unitCode,
                           String position, String positionCode, int rank, Set<String> roles,
                           Set<String> grantedRoles, boolean active, int version) {

    public static StaffSummary of(Staff s) {
        OrganizationUnit unit = s.unit();
        OrganizationUnit department = unit.department().orElse(unit.division());
        OrganizationUnit team = unit.team().orElse(null);
        return new StaffSummary(s.id(), s.login(), s.employeeNumber(), s.name().full(), s.name().fullKana(),
                s.name().family(), s.email(), unit.division().name(), department.name(), department.code(),
                team == null ? "" : team.name(), team == null ? "" : team.code(), unit.code(),
                s.position().japaneseName(), s.position().name(), s.position().rank(),
                names(s.roles()), names(s.grantedRoles()), s.active(), s.version());
    }

    /** 局 課 係 for reading, each once: a 局 with no 課 below it is its own department and is not named twice. */
    public String fullUnit() {
        return Names.join(division, department, team);
    }

    /** 課 係, each once. */
    public String unitName() {
        return Names.join(department, team);
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
