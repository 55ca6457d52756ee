package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
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

    /** Every WCAG 2.1 A/AA violation axe-core finds on the page, described for an assertion message. */
    static List<Rule> accessibilityViolations(Page page) {
        AxeResults axe = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        return axe.getViolations();
    }

    static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + " at " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .collect(Collectors.joining("\n", "axe-core violations:\n", ""));
    }

    /**
     * What every page of the journeys must be: no WCAG 2.1 A/AA violation of serious or critical impact, no
     * horizontal scroll 360 px wide; screenshots of it at 1280 and 360 px under {@link #SCREENSHOTS}.
     */
    static void checkPage(Page page, String name) throws java.io.IOException {
        page.waitForLoadState();
        List<Rule> serious = accessibilityViolations(page).stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as("%s: %s", name, describe(serious)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshot(name + "-desktop")).setFullPage(true));
        var size = page.viewportSize();
        page.setViewportSize(360, 740);
        Object overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshot(name + "-360")).setFullPage(true));
        page.setViewportSize(size.width, size.height);
        assertThat(((Number) overflow).intValue()).as("%s scrolls sideways at 360 px", name).isLessThanOrEqualTo(0);
    }
}
