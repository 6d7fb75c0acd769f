package cn.ipcity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system Chromium (Debian packages chromium and chromium-driver, installed by .ci/run) in headless mode at
 * 1366×768, as every browser test uses it. Nothing is downloaded: the driver path is explicit, so Selenium
 * Manager stays out of the way, and the flags keep Chromium off the (closed) network.
 */
public final class Chromium {

    public static final String BINARY = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";
    public static final int WIDTH = 1366;
    public static final int HEIGHT = 768;
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    /** Held so that the level set below stays (java.util.logging keeps loggers only weakly). */
    private static final List<Logger> QUIET = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    private Chromium() {}

    /** A new headless browser with a fresh profile under target/, its console log readable by the test. */
    public static ChromeDriver start() throws IOException {
        for (String program : List.of(BINARY, DRIVER)) {
            assertThat(Files.isExecutable(Paths.get(program)))
                    .as(
                            "%s is missing: install the Debian packages chromium and chromium-driver (see .ci/run)",
                            program)
                    .isTrue();
        }
        System.setProperty("webdriver.chrome.driver", DRIVER);
        System.setProperty("SE_OFFLINE", "true");
        // the CDP calls used by the tests go through chromedriver, so no selenium-devtools-vNNN matching the browser
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
        Files.createDirectories(SCREENSHOTS);
        Path profile = Files.createTempDirectory(Files.createDirectories(Paths.get("target")), "chromium-profile-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=zh-CN",
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
