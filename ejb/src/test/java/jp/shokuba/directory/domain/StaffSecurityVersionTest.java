package jp.shokuba.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * What ends a person's sessions (their security version goes up) and what does not: 田中 of 企画係 is deactivated,
 * loses or gains a role, is promoted to 係長 (and so becomes an APPROVER), gets a new password — but an edit of
 * their e-mail address, a move to another 係 at the same post, or the same password hashed again changes nothing.
 */
class StaffSecurityVersionTest {

    private final OrganizationUnit bureau = new OrganizationUnit("020", "都市政策局", UnitKind.DIVISION, null);
    private final OrganizationUnit planning = new OrganizationUnit("0210", "企画調整課", UnitKind.DEPARTMENT, bureau);
    private final OrganizationUnit team = new OrganizationUnit("02101", "企画係", UnitKind.TEAM, planning);
    private final OrganizationUnit other = new OrganizationUnit("02102", "調整係", UnitKind.TEAM, planning);

    private Staff tanaka() {
        return new Staff("20001", "tanaka", PersonName.parse("田中 一郎", "タナカ イチロウ"), "tanaka@city-hall.example",
                team, Position.STAFF_MEMBER);
    }

    @Test
    void deactivationRaisesTheVersionOnceAndReactivationDoesNot() {
        Staff s = tanaka();
        s.deactivate();
        s.deactivate();
        assertThat(s.securityVersion()).isEqualTo(1);
        s.reactivate();
        assertThat(s.securityVersion()).isEqualTo(1);
    }

    @Test
    void aChangeOfRolesRaisesTheVersionAndTheSameRolesAgainDoNot() {
        Staff s = tanaka();
        s.grantOnly(EnumSet.of(Role.ADMIN));
        assertThat(s.securityVersion()).isEqualTo(1);
        s.grantOnly(EnumSet.of(Role.ADMIN));
        assertThat(s.securityVersion()).isEqualTo(1);
        s.grantOnly(EnumSet.noneOf(Role.class));
        assertThat(s.securityVersion()).isEqualTo(2);
    }

    @Test
    void aPromotionThatMakesAnApproverRaisesTheVersionAMoveAtTheSamePostDoesNot() {
        Staff s = tanaka();
        s.assign(other, Position.STAFF_MEMBER);
        s.describe(s.name(), "ichiro.tanaka@city-hall.example");
        assertThat(s.securityVersion()).isZero();
        s.assign(other, Position.TEAM_LEADER);
        assertThat(s.roles()).contains(Role.APPROVER);
        assertThat(s.securityVersion()).isEqualTo(1);
    }

    @Test
    void aNewPasswordRaisesTheVersionTheSamePasswordRehashedDoesNot() {
        Staff s = tanaka();
        s.rehashPassword("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==");
        assertThat(s.securityVersion()).isZero();
        s.changePasswordHash("PBKDF2WithHmacSHA256:600000:b3RoZXI=:bmV3");
        assertThat(s.securityVersion()).isEqualTo(1);
    }
}
