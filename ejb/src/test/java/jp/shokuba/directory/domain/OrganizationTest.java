package jp.shokuba.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrganizationTest {

    private final OrganizationUnit toshiSeisaku = new OrganizationUnit("020", "都市政策局", UnitKind.DIVISION, null);
    private final OrganizationUnit kikaku = new OrganizationUnit("0210", "企画調整課", UnitKind.DEPARTMENT, toshiSeisaku);
    private final OrganizationUnit tokei = new OrganizationUnit("0240", "調査統計室", UnitKind.OFFICE, toshiSeisaku);
    private final OrganizationUnit kikakuGakari = new OrganizationUnit("02101", "企画係", UnitKind.TEAM, kikaku);

    @Test
    void aTeamBelongsToItsDepartmentAndDivision() {
        assertThat(kikakuGakari.department()).contains(kikaku);
        assertThat(kikakuGakari.division()).isEqualTo(toshiSeisaku);
        assertThat(kikakuGakari.team()).contains(kikakuGakari);
        assertThat(kikaku.team()).isEmpty();
    }

    @Test
    void aTeamMayHangUnderAnOfficeButNotUnderADivision() {
        new OrganizationUnit("02401", "統計係", UnitKind.TEAM, tokei);

        assertThatThrownBy(() -> new OrganizationUnit("02199", "迷子係", UnitKind.TEAM, toshiSeisaku))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("係は部の下に置けません");
        assertThatThrownBy(() -> new OrganizationUnit("099", "上のある部", UnitKind.DIVISION, toshiSeisaku))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrganizationUnit("0299", "宙に浮いた課", UnitKind.DEPARTMENT, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromTeamLeaderUpwardsAPostApproves() {
        assertThat(Position.SENIOR_STAFF.approves()).isFalse();
        assertThat(Position.TEAM_LEADER.approves()).isTrue();
        assertThat(Position.byJapaneseName("課長補佐")).contains(Position.DEPUTY_HEAD);
        assertThat(Position.byJapaneseName("主事")).isEmpty();
    }

    @Test
    void rolesFollowThePositionAndTheGrants() {
        Staff clerk = new Staff("2000100", "kanazawa", PersonName.parse("金沢 花子", "カナザワ ハナコ"),
                "kanazawa@city-hall.example", kikakuGakari, Position.STAFF_MEMBER);
        assertThat(clerk.roles()).containsExactly(Role.STAFF);

        clerk.assign(kikakuGakari, Position.TEAM_LEADER);
        clerk.grantOnly(java.util.Set.of(Role.RECORDS));
        assertThat(clerk.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.APPROVER, Role.RECORDS);
        assertThatThrownBy(() -> clerk.grantOnly(java.util.Set.of(Role.APPROVER)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameNeedsASpaceBetweenFamilyAndGivenName() {
        PersonName name = PersonName.parse("犀川\u3000太郎", "サイガワ タロウ");

        assertThat(name.family()).isEqualTo("犀川");
        assertThat(name.givenKana()).isEqualTo("タロウ");
        assertThatThrownBy(() -> PersonName.parse("犀川太郎", "サイガワ タロウ"))
                .hasMessageContaining("姓と名の間に空白が必要です");
    }

    @Test
    void aLoginIsLowerCaseAsciiAndAnEmailHasADomain() {
        assertThatThrownBy(() -> new Staff("1", "Sato", PersonName.parse("佐藤 一", "サトウ ハジメ"), "s@x.example",
                kikakuGakari, Position.STAFF_MEMBER)).hasMessageContaining("ログインID");
        assertThatThrownBy(() -> new Staff("1", "sato1", PersonName.parse("佐藤 一", "サトウ ハジメ"), "sato",
                kikakuGakari, Position.STAFF_MEMBER)).hasMessageContaining("メールアドレス");
    }
}
