package jp.shokuba.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Debian Chromium per test, driven by Debian's chromedriver. A test method may take
 * several {@link WebDriver} parameters for several people at once. After the test every window
 * is saved as a screenshot under {@code target/screenshots} and closed.
 */
public class Browser implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(Browser.class);

    public static WebDriver open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("shokuba.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--window-size=1366,900", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("shokuba.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    /**
     * Waits until the element has left the page (a form re-rendered by an answer). Selenium's own staleness check
     * expects a "stale element" error, but ChromeDriver 156 may instead say that the node "does not belong to the
     * document", which means the same.
     */
    public static void awaitGone(WebDriver driver, org.openqa.selenium.WebElement element, Duration timeout) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public static Path screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("shokuba.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        WebDriver driver = open();
        context.getStore(NS).put("driver-" + parameter.getIndex(), driver);
        return driver;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (int i = 0; i < 8; i++) {
            WebDriver driver = context.getStore(NS).remove("driver-" + i, WebDriver.class);
            if (driver != null) {
                try {
                    screenshot(driver, context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName() + (i == 0 ? "" : "-" + i));
                } finally {
                    driver.quit();
                }
            }
        }
    }
}
