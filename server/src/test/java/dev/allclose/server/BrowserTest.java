package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app's flows in a real headless Chromium ({@link BrowserFixture}): browse and filter the
 * catalog, open a problem with rendered maths, write a solution, run the samples, submit, see it
 * accepted and the tracker updated; a wrong solution shows its worst element, and one with several
 * wrong results shows each under its own name with its excerpt and largest absolute error; a draft
 * survives leaving the page at once; interview mode counts down, stays on screen at 200% zoom and
 * ends in a readable row of the tracker; a debugging round loads a planted bug, keeps the user's
 * draft aside and names the bug at the end; a derivation is typeset as it is typed, scored, and
 * shown beside the model derivation once the problem is accepted. The browser first opens the link
 * with the launch secret, as the user does from the terminal, and every page's own requests then
 * carry the cookie it set. Screenshots of each page go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  @TempDir static Path tmp;
  static BrowserFixture fixture;
  static ServerFixture server;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    fixture = BrowserFixture.start(tmp);
    server = fixture.server();
    browser = fixture.driver;
    wait = fixture.wait;
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  @Order(0)
  void theLinkSignsTheBrowserInAndThePagesThenSubmitRuns() throws IOException {
    browser.manage().deleteAllCookies();
    browser.get(server.base() + "/progress");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Open the link from the terminal");
    screenshot("sign-in-needed");

    browser.get(server.server.signInLink().toString());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("count"), "problems"));
    assertThat(browser.getCurrentUrl()).isEqualTo(server.base() + "/");
    Cookie cookie = browser.manage().getCookieNamed("allclose_token_" + server.server.port());
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualTo("Strict");

    browser.get(server.base() + "/problems/top-k");
    awaitReady();
    setEditor(ApiTest.TOP_K);
    browser.findElement(By.id("run-btn")).click();
    assertThat(awaitSummary().getAttribute("data-verdict")).isEqualTo("accepted");
  }

  @Test
  @Order(1)
  void theCatalogListsProblemsBySectionAndFilters() throws IOException {
    browser.get(server.base() + "/");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("count"), "problems"));
    assertThat(browser.findElements(By.cssSelector("h2.section-title")).get(0).getText())
        .isEqualTo("1. Paper implementation");
    int all = rows().size();
    assertThat(all).isGreaterThanOrEqualTo(14);
    screenshot("catalog");

    new Select(browser.findElement(By.id("section"))).selectByValue("3");
    assertThat(rows())
        .extracting(r -> r.getAttribute("data-slug"))
        .contains("top-k", "bloom-filter")
        .doesNotContain("multi-head-attention");
    new Select(browser.findElement(By.id("section"))).selectByValue("");
    browser.findElement(By.id("q")).sendKeys("rotary");
    assertThat(rows()).extracting(r -> r.getAttribute("data-slug")).containsExactly("rope");
    browser.findElement(By.id("q")).clear();
    browser.findElement(By.id("q")).sendKeys(Keys.SPACE, Keys.BACK_SPACE);
    new Select(browser.findElement(By.id("difficulty"))).selectByValue("hard");
    assertThat(rows().size()).isLessThan(all).isPositive();
  }

  @Test
  @Order(2)
  void solvingAProblemRunsTheSamplesSubmitsAndUpdatesTheTracker() throws IOException {
    browser.get(server.base() + "/");
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Multi-Head Self-Attention")))
        .click();
    awaitReady();
    assertThat(browser.findElements(By.cssSelector("#statement .katex")).size())
        .as("maths typeset by KaTeX")
        .isGreaterThan(10);
    assertThat(editorText()).contains("def multi_head_attention");

    setEditor(ApiTest.MHA);
    WebElement editor = focusEditor();
    editor.sendKeys(
        Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "# checked by hand: shapes (B, T, D)");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "saved"));
    assertThat(editorText()).contains("# checked by hand");

    editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER)); // the keyboard shortcut runs the samples
    WebElement summary = awaitSummary();
    assertThat(summary.getAttribute("data-verdict")).isEqualTo("accepted");
    assertThat(summary.getText()).contains("ACCEPTED").contains("2/2 cases").contains("samples");

    browser.findElement(By.id("submit-btn")).click();
    summary =
        wait.until(
            d -> {
              WebElement s = d.findElement(By.cssSelector("#report .summary"));
              return s.getText().contains("all cases") ? s : null;
            });
    assertThat(summary.getAttribute("data-verdict")).isEqualTo("accepted");
    assertThat(browser.findElements(By.cssSelector("tr.case[data-verdict=accepted]")).size())
        .isGreaterThan(5);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meta"), "solved"));
    wait.until(d -> !d.findElement(By.id("editorial-body")).getText().contains("opens once"));
    screenshot("problem-accepted");

    browser.get(server.base() + "/progress");
    awaitReady();
    WebElement row =
        browser.findElement(By.cssSelector("#tracker tr[data-slug=multi-head-attention]"));
    assertThat(row.getText()).contains("solved").contains("1").doesNotContain(" - ");
    assertThat(row.findElements(By.tagName("td")).get(5).getText())
        .as("time since the page was opened")
        .endsWith(" s");
    assertThat(browser.findElement(By.id("headline")).getText()).startsWith("1 of ");
    WebElement note = row.findElement(By.cssSelector("input.note"));
    note.sendKeys("transpose before reshape", Keys.ENTER);
    wait.until(d -> "saved".equals(note.getAttribute("title")));
    screenshot("progress");
    browser.navigate().refresh();
    awaitReady();
    assertThat(
            browser
                .findElement(
                    By.cssSelector("#tracker tr[data-slug=multi-head-attention] input.note"))
                .getAttribute("value"))
        .isEqualTo("transpose before reshape");
  }

  @Test
  @Order(3)
  void aWrongSolutionShowsTheWorstElement() throws IOException {
    browser.get(server.base() + "/problems/multi-head-attention");
    awaitReady();
    setEditor(ApiTest.MHA.replace(" / np.sqrt(d_k)", ""));
    browser.findElement(By.id("run-btn")).click();
    WebElement summary = awaitSummary();
    assertThat(summary.getAttribute("data-verdict")).isEqualTo("wrong_answer");
    String detail = browser.findElement(By.cssSelector(".case-detail")).getText();
    assertThat(detail)
        .contains("worst element")
        .contains("expected")
        .contains("got")
        .contains("max abs / rel error");
    assertThat(browser.findElement(By.cssSelector("pre.block")).getText())
        .contains("expected[")
        .contains("actual  [");
    screenshot("problem-wrong-answer");
  }

  @Test
  @Order(3)
  void eachFailingResultShowsItsOwnExcerptAndLargestAbsoluteError() throws Exception {
    JsonNode report =
        server.runToEnd("reinforce", "python", REINFORCE_OFF_BY_A_LITTLE, "test").get("report");
    JsonNode failed = firstFailingCase(report);
    JsonNode grad = output(failed, "grad");
    JsonNode newTheta = output(failed, "new_theta");
    assertThat(grad.get("matched").asBoolean()).isFalse();
    assertThat(newTheta.get("matched").asBoolean()).isFalse();
    assertThat(expectedRow(grad)).isNotEqualTo(expectedRow(newTheta));
    assertThat(index(newTheta.get("max_abs_element"))).isNotEqualTo(index(newTheta.get("worst")));

    browser.get(server.base() + "/problems/reinforce");
    awaitReady();
    setEditor(REINFORCE_OFF_BY_A_LITTLE);
    browser.findElement(By.id("run-btn")).click();
    assertThat(awaitSummary().getAttribute("data-verdict")).isEqualTo("wrong_answer");
    WebElement detail =
        browser.findElement(
            By.cssSelector("tr.case[data-case='" + failed.get("name").asText() + "'] + tr.detail"));
    for (JsonNode[] own : new JsonNode[][] {{grad, newTheta}, {newTheta, grad}}) {
      String name = own[0].get("name").asText();
      WebElement block = detail.findElement(By.xpath(".//h3[normalize-space()='" + name + "']/.."));
      assertThat(block.getText())
          .as("the block headed %s", name)
          .contains(own[0].get("message").asText())
          .contains(expectedRow(own[0]))
          .doesNotContain(expectedRow(own[1]));
      assertThat(label(block, "worst element").getText())
          .isEqualTo("worst element (largest error relative to the tolerance)");
      assertThat(fact(block, "worst element").getText()).contains(index(own[0].get("worst")));
      assertThat(fact(block, "largest absolute error").getText())
          .contains(index(own[0].get("max_abs_element")))
          .contains("expected")
          .contains("got");
    }
    fixture.js("arguments[0].scrollIntoView()", detail);
    screenshot("problem-two-results-wrong");
    fixture.twiceTheZoom();
    try {
      fixture.js("arguments[0].scrollIntoView()", detail);
      screenshot("problem-two-results-wrong-200-percent");
      Long overflow =
          (Long)
              fixture.js(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow).as("no horizontal scrolling of the page").isLessThanOrEqualTo(0L);
    } finally {
      fixture.normalZoom();
    }
  }

  @Test
  @Order(3)
  void aHiddenCaseShowsTheErrorButNotTheExpectedValue() throws IOException {
    browser.get(server.base() + "/problems/multi-head-attention");
    awaitReady();
    // the softmax without its max subtracted passes the samples and overflows on large scores
    setEditor(ApiTest.MHA.replace("np.exp(s - s.max(-1, keepdims=True))", "np.exp(s)"));
    browser.findElement(By.id("submit-btn")).click();
    WebElement summary =
        wait.until(
            d -> {
              WebElement s = d.findElement(By.cssSelector("#report .summary"));
              return "wrong_answer".equals(s.getAttribute("data-verdict")) ? s : null;
            });
    assertThat(summary.getText()).contains("WRONG ANSWER");
    WebElement hidden =
        browser.findElement(By.cssSelector("tr.case[data-verdict=wrong_answer] + tr.detail"));
    assertThat(hidden.getText())
        .contains("worst element")
        .contains("a hidden case shows errors, not expected values")
        .doesNotContain("expected -")
        .doesNotContain("expected[");
    screenshot("problem-hidden-case");
  }

  @Test
  @Order(4)
  void interviewModeCountsDownAndKeepsHintsClosed() throws Exception {
    browser.get(server.base() + "/problems/top-k");
    awaitReady();
    browser.findElement(By.id("interview-btn")).click();
    WebElement timer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timer")));
    wait.until(d -> timer.getText().matches("\\d\\d:\\d\\d"));
    int first = seconds(timer.getText());
    assertThat(first).isBetween(19 * 60, 20 * 60);
    Thread.sleep(2500);
    assertThat(seconds(timer.getText())).isLessThan(first);
    assertThat(browser.findElement(By.id("hint-list")).getText())
        .contains("closed during an interview");
    assertThat(browser.findElement(By.id("hint-btn")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("editorial-body")).getText())
        .contains("closed during an interview");
    screenshot("interview");

    browser.findElement(By.id("interview-btn")).click();
    WebElement summary =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".interview-summary")));
    assertThat(summary.getText())
        .contains("Interview over")
        .contains("of 20:00")
        .contains("0 submissions");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hint-btn")));
  }

  @Test
  @Order(3)
  void aDraftIsSavedWhenThePageIsLeftRightAfterTyping() {
    browser.get(server.base() + "/problems/rope");
    awaitReady();
    WebElement editor = focusEditor();
    editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "# typed just before leaving");
    browser.get(server.base() + "/progress"); // well within the pause that saves while typing
    awaitReady();
    browser.get(server.base() + "/problems/rope");
    awaitReady();
    assertThat(editorText()).endsWith("# typed just before leaving");
  }

  @Test
  @Order(5)
  void theCountdownAndTheEditorStayOnScreenAtTwiceTheZoom() {
    fixture.twiceTheZoom();
    try {
      browser.get(server.base() + "/problems/flash-attention");
      awaitReady();
      browser.findElement(By.id("interview-btn")).click();
      wait.until(d -> d.findElement(By.id("timer")).getText().matches("\\d\\d:\\d\\d"));
      // the candidate reads on to the statement's last lines
      fixture.js("document.querySelector('#statement').lastElementChild.scrollIntoView()");
      screenshot("interview-200-percent");
      assertThat(visibleHeight("#timer"))
          .as("the countdown is wholly on screen")
          .isEqualTo(height("#timer"));
      assertThat(visibleHeight(".CodeMirror"))
          .as("at least six lines of the editor are on screen")
          .isGreaterThanOrEqualTo(6 * height(".CodeMirror-line"));
    } finally {
      fixture.normalZoom();
      browser.findElement(By.id("interview-btn")).click();
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".interview-summary")));
    }
  }

  @Test
  @Order(5)
  void aDebuggingRoundLoadsAPlantedBugAndGivesTheDraftBackAfterwards() throws Exception {
    browser.get(server.base() + "/problems/rope");
    awaitReady();
    String draft = editorText();
    WebElement debug = browser.findElement(By.id("debug-btn"));
    assertThat(debug.getText()).isEqualTo("Debug a planted bug (35 min)");
    debug.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("debug-note")));
    wait.until(d -> d.findElement(By.id("timer")).getText().matches("\\d\\d:\\d\\d"));
    assertThat(editorText()).isNotEqualTo(draft).contains("def ").doesNotContain("Wrong answer");
    assertThat(browser.findElement(By.id("language")).isEnabled()).isFalse();
    assertThat(browser.findElement(By.id("interview-btn")).getText())
        .isEqualTo("End debugging round");
    assertThat(debug.isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("hint-list")).getText()).contains("closed");

    WebElement editor = focusEditor();
    editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "# found it");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "saved"));
    assertThat(server.get("/api/problems/rope").json().get("interview").get("code").asText())
        .endsWith("# found it");
    screenshot("debug-round");
    fixture.twiceTheZoom();
    try {
      screenshot("debug-round-200-percent");
      assertThat(visibleHeight("#debug-note")).isGreaterThan(0);
    } finally {
      fixture.normalZoom();
    }

    browser.findElement(By.id("interview-btn")).click();
    WebElement summary =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".interview-summary")));
    assertThat(summary.getText())
        .contains("Debugging round over")
        .containsPattern("The planted bug \\(wrong_answer/\\w+\\.py\\): \\S");
    wait.until(d -> editorText().equals(draft));
    assertThat(browser.findElement(By.id("language")).isEnabled()).isTrue();
    assertThat(browser.findElement(By.id("debug-note")).isDisplayed()).isFalse();
    screenshot("debug-round-over");
  }

  @Test
  @Order(6)
  void theInterviewTableNamesTheProblemAndTheVerdictInWords() throws Exception {
    ServerFixture.Response session =
        server.post("/api/interviews", "{\"problem\": \"top-k\", \"language\": \"python\"}");
    server.runToEnd("top-k", "python", ApiTest.TOP_K.replace("[::-1]", ""), "submit");
    server.post("/api/interviews/" + session.json().get("id").asText() + "/finish", "");
    browser.get(server.base() + "/progress");
    awaitReady();
    List<String> rows =
        browser.findElements(By.cssSelector("#interview-table tbody tr")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(rows)
        .anySatisfy(r -> assertThat(r).contains("Top-K Selection").contains("wrong answer"))
        .anySatisfy(r -> assertThat(r).contains("Top-K Selection").contains("no submission"))
        .noneSatisfy(r -> assertThat(r).containsAnyOf("top-k", "wrong_answer", "none"));
    fixture.js("document.getElementById('interviews').scrollIntoView()");
    screenshot("progress-interviews");
  }

  @Test
  @Order(7)
  void everyRequestStaysOnLocalhost() {
    for (String page : List.of("/", "/problems/flash-attention", "/progress")) {
      browser.get(server.base() + page);
      awaitReady();
      @SuppressWarnings("unchecked")
      List<String> urls =
          (List<String>)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return performance.getEntriesByType('resource').map(e => e.name)");
      assertThat(urls)
          .as(page)
          .isNotEmpty()
          .allMatch(u -> u.startsWith(server.base()), "served by this server");
    }
  }

  @Test
  @Order(8)
  void theProblemPageFoldsIntoOneColumnAtTwiceTheZoom() {
    fixture.twiceTheZoom();
    try {
      browser.get(server.base() + "/problems/rope");
      awaitReady();
      WebElement statement = browser.findElement(By.cssSelector(".statement-col"));
      WebElement work = browser.findElement(By.cssSelector(".work-col"));
      assertThat(work.getLocation().getY())
          .isGreaterThan(statement.getLocation().getY() + statement.getSize().getHeight() - 5);
      Long overflow =
          (Long)
              fixture.js(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow).as("no horizontal scrolling of the page").isLessThanOrEqualTo(0L);
      screenshot("problem-200-percent");
    } finally {
      fixture.normalZoom();
    }
  }

  @Test
  @Order(9)
  void aDerivationIsTypesetAsItIsTypedAndShownBesideTheModelOnceAccepted() throws Exception {
    browser.get(server.base() + "/problems/softmax-cross-entropy-gradient");
    awaitReady();
    WebElement box = browser.findElement(By.id("derivation-text"));
    assertThat(box.isDisplayed()).isTrue();
    box.clear();
    box.sendKeys(
        "Subtracting the row maximum leaves the softmax unchanged and exp cannot overflow.",
        Keys.ENTER,
        Keys.ENTER,
        "The gradient of the mean loss is $$\\frac{1}{N}(\\mathrm{softmax}(z) - y)$$");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#derivation-preview .katex")));
    assertThat(browser.findElement(By.id("derivation-preview")).getText()).contains("row maximum");

    browser.findElement(By.id("derivation-btn")).click();
    WebElement summary =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".derivation-summary")));
    assertThat(summary.getText()).contains("key points").containsPattern("score \\d+%");
    assertThat(browser.findElement(By.id("derivation-result")).getText())
        .contains("open once you have an accepted submission");
    assertThat(browser.findElements(By.id("derivation-model"))).isEmpty();
    screenshot("derivation-scored");

    setEditor(acceptedSolution("softmax-cross-entropy-gradient"));
    browser.findElement(By.id("submit-btn")).click();
    wait.until(
        d -> {
          WebElement s = d.findElement(By.cssSelector("#report .summary"));
          return s.getText().contains("all cases") ? s : null;
        });
    assertThat(browser.findElement(By.cssSelector("#report .summary")).getAttribute("data-verdict"))
        .isEqualTo("accepted");
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#derivation-model .katex")));
    assertThat(browser.findElements(By.cssSelector("#derivation-yours .katex"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".key-points li")))
        .hasSize(Integer.parseInt(browser.findElement(By.id("derivation-points")).getText()));
    assertThat(
            browser.findElements(By.cssSelector(".key-points li.covered, .key-points li.partly")))
        .isNotEmpty();
    fixture.js("document.getElementById('derivation-result').scrollIntoView()");
    screenshot("derivation-beside-the-model");
    fixture.twiceTheZoom();
    try {
      browser.navigate().refresh();
      awaitReady();
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("#derivation-model .katex")));
      fixture.js("document.getElementById('derivation').scrollIntoView()");
      screenshot("derivation-200-percent");
      Long overflow =
          (Long)
              fixture.js(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow).as("no horizontal scrolling of the page").isLessThanOrEqualTo(0L);
    } finally {
      fixture.normalZoom();
    }

    browser.get(server.base() + "/progress");
    awaitReady();
    WebElement row =
        browser.findElement(
            By.cssSelector("#tracker tr[data-slug=softmax-cross-entropy-gradient]"));
    assertThat(row.findElements(By.tagName("td")).get(6).getText()).matches("\\d+%");
  }

  /** The first accepted Python solution the package keeps. */
  private static String acceptedSolution(String slug) throws IOException {
    Path folder = Path.of("..", "problems", "catalog", slug, "submissions", "accepted");
    try (var files = java.nio.file.Files.list(folder)) {
      Path first =
          files.filter(f -> f.toString().endsWith(".py")).sorted().findFirst().orElseThrow();
      return java.nio.file.Files.readString(first);
    }
  }

  /**
   * REINFORCE right up to its last step, then grad and new_theta both off by 1e-4 plus 0.1% of each
   * value (the returns are right): the largest absolute error falls on the largest value, and the
   * largest error relative to the tolerance on the smallest, so the two are different elements.
   */
  static final String REINFORCE_OFF_BY_A_LITTLE =
      """
      import numpy as np


      def reinforce_step(theta, states, actions, rewards, gamma, lr, baseline=True):
          T = len(rewards)
          returns = np.zeros(T)
          acc = 0.0
          for t in range(T - 1, -1, -1):
              acc = rewards[t] + gamma * acc
              returns[t] = acc
          advantage = returns - returns.mean() if baseline else returns
          logits = states @ theta
          pi = np.exp(logits - logits.max(axis=1, keepdims=True))
          pi /= pi.sum(axis=1, keepdims=True)
          score = -pi
          score[np.arange(T), actions] += 1.0
          grad = states.T @ (advantage[:, None] * score)
          return returns, off(grad), off(theta + lr * grad)


      def off(x):
          return x + 1e-4 + 1e-3 * np.abs(x)
      """;

  private static JsonNode firstFailingCase(JsonNode report) {
    for (JsonNode c : report.get("cases")) {
      if (c.get("verdict").asText().equals("wrong_answer")) {
        return c;
      }
    }
    throw new AssertionError("no wrong answer in " + report);
  }

  private static JsonNode output(JsonNode caseReport, String name) {
    for (JsonNode o : caseReport.get("outputs")) {
      if (o.get("name").asText().equals(name)) {
        return o;
      }
    }
    throw new AssertionError("no output " + name + " in " + caseReport);
  }

  /** The expected values of a result's excerpt, as its first line lists them. */
  private static String expectedRow(JsonNode output) {
    String first = output.get("excerpt").asText().lines().findFirst().orElseThrow();
    return first.substring(first.indexOf(" = ") + 3);
  }

  private static String index(JsonNode element) {
    List<String> parts = new ArrayList<>();
    element.get("index").forEach(i -> parts.add(i.asText()));
    return "[" + String.join(", ", parts) + "]";
  }

  /** The label of a report's list of facts that starts with {@code start}. */
  private static WebElement label(WebElement block, String start) {
    return block.findElement(By.xpath(".//dt[starts-with(normalize-space(), '" + start + "')]"));
  }

  /** The value a report's list of facts gives for the label that starts with {@code start}. */
  private static WebElement fact(WebElement block, String start) {
    return label(block, start).findElement(By.xpath("following-sibling::dd[1]"));
  }

  private static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("table.problems tbody tr"));
  }

  private static void awaitReady() {
    fixture.awaitReady();
  }

  private static WebElement awaitSummary() {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report .summary")));
  }

  /** Clicks into the editor's text and answers the element that then takes what is typed. */
  private static WebElement focusEditor() {
    new Actions(browser).click(browser.findElement(By.cssSelector(".CodeMirror-code"))).perform();
    return browser.switchTo().activeElement();
  }

  /** How many CSS pixels of the element are inside the window. */
  private static long visibleHeight(String selector) {
    return (Long)
        fixture.js(
            "const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return Math.round(Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)));",
            selector);
  }

  private static long height(String selector) {
    return (Long)
        fixture.js(
            "return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().height);",
            selector);
  }

  private static void setEditor(String source) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", source);
  }

  private static String editorText() {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
  }

  private static int seconds(String mmss) {
    String[] p = mmss.split(":");
    return Integer.parseInt(p[0]) * 60 + Integer.parseInt(p[1]);
  }

  private static void screenshot(String name) {
    fixture.screenshot(name);
  }
}
