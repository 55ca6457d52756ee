package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Playwright for Java driving Debian's chromium ({@code -Dorientation.chromium}, {@code /usr/bin/chromium} by
 * default; {@code ./orientation test} installs it when missing). Playwright never downloads a browser here
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD, also set by the build).
 */
final class Browsers {

    static final Path CHROMIUM = Path.of(System.getProperty("orientation.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("orientation.screenshots", "target/screenshots"));
    static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");
    /** WCAG 2.1 level AA, as axe-core tags it. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Browsers() {
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("%s missing: apt-get install -y chromium (./orientation test installs it)", CHROMIUM)
                .isTrue();
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS));
    }

    static Path screenshot(String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        return SCREENSHOTS.resolve(name + ".png");
    }
}
