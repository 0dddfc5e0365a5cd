package jp.shokuba.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import jp.shokuba.it.Api;
import jp.shokuba.it.Browser;
import jp.shokuba.it.PageSignIn;
import jp.shokuba.it.Platform;
import jp.shokuba.it.TestStaff;
import jp.shokuba.it.pages.LoginPage;
import jp.shokuba.it.pages.StaffAdminPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A session does not keep what its person had at sign-in: an administrator's deactivation, change of roles or
 * password reset ends the person's open sessions at their very next request (REST with the session cookie: 401; a
 * page: back to the login page saying why), and HTTP Basic's remembered credential is not used past the change
 * either. The calendar feed of a deactivated person answers 404, and the same address works again once they are
 * reactivated.
 */
@ExtendWith({Platform.class, Browser.class})
class SessionSecurityVersionIT {

    @Test
    void deactivationEndsTheOpenSessionsTheBasicCredentialAndTheCalendarFeedAtOnce(WebDriver admin) {
        String login = TestStaff.withDemoPassword("leaver");
        PageSignIn.Session api = PageSignIn.signIn(login);
        PageSignIn.Session page = PageSignIn.signIn(login);
        assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(Api.as(login).get("/api/v1/me").status()).isEqualTo(200); // remembered from now on
        URI feed = URI.create(Api.as(login).get("/api/v1/seating/me").json().getString("calendarUrl"));
        assertThat(Api.anonymous().get(feed.getPath(), "text/calendar").status()).isEqualTo(200);

        LoginPage.open(admin).signIn("admin", "demo");
        StaffAdminPage.open(admin).search(login).editFirstRow().toggleActive().save();

        HttpResponse<String> refused = api.get("/api/v1/me");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> toLogin = page.get("/seating/index.xhtml");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location").orElse("")).contains("/login.xhtml?reason=ended");
        assertThat(Api.as(login).get("/api/v1/me").status()).isEqualTo(401);
        Api.Reply gone = Api.anonymous().get(feed.getPath(), "text/calendar");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.contentType()).startsWith("application/problem+json");

        StaffAdminPage.open(admin).search(login).editFirstRow().toggleActive().save();

        assertThat(Api.anonymous().get(feed.getPath(), "text/calendar").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me").statusCode()).isEqualTo(401); // an ended session stays ended
        assertThat(PageSignIn.signIn(login).get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(TestStaff.audited("auth.session-ended", login)).isEqualTo(2);
    }

    @Test
    void anAdministratorsPasswordResetEndsTheSessionsAndTheOldPassword(WebDriver admin) {
        String login = TestStaff.withDemoPassword("reset");
        PageSignIn.Session session = PageSignIn.signIn(login);
        assertThat(Api.as(login).get("/api/v1/me").status()).isEqualTo(200);

        LoginPage.open(admin).signIn("admin", "demo");
        StaffAdminPage.open(admin).search(login).editFirstRow().newPassword("reset-by-admin-2026").save();

        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(Api.as(login).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(Api.as(login, "reset-by-admin-2026").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aChangeOfRolesEndsTheSessionAndTheNextSignInHasTheNewRoles() {
        String login = TestStaff.withDemoPassword("demoted", "ADMIN");
        String number = login.substring("demoted".length());
        PageSignIn.Session session = PageSignIn.signIn(login);
        assertThat(session.get("/api/v1/staff/tanaka").statusCode()).isEqualTo(200);
        assertThat(Api.as(login).get("/api/v1/staff/tanaka").status()).isEqualTo(200);

        TestStaff.importPerson(number, login, "");

        assertThat(session.get("/api/v1/staff/tanaka").statusCode()).isEqualTo(401);
        assertThat(Api.as(login).get("/api/v1/staff/tanaka").status()).isEqualTo(403);
        assertThat(PageSignIn.signIn(login).get("/api/v1/staff/tanaka").statusCode()).isEqualTo(403);
    }

    @Test
    void anEditThatLeavesTheRolesAsTheyWereKeepsTheSession() {
        String login = TestStaff.withDemoPassword("steady", "RECORDS");
        PageSignIn.Session session = PageSignIn.signIn(login);

        TestStaff.importPerson(login.substring("steady".length()), login, "RECORDS");

        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(200);
    }
}
