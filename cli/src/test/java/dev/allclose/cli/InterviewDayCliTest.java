package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.allclose.cli.CliHarness.Run;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code questions}, {@code checklist} and {@code offers} from a fresh database. */
class InterviewDayCliTest {
  @TempDir Path tmp;
  CliHarness cli;

  @BeforeEach
  void fresh() {
    cli = new CliHarness(tmp, "2026-04-12T18:00:00Z", "Europe/London");
  }

  @Test
  void questionsArePickedForAnInterview() {
    Run all = cli.run("questions");
    assertThat(all.out())
        .contains("Hiring manager [hiring-manager]")
        .contains("Language models and retrieval [llm]")
        .contains("For any interviewer, when there is time for only three [any]")
        .contains("  * Which research bets matter most");
    assertThat(cli.run("questions", "--role", "engineer").out())
        .contains("Engineer or ML engineer")
        .doesNotContain("Hiring manager");
    Run picked =
        cli.run(
            "questions",
            "pick",
            "acme-hm",
            "--role",
            "hiring-manager",
            "--team",
            "llm",
            "--date",
            "2026-04-13");
    assertThat(picked.exit()).as(picked.err()).isZero();
    assertThat(picked.out())
        .contains("Questions for acme-hm (role hiring-manager, team llm, on 2026-04-13):")
        .contains("  1. Which research bets matter most")
        .contains("  2. Looking back after three months")
        .contains("  3. When offline metrics and human judgements disagree");
    assertThat(cli.run("questions", "--interview", "acme-hm").out()).isEqualTo(picked.out());
    assertThat(cli.run("questions", "pick", "acme-hm", "--exclude", "hm-bets").out())
        .as("the stored role and team are kept")
        .contains("  1. Looking back after three months")
        .contains("  3. When offline metrics");
    assertThat(cli.run("questions", "pick", "x", "--role", "boss").err())
        .contains(
            "--role must be one of hiring-manager, scientist, engineer, product, recruiter, not 'boss'");
    assertThat(cli.run("questions", "--interview", "nobody").err())
        .contains("no interview 'nobody'");
  }

  @Test
  void checklistsAreTickedPerInterview() {
    Run fresh = cli.run("checklist");
    assertThat(fresh.out())
        .contains("Checklists for next:")
        .contains("The day before [day-before]: 0 of 8 done")
        .contains("On the day [day-of]: 0 of 6 done");
    cli.clock.advance(java.time.Duration.ofMinutes(5));
    cli.run("questions", "pick", "acme", "--role", "engineer");
    Run ticked = cli.run("checklist", "tick", "day-before", "1", "3");
    assertThat(ticked.out())
        .contains("2 of 8 done")
        .contains("   1. [x] Talk ready")
        .contains("   2. [ ]");
    Run walked = cli.input("y\nn\ny\n", "checklist", "walk", "day-of");
    assertThat(walked.out()).contains("Done? [y/N]").contains("On the day [day-of]: 2 of 6 done");
    assertThat(cli.run("checklist", "untick", "day-before", "1").out()).contains("1 of 8 done");
    assertThat(cli.run("checklist", "day-of", "--interview", "acme").out())
        .contains("Checklists for acme:")
        .contains("2 of 6 done")
        .doesNotContain("day before");
    assertThat(cli.run("checklist", "--interview", "next").out()).contains("0 of 8 done");
    Run bad = cli.run("checklist", "tick", "day-before", "42");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("day-before has items 1 to 8; there is no 42");
    assertThat(cli.run("checklist", "day-after").err())
        .contains("no checklist 'day-after'; the checklists are day-before, day-of");
  }

  static final String LAB_B =
      """
      name: Lab B
      currency: USD
      base: 230000
      bonus: {amount: 20000}
      sign_on: {payments: [80000], clawback_months: 24, prorated: true}
      equity:
        shares: 1000
        price: 412.50
        vesting: {yearly_percent: [5, 15, 40, 40], every_months: 6, cliff_months: 12}
      """;

  @Test
  void offersAreKeptAndComparedToTheCent() throws IOException {
    Run template = cli.run("offers", "template");
    Path a = Files.writeString(tmp.resolve("a.yaml"), template.out());
    Path b = Files.writeString(tmp.resolve("b.yaml"), LAB_B);
    assertThat(cli.run("offers", "add", a.toString(), b.toString()).out())
        .contains("Kept the offer Example Lab (USD).")
        .contains("Kept the offer Lab B (USD).");
    assertThat(cli.run("offers", "list").out()).containsPattern("Example Lab +USD +210,000.00");

    Run table = cli.run("offers", "compare");
    assertThat(table.exit()).as(table.err()).isZero();
    assertThat(table.out())
        .contains("4-year comparison (USD)")
        .containsPattern("Example Lab +416,500.00 .* 1,630,345.92")
        .containsPattern("Base +210,000.00 +216,300.00 +222,789.00 +229,472.67 +878,561.67")
        .containsPattern("Equity +20,625.00 +61,875.00 +165,000.00 +165,000.00 +412,500.00")
        .contains("Most over the period: Example Lab");

    Run json = cli.run("offers", "compare", "--json");
    JsonNode root =
        new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .readTree(json.out());
    JsonNode lab = root.get("offers").get(0);
    assertThat(lab.get("total").get("total").decimalValue())
        .isEqualTo(new BigDecimal("1630345.92"));
    assertThat(json.out()).contains("\"bonus\" : 34420.90");
    assertThat(lab.get("years").get(3).get("bonus").decimalValue())
        .isEqualByComparingTo(new BigDecimal("34420.90"));
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode y : root.get("offers").get(1).get("years")) {
      sum = sum.add(y.get("total").decimalValue());
    }
    assertThat(sum)
        .isEqualByComparingTo(root.get("offers").get(1).get("total").get("total").decimalValue());

    Run early = cli.run("offers", "compare", a.toString(), b.toString(), "--leave-after", "9");
    assertThat(early.out())
        .contains("Comparison if you leave after 9 months (USD)")
        .containsPattern("Sign-on +30,000.00 +30,000.00"); // Lab B: 80,000 less 15/24 of it repaid

    Run one = cli.run("offers", "compare", a.toString());
    assertThat(one.exit()).isEqualTo(2);
    assertThat(one.err().strip())
        .isEqualTo("allclose: a comparison needs at least 2 offers, not 1");
    Path broken =
        Files.writeString(tmp.resolve("broken.yaml"), LAB_B.replace("230000", "230000.005"));
    Run bad = cli.run("offers", "add", broken.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo("allclose: " + broken + ": base: has a fraction of a cent: 230000.005");
    assertThat(cli.run("offers", "remove", "Lab B").out()).contains("Removed the offer Lab B.");
    assertThat(cli.run("offers", "compare").err())
        .contains("needs at least 2 offers, not 1 (kept offers");
    assertThat(cli.run("offers", "remove", "Lab B").exit()).isEqualTo(2);
  }
}
