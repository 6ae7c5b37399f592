package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * axe-core's WCAG 2 A and AA rules find nothing on any page, at 100% and at 200% zoom: the sign-in
 * page, the catalog, a problem page (with a hint shown, in interview mode, and with the report of a
 * wrong answer in two results), the progress page with an interview in its table, and the page of
 * an unknown problem. Each audit leaves a screenshot of the page at both zooms in {@code
 * target/screenshots/}, named {@code page-*}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityTest {
  @TempDir static Path tmp;
  static BrowserFixture browser;

  @BeforeAll
  static void start() throws IOException {
    browser = BrowserFixture.start(tmp);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(0)
  void theSignInPage() {
    browser.driver.manage().deleteAllCookies();
    try {
      browser.driver.get(browser.base() + "/progress");
      assertThat(browser.driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Open the link from the terminal");
      assertNoViolation("sign-in");
    } finally {
      browser.driver.get(browser.server().server.signInLink().toString());
    }
  }

  @Test
  @Order(1)
  void theCatalog() {
    browser.open("/");
    assertNoViolation("catalog");
  }

  @Test
  @Order(2)
  void aProblemWithAHintShown() {
    browser.open("/problems/multi-head-attention");
    browser.driver.findElement(By.id("hint-btn")).click();
    browser.wait.until(d -> !d.findElements(By.cssSelector(".hint .katex, .hint p")).isEmpty());
    assertNoViolation("problem");
  }

  @Test
  @Order(3)
  void aProblemInInterviewMode() {
    ServerFixture.Response session =
        browser
            .server()
            .post("/api/interviews", "{\"problem\": \"top-k\", \"language\": \"python\"}");
    assertThat(session.status()).isEqualTo(201);
    browser.open("/problems/top-k");
    assertThat(browser.driver.findElement(By.id("timer")).isDisplayed()).isTrue();
    assertNoViolation("problem-interview");
    String id = session.json().get("id").asText();
    assertThat(browser.server().post("/api/interviews/" + id + "/finish", "").status())
        .isEqualTo(200);
  }

  @Test
  @Order(3)
  void aReportWithTwoWrongResults() {
    browser.open("/problems/reinforce");
    browser.js(
        "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])",
        BrowserTest.REINFORCE_OFF_BY_A_LITTLE);
    browser.driver.findElement(By.id("run-btn")).click();
    browser.wait.until(d -> !d.findElements(By.cssSelector("#report .output-detail")).isEmpty());
    browser.js("document.querySelector('#report .case-detail').scrollIntoView()");
    assertNoViolation("problem-report");
  }

  @Test
  @Order(4)
  void theProgressPageWithAnInterview() {
    browser.open("/progress");
    assertThat(browser.driver.findElement(By.id("interviews")).getText()).contains("of 20:00");
    assertNoViolation("progress");
  }

  @Test
  @Order(5)
  void thePageOfAnUnknownProblem() {
    browser.driver.get(browser.base() + "/problems/no-such-problem");
    assertNoViolation("not-found");
  }

  /** Audits the page at 100% and at 200% zoom, leaving a screenshot of each. */
  private static void assertNoViolation(String page) {
    List<String> violations = new ArrayList<>();
    try {
      for (boolean zoomed : new boolean[] {false, true}) {
        if (zoomed) {
          browser.twiceTheZoom();
        }
        browser.screenshot("page-" + page + (zoomed ? "-200" : ""));
        for (String v : browser.accessibilityViolations()) {
          violations.add((zoomed ? "at 200%: " : "") + v);
        }
      }
    } finally {
      browser.normalZoom();
    }
    assertThat(violations).as(page + ": axe-core's WCAG 2 A and AA rules").isEmpty();
  }
}
