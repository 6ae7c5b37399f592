package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app's flows in a real headless Chromium (Debian's chromium and chromium-driver, which
 * {@code .ci/run} installs): browse and filter the catalog, open a problem with rendered maths,
 * write a solution, run the samples, submit, see it accepted and the tracker updated; a wrong
 * solution shows its worst element; interview mode counts down. The browser first opens the link
 * with the launch secret, as the user does from the terminal, and every page's own requests then
 * carry the cookie it set. Screenshots of each page go to {@code target/screenshots/}. Skipped
 * where no Chromium is installed, unless {@code ALLCLOSE_REQUIRE_BROWSER=1} (CI) makes that a
 * failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path tmp;
  static ServerFixture server;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "1".equals(System.getenv("ALLCLOSE_REQUIRE_BROWSER"))) {
      throw new IllegalStateException(
          "Chromium and chromedriver must be installed (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(
        installed, "no Chromium installed; .ci/run installs chromium and chromium-driver");
    server = new ServerFixture(tmp.resolve("home"), 2);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--window-size=1400,1000",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium")));
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(120));
    Files.createDirectories(SCREENSHOTS);
    browser.get(server.server.signInLink().toString());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
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
    WebElement editor = browser.findElement(By.cssSelector(".CodeMirror textarea"));
    new Actions(browser).click(browser.findElement(By.cssSelector(".CodeMirror-code"))).perform();
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
  @Order(5)
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
  @Order(6)
  void theProblemPageFoldsIntoOneColumnAtTwiceTheZoom() throws IOException {
    browser.manage().window().setSize(new Dimension(700, 900)); // 1400 px at 200% zoom
    try {
      browser.get(server.base() + "/problems/rope");
      awaitReady();
      WebElement statement = browser.findElement(By.cssSelector(".statement-col"));
      WebElement work = browser.findElement(By.cssSelector(".work-col"));
      assertThat(work.getLocation().getY())
          .isGreaterThan(statement.getLocation().getY() + statement.getSize().getHeight() - 5);
      Long overflow =
          (Long)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow).as("no horizontal scrolling of the page").isLessThanOrEqualTo(0L);
      screenshot("problem-200-percent");
    } finally {
      browser.manage().window().setSize(new Dimension(1400, 1000));
    }
  }

  private static List<WebElement> rows() {
    return browser.findElements(By.cssSelector("table.problems tbody tr"));
  }

  private static void awaitReady() {
    wait.until(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  private static WebElement awaitSummary() {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#report .summary")));
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

  private static void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
