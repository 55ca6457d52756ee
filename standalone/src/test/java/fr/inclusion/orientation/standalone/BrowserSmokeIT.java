package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The browser setup alone, no stack needed: Playwright launches Debian's chromium, renders a page, takes a
 * screenshot, and axe-core tells an accessible page from one that is not. A failure here is the setup, not the app.
 */
class BrowserSmokeIT {

    private static String dataUrl(String html) {
        return "data:text/html;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void debianChromiumRendersAPageAndAxeJudgesIt() throws Exception {
        try (Playwright playwright = Browsers.playwright(); Browser browser = Browsers.chromium(playwright)) {
            Page page = browser.newPage();
            page.navigate(dataUrl("""
                    <!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title></head>
                    <body><main><h1>Orientation numérique</h1><p>Bonjour, ceci est un essai.</p></main></body></html>
                    """));

            assertThat(page.locator("h1").textContent()).isEqualTo("Orientation numérique");
            assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("fr");
            assertThat(browser.version()).isNotBlank();
            Path shot = Browsers.screenshot("smoke");
            page.screenshot(new Page.ScreenshotOptions().setPath(shot));
            assertThat(Files.readAllBytes(shot)).startsWith(0x89, 'P', 'N', 'G');

            AxeResults clean = new AxeBuilder(page).withTags(Browsers.WCAG_21_AA).analyze();
            assertThat(clean.getViolations()).isEmpty();

            page.navigate(dataUrl("""
                    <!doctype html><html><head><title>Essai</title></head>
                    <body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>
                    """));
            AxeResults flawed = new AxeBuilder(page).withTags(Browsers.WCAG_21_AA).analyze();
            assertThat(flawed.getViolations()).extracting(r -> r.getId()).contains("html-has-lang", "image-alt");
        }
    }
}
