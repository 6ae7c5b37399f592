package dev.allclose.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.app.accounts.Role;
import dev.allclose.server.SharedServerFixture.User;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A coach's day on a shared server, in a real headless Chromium: signs in on the sign-in page,
 * creates a cohort, adds a candidate, assigns two problems with a deadline, and sees on the
 * dashboard the accepted submission the candidate then makes. Screenshots of each page, at 100% and
 * 200%, go to {@code target/screenshots/}; each page passes the axe-core audit.
 */
class CohortBrowserTest {
  @TempDir Path tmp;

  @Test
  void aCoachAssignsTwoProblemsAndSeesTheCandidatesAcceptedSubmission() throws Exception {
    SharedServerFixture shared = SharedServerFixture.start(tmp.resolve("home"), 2);
    try (BrowserFixture browser = BrowserFixture.on(shared.base(), shared, tmp)) {
      shared.newUser("coach@example.org", Role.COACH);
      User alice = shared.newUser("alice@example.org", Role.CANDIDATE);

      // a page asks to sign in first, and comes back after
      browser.driver.get(shared.base() + "/cohorts");
      browser.awaitReady();
      assertThat(browser.driver.getCurrentUrl()).contains("/login?next=");
      browser.screenshot("shared-login");
      assertThat(browser.accessibilityViolations()).isEmpty();
      browser.driver.findElement(By.id("email")).sendKeys("coach@example.org");
      browser.driver.findElement(By.id("password")).sendKeys("wrong password");
      browser.driver.findElement(By.cssSelector("#sign-in button")).click();
      browser.wait.until(d -> !d.findElement(By.id("message")).getText().isEmpty());
      assertThat(browser.driver.findElement(By.id("message")).getText())
          .isEqualTo("wrong email or password");
      WebElement password = browser.driver.findElement(By.id("password"));
      password.clear();
      password.sendKeys(SharedServerFixture.PASSWORD);
      browser.driver.findElement(By.cssSelector("#sign-in button")).click();
      browser.wait.until(d -> d.getCurrentUrl().endsWith("/cohorts"));
      browser.awaitReady();
      browser.wait.until(d -> d.findElements(By.cssSelector(".top .account")).size() == 1);
      assertThat(browser.driver.findElement(By.cssSelector(".top .account")).getText())
          .contains("coach@example.org");

      browser.driver.findElement(By.id("cohort-name")).sendKeys("Winter cohort");
      browser.driver.findElement(By.cssSelector("#new-cohort button")).click();
      browser.wait.until(d -> d.getCurrentUrl().contains("/cohorts?id="));
      browser.awaitReady();
      browser.driver.findElement(By.id("member-email")).sendKeys("alice@example.org");
      browser.driver.findElement(By.cssSelector("#add-member button")).click();
      browser.wait.until(
          d -> d.findElement(By.id("people")).getText().contains("alice@example.org"));

      browser.driver.findElement(By.id("title")).sendKeys("Week 1");
      browser.driver.findElement(By.id("problems")).sendKeys("1, top-k");
      String due =
          LocalDateTime.now().plusDays(7).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
      browser.js(
          "const el = document.getElementById('due'); el.value = arguments[0];"
              + " el.dispatchEvent(new Event('input'));",
          due);
      browser.driver.findElement(By.cssSelector("#assign button")).click();
      browser.wait.until(d -> d.findElement(By.id("dashboard")).getText().contains("Week 1"));
      assertThat(browser.driver.findElement(By.id("dashboard")).getText())
          .contains("multi-head-attention")
          .contains("top-k")
          .contains("not attempted");

      // the candidate solves the first problem
      assertThat(
              SharedServerFixture.runToEnd(alice, "1", ApiTest.MHA)
                  .get("report")
                  .get("verdict")
                  .asText())
          .isEqualTo("accepted");

      browser.driver.navigate().refresh();
      browser.awaitReady();
      String dashboard = browser.driver.findElement(By.id("dashboard")).getText();
      assertThat(dashboard).contains("alice@example.org").contains("1/2").contains("solved");
      browser.screenshot("shared-cohort-dashboard");
      assertThat(browser.accessibilityViolations()).isEmpty();
      browser.twiceTheZoom();
      browser.screenshot("shared-cohort-dashboard-200");
      browser.normalZoom();

      assertThat(browser.driver.findElement(By.id("csv")).getDomAttribute("href"))
          .endsWith("/dashboard.csv");
      assertThat(browser.driver.findElement(By.id("minutes-label")).isDisplayed()).isFalse();

      // signing out, then in as the candidate, who sees the assignment and where she stands
      browser.driver.findElement(By.cssSelector(".top .account button")).click();
      browser.wait.until(d -> d.getCurrentUrl().endsWith("/login"));
      browser.awaitReady();
      browser.driver.findElement(By.id("email")).sendKeys("alice@example.org");
      browser.driver.findElement(By.id("password")).sendKeys(SharedServerFixture.PASSWORD);
      browser.driver.findElement(By.cssSelector("#sign-in button")).click();
      browser.wait.until(d -> d.getCurrentUrl().endsWith("/"));
      browser.open("/assignments");
      String assignments = browser.driver.findElement(By.id("list")).getText();
      assertThat(assignments).contains("Week 1").contains("Winter cohort").contains("solved");
      assertThat(browser.driver.findElements(By.linkText("Cohorts"))).isEmpty();
      browser.screenshot("shared-assignments");
      assertThat(browser.accessibilityViolations()).isEmpty();

      // an admin's page: every account and the audit log
      shared.newUser("lead@example.org", Role.ADMIN);
      browser.driver.findElement(By.cssSelector(".top .account button")).click();
      browser.wait.until(d -> d.getCurrentUrl().endsWith("/login"));
      browser.awaitReady();
      browser.driver.findElement(By.id("email")).sendKeys("lead@example.org");
      browser.driver.findElement(By.id("password")).sendKeys(SharedServerFixture.PASSWORD);
      browser.driver.findElement(By.cssSelector("#sign-in button")).click();
      browser.wait.until(d -> d.getCurrentUrl().endsWith("/"));
      browser.open("/admin");
      assertThat(browser.driver.findElement(By.id("users")).getText())
          .contains("alice@example.org")
          .contains("coach@example.org");
      assertThat(browser.driver.findElement(By.id("audit")).getText()).contains("create-user");
      browser.screenshot("shared-admin");
      assertThat(browser.accessibilityViolations()).isEmpty();
      browser.twiceTheZoom();
      browser.screenshot("shared-admin-200");
      browser.normalZoom();
    }
  }
}
