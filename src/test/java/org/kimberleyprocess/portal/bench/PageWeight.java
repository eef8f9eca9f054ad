package org.kimberleyprocess.portal.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures what a first visit of each page costs a focal point on a slow line: Chromium with its network held
 * to 1.6 Mbps down and up and 150 ms latency, the browser's cache emptied before each page. For each page:
 * the bytes on the wire (the page and everything it loads, as transferred, headers included) and the time until
 * the page's load event. Run by {@code src/test/bench/page-weight.sh} against a running portal; prints a Markdown table.
 * The targets (issue: at most 400 KiB and under 3 s) are checked and the run fails when a page misses them.
 */
public final class PageWeight {

    static final long LIMIT_BYTES = 400 * 1024;
    static final long LIMIT_MILLIS = 3000;

    record Measure(String page, long bytes, long millis, int requests) {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9080";
        Map<String, String> anonymous = new LinkedHashMap<>();
        anonymous.put("Home", "/index.xhtml?lang=fr");
        anonymous.put("Participants", "/registry/participants.xhtml?lang=ru");
        anonymous.put("A Participant", "/registry/participant.xhtml?iso=BW&lang=pt");
        anonymous.put("Applicants", "/registry/applicants.xhtml?lang=es");
        anonymous.put("Observers", "/registry/observers.xhtml?lang=en");
        anonymous.put("Chairs", "/registry/chairs.xhtml?lang=fr");
        anonymous.put("Committees", "/plenary/committees.xhtml?lang=ru");
        anonymous.put("Log in", "/accounts/login.xhtml?lang=fr");
        anonymous.put("Sign up", "/membership/signup.xhtml?lang=es");
        anonymous.put("Observer request", "/membership/observer-apply.xhtml?lang=pt");
        Map<String, String> focalPoint = new LinkedHashMap<>();
        focalPoint.put("My account (focal point)", "/accounts/index.xhtml");
        focalPoint.put("Our contacts (focal point)", "/registry/contacts.xhtml");
        Map<String, String> applicant = new LinkedHashMap<>();
        applicant.put("Our application (applicant)", "/membership/application.xhtml");
        applicant.put("Wizard step 1 (applicant)", "/membership/wizard.xhtml?step=1");
        Map<String, String> committee = new LinkedHashMap<>();
        committee.put("Applications (committee)", "/membership/applications.xhtml");

        List<Measure> measures = new ArrayList<>();
        ChromeDriver browser = org.kimberleyprocess.portal.it.Chromium.open(Duration.ofSeconds(120));
        try {
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                    "latency", 150, "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 1_600_000 / 8));
            measureAll(browser, base, anonymous, measures);
            for (var as : List.of(Map.entry("focal.bw", focalPoint), Map.entry("applicant.mx", applicant),
                    Map.entry("committee", committee))) {
                logIn(browser, base, as.getKey());
                measureAll(browser, base, as.getValue(), measures);
                browser.manage().deleteAllCookies();
            }
        } finally {
            browser.quit();
        }

        StringBuilder out = new StringBuilder("| page | on the wire | load | requests |\n|---|---:|---:|---:|\n");
        boolean met = true;
        for (Measure m : measures) {
            boolean ok = m.bytes() <= LIMIT_BYTES && m.millis() < LIMIT_MILLIS;
            met &= ok;
            out.append(String.format(Locale.ROOT, "| %s | %.0f KiB | %.1f s | %d |%s%n", m.page(), m.bytes() / 1024.0,
                    m.millis() / 1000.0, m.requests(), ok ? "" : " over the target"));
        }
        System.out.print(out);
        if (!met) {
            System.err.println("Some pages miss the target of 400 KiB and 3 s on a first visit.");
            System.exit(1);
        }
    }

    private static void measureAll(ChromeDriver browser, String base, Map<String, String> pages,
                                   List<Measure> measures) {
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.get(base + page.getValue());
            new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> "complete".equals(
                    browser.executeScript("return document.readyState")) && ((Number) browser.executeScript(
                    "return performance.getEntriesByType('navigation')[0].loadEventEnd")).longValue() > 0);
            Number bytes = (Number) browser.executeScript(
                    "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                            + ".reduce((sum, e) => sum + e.transferSize, 0)");
            Number millis = (Number) browser.executeScript(
                    "return performance.getEntriesByType('navigation')[0].loadEventEnd");
            Number requests = (Number) browser.executeScript(
                    "return 1 + performance.getEntriesByType('resource').length");
            measures.add(new Measure(page.getKey(), bytes.longValue(), Math.round(millis.doubleValue()),
                    requests.intValue()));
        }
    }

    private static void logIn(ChromeDriver browser, String base, String username) {
        browser.get(base + "/accounts/login.xhtml?lang=en");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys("kimberley-demo");
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(
                ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
    }
}
