package fr.inclusion.orientation.standalone;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;

/** Signing a demo user in at the running stack's gateway through Keycloak's login page, in a real browser. */
final class GatewaySignIn {

    static final String GATEWAY = System.getProperty("orientation.gateway", "http://127.0.0.1:8080");
    static final String KEYCLOAK = System.getProperty("orientation.keycloak", "http://127.0.0.1:8180");
    static final String REALM = KEYCLOAK + "/realms/orientation/";

    private GatewaySignIn() {
    }

    /** A fresh browser profile of a French user: no cookie, French first in Accept-Language. */
    static BrowserContext newContext(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(GATEWAY).setLocale("fr-FR").setViewportSize(1280, 800));
        context.setDefaultTimeout(60_000);
        context.setDefaultNavigationTimeout(60_000);
        return context;
    }

    static void awaitLoginPage(Page page) {
        page.waitForURL(url -> url.startsWith(REALM));
        page.locator("#username").waitFor();
        page.locator("#password").waitFor();
    }

    static void signIn(Page page, String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(username);
        page.locator("#kc-login").click();
    }

    /** A page of the context, signed in as the demo user (password = username) and back on the gateway. */
    static Page signedIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate("/");
        awaitLoginPage(page);
        signIn(page, username);
        awaitBackOnTheGateway(page);
        return page;
    }

    /** After Keycloak, on one of the gateway's pages (the home of the user's role: / redirects by role). */
    static void awaitBackOnTheGateway(Page page) {
        page.waitForURL(url -> url.startsWith(GATEWAY) && !URI.create(url).getPath().startsWith("/login")
                && !URI.create(url).getPath().startsWith("/oauth2"));
        page.waitForLoadState();
    }

    static Cookie sessionCookie(BrowserContext context) {
        return allGatewayCookies(context).stream().filter(c -> c.name.equals("SESSION")).findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie for " + GATEWAY + ": "
                        + allGatewayCookies(context).stream().map(c -> c.name).toList()));
    }

    /** Every cookie the browser would send to the gateway's pages or its API. */
    static List<Cookie> allGatewayCookies(BrowserContext context) {
        Map<String, Cookie> byName = new LinkedHashMap<>();
        for (Cookie cookie : context.cookies(List.of(GATEWAY + "/", GATEWAY + "/api/referrals"))) {
            byName.putIfAbsent(cookie.name + "@" + cookie.path, cookie);
        }
        return List.copyOf(byName.values());
    }
}
