package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every package's statement, hints, editorial and model derivation show their maths typeset by
 * KaTeX in the browser: no TeX is left as text and KaTeX reports no error. Its own server, since it
 * reveals every hint and gives every problem up.
 */
class MathsTypesetTest {
  /**
   * Text outside KaTeX's output and outside code that still holds a {@code $} or a TeX command, and
   * every KaTeX error, in the statement, the hints, the editorial and the model derivation with its
   * key points.
   */
  private static final String RAW_TEX =
      """
      const raw = [];
      for (const id of ["statement", "hint-list", "editorial-body", "derivation-result"]) {
        const walker = document.createTreeWalker(document.getElementById(id), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent;
          if (/\\$|\\\\[A-Za-z]+/.test(text) && !node.parentElement.closest(".katex, code, pre")) {
            raw.push(id + ": " + text.trim().slice(0, 120));
          }
        }
        for (const error of document.getElementById(id).querySelectorAll(".katex-error")) {
          raw.push(id + ": KaTeX error " + error.title);
        }
      }
      return raw;
      """;

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
  void everyStatementHintAndEditorialHasItsMathsTypeset() {
    List<String> raw = new ArrayList<>();
    int problems = 0;
    for (JsonNode problem : browser.server().get("/api/problems").json()) {
      String slug = problem.get("slug").asText();
      revealEverything(slug);
      browser.open("/problems/" + slug);
      assertThat(browser.js("return document.querySelectorAll('#hint-list .hint').length"))
          .as(slug + ": every hint shown")
          .isEqualTo(
              browser.server().get("/api/problems/" + slug).json().get("hints_total").asLong());
      assertThat(browser.js("return document.querySelectorAll('#editorial-body .katex').length"))
          .as(slug + ": the editorial shown, with maths")
          .isNotEqualTo(0L);
      if (problem.get("section").asInt() == 2) {
        assertThat(
                browser.js("return document.querySelectorAll('#derivation-model .katex').length"))
            .as(slug + ": the model derivation shown, with maths")
            .isNotEqualTo(0L);
      }
      @SuppressWarnings("unchecked")
      List<String> left = (List<String>) browser.js(RAW_TEX);
      left.forEach(line -> raw.add(slug + " " + line));
      problems++;
    }
    assertThat(problems).isGreaterThanOrEqualTo(14);
    assertThat(raw).as("TeX left as text, or KaTeX errors").isEmpty();
  }

  private static void revealEverything(String slug) {
    int hints = browser.server().get("/api/problems/" + slug).json().get("hints_total").asInt();
    for (int level = 1; level <= hints; level++) {
      assertThat(browser.server().post("/api/problems/" + slug + "/hints", "").status())
          .isEqualTo(200);
    }
    assertThat(browser.server().post("/api/problems/" + slug + "/give-up", "").status())
        .isEqualTo(200);
  }
}
