package jp.shokuba.seating;

import static jp.shokuba.seating.TestFloor.book;
import static jp.shokuba.seating.TestFloor.staff;
import static jp.shokuba.seating.TestFloor.today;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.shokuba.it.Api;
import jp.shokuba.it.Browser;
import jp.shokuba.it.Platform;
import jp.shokuba.it.pages.CheckInPage;
import jp.shokuba.it.pages.HomePage;
import jp.shokuba.it.pages.LoginPage;
import jp.shokuba.it.pages.SeatingPage;
import jp.shokuba.it.pages.TeamDayPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The seating pages in Chromium: live floor plan, QR check-in, team day. Screenshots land in target/screenshots. */
@ExtendWith({Platform.class, Browser.class})
class SeatingBrowserIT {

    @Test
    void aDeskBookedOnThePlanInOneBrowserShowsTakenInAnotherWithoutReload(WebDriver first, WebDriver second) {
        TestFloor floor = TestFloor.create(4, 2);
        LocalDate day = today().plusDays(5);
        LoginPage.open(first).signIn(staff(60), "demo");
        LoginPage.open(second).signIn(staff(61), "demo");
        SeatingPage mine = SeatingPage.open(first, floor.id, day);
        SeatingPage theirs = SeatingPage.open(second, floor.id, day).mark();
        assertThat(theirs.deskState("A2")).isEqualTo("FREE");

        mine.choose("A2").awaitMessageContaining("A2");

        assertThat(mine.awaitDeskState("A2", "BOOKED").deskIsMine("A2")).isTrue();
        theirs.awaitDeskState("A2", "BOOKED");
        assertThat(theirs.stillMarked()).as("updated by push, not by reloading the page").isTrue();
        Browser.screenshot(second, "SeatingBrowserIT-taken-in-the-other-browser");

        theirs.click("A2").awaitMessageContaining("A2");
        assertThat(theirs.message()).contains("A1");
        theirs.takeInstead("A1").awaitDeskState("A1", "BOOKED");
        mine.awaitDeskState("A1", "BOOKED");
        assertThat(theirs.deskIsMine("A1")).isTrue();
    }

    @Test
    void theQrCodeOfADeskLeadsToItsCheckInAfterSignIn(WebDriver facilities, WebDriver phone) {
        TestFloor floor = TestFloor.create(2, 1);
        String me = staff(62);
        assertThat(book(me, floor.desk("A2"), today(), "DAY").status()).isEqualTo(201);
        LoginPage.open(facilities).signIn("nakamura", "demo");
        facilities.get(Platform.url("/seating/admin/qr.xhtml?floor=" + floor.id).toString());
        List<String> urls = facilities.findElements(By.cssSelector(".qr-card")).stream()
                .filter(c -> c.getText().contains("A2")).map(c -> c.getAttribute("data-url")).toList();
        assertThat(urls).hasSize(1);
        assertThat(facilities.findElements(By.cssSelector(".qr-card svg path"))).hasSize(2);

        CheckInPage checkIn = CheckInPage.followQrCode(phone, urls.get(0), me, "demo");
        assertThat(checkIn.desk()).contains("A2");
        checkIn.checkIn();

        assertThat(checkIn.status()).contains("A2");
        assertThat(floor.state(me, "A2", today())).isEqualTo("OCCUPIED/OCCUPIED");
    }

    @Test
    void aTeamLeaderBooksATeamDayAndTheTeamIsToldOnTheHomePage(WebDriver leader, WebDriver member) {
        LocalDate day = TestFloor.workingDayFrom(today().plusDays(9));
        LoginPage.open(leader).signIn("sato", "demo");

        List<List<String>> seated = TeamDayPage.open(leader).book(day).seated();

        assertThat(seated).hasSize(4);
        assertThat(seated).extracting(r -> r.get(1)).containsOnly(seated.get(0).get(1));
        HomePage home = LoginPage.open(member).signIn("tanaka", "demo");
        assertThat(home.pageText()).contains("チームデー");

        member.get(Platform.url("/seating/index.xhtml").toString());
        new SeatingPage(member);
        assertThat(member.findElements(By.cssSelector("#seat-plan g.desk"))).as("the demo's 第一本庁舎 2F").hasSize(300);
        Browser.screenshot(member, "SeatingBrowserIT-demo-floor-2F");
    }

    @Test
    void aDeskTakenAMomentAgoBecomesTheNearestFreeOneAndBookMeADeskSaysWhy(WebDriver browser, WebDriver teammate)
            throws Exception {
        TestFloor floor = TestFloor.create(4, 1);
        LocalDate day = today().plusDays(8);
        LoginPage.open(browser).signIn(staff(63), "demo");
        SeatingPage page = SeatingPage.open(browser, floor.id, day);
        assertThat(page.deskState("A2")).isEqualTo("FREE");
        // Taken behind the page's back (straight into the database, so no push redraws the plan first).
        try (java.sql.Connection db = jp.shokuba.it.TestDatabase.asApplication();
             java.sql.PreparedStatement taken = db.prepareStatement(
                     "INSERT INTO seating.desk_booking (desk_id, login, day, slot) VALUES (?, ?, ?, 'DAY')")) {
            taken.setLong(1, floor.desk("A2"));
            taken.setString(2, staff(64));
            taken.setObject(3, day);
            taken.executeUpdate();
        }

        page.click("A2").awaitMessageContaining("A1");

        assertThat(page.message()).contains("予約しました").contains("希望の席から 1 席");
        page.awaitDeskState("A1", "BOOKED");
        assertThat(page.deskIsMine("A1")).isTrue();
        Browser.screenshot(browser, "SeatingBrowserIT-taken-a-moment-ago-nearest-booked");

        LocalDate later = today().plusDays(10);
        String[] pair = Teammates.pairFreeOn(later);
        assertThat(book(pair[1], floor.desk("A4"), later, "DAY").status()).isEqualTo(201);
        LoginPage.open(teammate).signIn(pair[0], "demo");
        SeatingPage mine = SeatingPage.open(teammate, floor.id, later);

        mine.bookForMe().awaitMessageContaining("予約しました");

        assertThat(mine.message()).contains("チームから");
        Browser.screenshot(teammate, "SeatingBrowserIT-book-me-a-desk-with-its-reason");
    }

    /**
     * A past day and a day the city hall is closed show no bookable desk and say why before any click; the
     * message goes when another day is chosen. A floor opened for the closed day can be booked that day.
     */
    @Test
    void aPastDayAndAClosedDayShowNoFreeDeskAndSayWhyUntilAnotherDayIsChosen(WebDriver browser) {
        TestFloor floor = TestFloor.create(2, 1).keepingTheCalendar();
        LocalDate closed = TestFloor.closedDayAfter(today());
        LocalDate open = TestFloor.workingDayFrom(today().plusDays(1));
        String me = staff(65);
        LoginPage.open(browser).signIn(me, "demo");

        SeatingPage page = SeatingPage.open(browser, floor.id, today().minusDays(1));
        assertThat(page.deskState("A1")).isEqualTo("BLOCKED");
        assertThat(page.message()).contains("過ぎた日");
        page.click("A1");
        assertThat(page.message()).contains("過ぎた日");
        Browser.screenshot(browser, "SeatingBrowserIT-past-day");

        page.changeDate(closed).awaitDeskState("A1", "BLOCKED").awaitMessageContaining("閉庁日");
        assertThat(page.occupancy()).contains("閉庁日");
        Browser.screenshot(browser, "SeatingBrowserIT-closed-day");
        Api.Reply refused = book(me, floor.desk("A1"), closed, "DAY");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().getString("detail")).contains("閉庁日");

        page.changeDate(open).awaitDeskState("A1", "FREE");
        assertThat(page.currentMessage()).isEmpty();

        Api.Reply opened = TestFloor.FACILITIES.post("/api/v1/seating/admin/floors/" + floor.id + "/openings",
                jakarta.json.Json.createObjectBuilder().add("from", closed.toString()).add("to", closed.toString())
                        .add("reason", "選挙の開票作業").build());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(floor.state(me, "A1", closed)).isEqualTo("FREE/FREE");
        assertThat(book(me, floor.desk("A1"), closed, "DAY").status()).isEqualTo(201);
    }

    /** Today's desk on the home page names the slot as a word in each language, never as the code (DAY). */
    @Test
    void theHomePageNamesTheSlotAsAWordInBothLanguages(WebDriver browser) {
        TestFloor floor = TestFloor.create(1, 1);
        String me = staff(66);
        assertThat(book(me, floor.desk("A1"), today(), "DAY").status()).isEqualTo(201);

        HomePage home = LoginPage.open(browser).signIn(me, "demo");
        assertThat(home.pageText()).contains("（終日）").doesNotContain("DAY");
        Browser.screenshot(browser, "SeatingBrowserIT-home-slot-ja");
        home.switchLanguage();
        assertThat(HomePage.open(browser).pageText()).contains("(all day)").doesNotContain("(DAY)");
        Browser.screenshot(browser, "SeatingBrowserIT-home-slot-en");
    }
}
