package jp.shokuba.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import jp.shokuba.it.Browser;
import jp.shokuba.it.Platform;
import jp.shokuba.it.pages.LoginPage;
import jp.shokuba.it.pages.PaperPage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard on the demo city hall's year of history, as 田中 of 企画調整課 sees it: the city, then 都市政策局, then
 * 企画調整課 and its device on 127.0.1.1; his own department's rank; the monthly report downloaded from the page, read
 * back with PDFBox and rendered to a PNG beside the screenshots.
 */
@ExtendWith({Platform.class, Browser.class})
class PaperDashboardBrowserIT {

    @Test
    void drillsDownFromTheCityToADeviceAndShowsTheOwnRank(WebDriver driver) {
        LoginPage.open(driver).signIn("tanaka", "demo");
        PaperPage city = PaperPage.open(driver);
        Browser.screenshot(driver, "paper-1-city");

        assertThat(city.rowCodes()).contains("020", "010");
        assertThat(city.ownRank()).contains("企画調整課").matches("(?s).*: \\d+ / \\d+.*");
        assertThat(city.indicatorsText()).contains("未計測");

        PaperPage division = city.drillInto("020");
        assertThat(division.crumbs()).contains("都市政策局");
        assertThat(division.rowNames()).contains("企画調整課", "広報広聴課");
        Browser.screenshot(driver, "paper-2-division");

        PaperPage department = division.drillInto("0210");
        assertThat(department.crumbs()).contains("都市政策局").contains("企画調整課");
        assertThat(department.rowNames()).anyMatch(n -> n.contains("127.0.1.1:"));
        assertThat(department.levelPages()).doesNotStartWith("0 ");
        Browser.screenshot(driver, "paper-3-department");

        assertThat(department.backToCity().rowCodes()).contains("020");
    }

    /** Other tests define surveys of their own; the demo's is the one titled without a suffix. */
    private static void showDemoSurvey(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("survey:which")));
        new Select(driver.findElement(By.id("survey:which"))).selectByVisibleText("ペーパーレス取組状況調査");
        driver.findElement(By.id("survey:show")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("answered")));
    }

    @Test
    void theSurveyPageChartsTheDemoRoundsWithTheirReasons(WebDriver driver) {
        LoginPage.open(driver).signIn("tanaka", "demo");
        PaperPage.open(driver);
        driver.findElement(By.id("paper:toSurvey")).click();
        showDemoSurvey(driver);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".survey-question canvas")));
        Browser.screenshot(driver, "paper-4-survey");

        String text = driver.findElement(By.tagName("main")).getText();
        assertThat(text).contains("会議資料をペーパーレスにしていますか").contains("できない理由")
                .contains("タブレットが足りず").contains("第2回");
        assertThat(driver.findElements(By.cssSelector(".survey-question canvas"))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aDepartmentAnswersTheSurveyAndMustSayWhyNot(WebDriver driver) {
        LoginPage.open(driver).signIn("tanaka", "demo");
        driver.get(Platform.url("/paper/survey.xhtml").toString());
        showDemoSurvey(driver);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer:send")));
        driver.findElement(By.cssSelector("fieldset[data-position='1'] input[type=radio][value='いいえ']")).click();
        driver.findElement(By.cssSelector("fieldset[data-position='2'] input[type=checkbox][value='スキャンが面倒']")).click();
        driver.findElement(By.cssSelector("fieldset[data-position='3'] textarea")).sendKeys("裏紙を使っている");
        driver.findElement(By.id("answer:send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
        assertThat(driver.findElement(By.cssSelector(".ui-messages")).getText()).contains("「いいえ」を選んだ理由");

        // the refused answers are shown again as given: only the reason is missing
        assertThat(driver.findElement(By.cssSelector("fieldset[data-position='1'] input[type=radio][value='いいえ']")).isSelected()).isTrue();
        driver.findElement(By.cssSelector("fieldset[data-position='1'] input.reason")).sendKeys("資料を紙で求められる");
        driver.findElement(By.id("answer:send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-info")));
        Browser.screenshot(driver, "paper-5-survey-answered");

        assertThat(driver.findElement(By.tagName("main")).getText()).contains("企画調整課: 資料を紙で求められる")
                .contains("企画調整課: 裏紙を使っている");
    }

    @Test
    void theMonthlyReportLinkGivesAJapanesePdf(WebDriver driver) throws Exception {
        LoginPage.open(driver).signIn("tanaka", "demo");
        PaperPage page = PaperPage.open(driver);
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(page.reportHref()))
                .header("Cookie", page.cookie()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("紙の削減状況 月次報告（令和").contains("市全体").contains("企画調整課").contains("位");
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            Path dir = Path.of(System.getProperty("shokuba.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            ImageIO.write(image, "png", dir.resolve("paper-report-page1.png").toFile());
        }
    }
}
