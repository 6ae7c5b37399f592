package dev.allclose.server;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver, which {@code .ci/run} installs)
 * signed in to a {@link ServerFixture}, with what the browser tests share: waiting for a page to be
 * ready, screenshots to {@code target/screenshots/}, a 200% zoom, and an axe-core audit. Skipped
 * where no Chromium is installed, unless {@code ALLCLOSE_REQUIRE_BROWSER=1} (CI) makes that a
 * failure.
 */
final class BrowserFixture implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** The window, in CSS pixels at 100%. */
  static final int WIDTH = 1400;

  static final int HEIGHT = 1000;

  private final @Nullable ServerFixture local;
  private final String base;
  private final AutoCloseable closing;
  final ChromeDriver driver;
  final WebDriverWait wait;

  private BrowserFixture(
      @Nullable ServerFixture local, String base, AutoCloseable closing, ChromeDriver driver) {
    this.local = local;
    this.base = base;
    this.closing = closing;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(120));
  }

  /** The one-user server this browser is signed in to. */
  ServerFixture server() {
    if (local == null) {
      throw new IllegalStateException("this browser is on a shared server");
    }
    return local;
  }

  /** A server over {@code tmp/home} and a browser that opened its sign-in link. */
  static BrowserFixture start(Path tmp) throws IOException {
    requireChromium();
    ServerFixture server = new ServerFixture(tmp.resolve("home"), 2);
    BrowserFixture browser = new BrowserFixture(server, server.base(), server, driver(tmp));
    browser.driver.get(server.server.signInLink().toString());
    return browser;
  }

  /**
   * A browser, signed in to nothing, on the shared server at {@code base}; closing it closes {@code
   * server} too.
   */
  static BrowserFixture on(String base, AutoCloseable server, Path tmp) throws IOException {
    requireChromium();
    return new BrowserFixture(null, base, server, driver(tmp));
  }

  private static void requireChromium() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "1".equals(System.getenv("ALLCLOSE_REQUIRE_BROWSER"))) {
      throw new IllegalStateException(
          "Chromium and chromedriver must be installed (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(
        installed, "no Chromium installed; .ci/run installs chromium and chromium-driver");
  }

  private static ChromeDriver driver(Path tmp) throws IOException {
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
        "--window-size=" + WIDTH + "," + HEIGHT,
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium")));
    Files.createDirectories(SCREENSHOTS);
    return new ChromeDriver(service, options);
  }

  String base() {
    return base;
  }

  /** Opens a page of this server and waits until its script has rendered it. */
  void open(String path) {
    driver.get(base() + path);
    awaitReady();
  }

  void awaitReady() {
    wait.until(d -> "1".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /**
   * Shows pages as a window of {@link #WIDTH} x {@link #HEIGHT} does at 200% zoom: half as many CSS
   * pixels each way, each drawn with two device pixels. {@link #normalZoom()} undoes it.
   */
  void twiceTheZoom() {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", WIDTH / 2, "height", HEIGHT / 2, "deviceScaleFactor", 2, "mobile", false));
  }

  void normalZoom() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  void screenshot(String name) {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    try {
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The WCAG 2 A and AA violations axe-core finds on the page as it is now, one line each: the
   * rule, what it says and the elements it names. Empty when there are none.
   */
  @SuppressWarnings("unchecked")
  List<String> accessibilityViolations() {
    js(axe());
    return (List<String>)
        driver.executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } })
              .then(r => done(r.violations.map(v => `${v.id} (${v.help}) at ${v.nodes.length} element(s): `
                + v.nodes.slice(0, 3).map(n => n.target.join(" ") + ": " + n.failureSummary.replace(/\\s+/g, " ")).join("; "))))
              .catch(e => done(["axe failed: " + e]));
            """);
  }

  /** axe-core's script, from the test class path, where the build unpacks it from its package. */
  private static String axe() {
    try (InputStream in = BrowserFixture.class.getResourceAsStream("/axe-core/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is missing: the build fetches it");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try {
        closing.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the server: " + e.getMessage(), e);
      }
    }
  }
}
