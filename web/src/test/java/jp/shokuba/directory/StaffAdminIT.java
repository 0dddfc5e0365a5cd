package jp.shokuba.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import jp.shokuba.it.Api;
import jp.shokuba.it.Browser;
import jp.shokuba.it.Platform;
import jp.shokuba.it.pages.LoginPage;
import jp.shokuba.it.pages.StaffAdminPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** The admin's staff page: find a person and record a promotion; the change is audited and takes effect. */
@ExtendWith({Platform.class, Browser.class})
class StaffAdminIT {

    @Test
    void anAdminPromotesAStaffMemberOnThePage(WebDriver browser) {
        String number = "7" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String login = "promo" + number;
        Api.as("admin").postBytes("/api/v1/directory/staff-import", "text/csv",
                ("職員番号,ログインID,氏名,氏名カナ,メールアドレス,所属コード,職名,役割\n" + number + "," + login
                        + ",浅野 川子,アサノ カワコ," + login + "@city-hall.example,02102,主任,\n").getBytes(StandardCharsets.UTF_8));
        long auditedBefore = Api.as("admin").get("/api/v1/audit/verify").json().getJsonNumber("checked").longValue();

        LoginPage.open(browser).signIn("admin", "demo");
        StaffAdminPage page = StaffAdminPage.open(browser).search(login);
        assertThat(page.firstRowText()).contains("浅野 川子", "調整係", "主任");
        page.editFirstRow().choosePosition("係長").save();

        assertThat(StaffAdminPage.open(browser).search(login).firstRowText()).contains("係長");
        assertThat(Api.as("admin").get("/api/v1/staff/" + login).json().getJsonArray("roles").toString()).contains("APPROVER");
        assertThat(Api.as("admin").get("/api/v1/audit/verify").json().getJsonNumber("checked").longValue())
                .isGreaterThan(auditedBefore);
    }

    /** Enter in the search box only searches: it must not open the edit dialog of whoever was the first row. */
    @Test
    void enterInTheSearchBoxSearchesAndOpensNoEditDialog(WebDriver browser) throws InterruptedException {
        LoginPage.open(browser).signIn("admin", "demo");
        StaffAdminPage page = StaffAdminPage.open(browser).searchWithEnter("takahashi");
        Thread.sleep(800); // a dialog opened by the Enter would be shown by now

        assertThat(page.editDialogShown()).as("edit dialog after Enter").isFalse();
        assertThat(page.firstRowText()).contains("takahashi");
        Browser.screenshot(browser, "StaffAdminIT-enter-searches");
    }
}
