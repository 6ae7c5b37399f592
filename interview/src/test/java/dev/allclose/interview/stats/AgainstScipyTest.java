package dev.allclose.interview.stats;

import static dev.allclose.interview.Tolerances.BOOTSTRAP_END_FRACTION_OF_WIDTH;
import static dev.allclose.interview.Tolerances.PERMUTATION_MONTE_CARLO;
import static dev.allclose.interview.Tolerances.SCIPY_RELATIVE;
import static dev.allclose.interview.stats.ScipyValues.doubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statistic against the value SciPy computed for the same input (scipy-values.json; each
 * entry carries the SciPy call that made it). Exact quantities agree to {@code SCIPY_RELATIVE};
 * seeded resampling, drawn from other random streams than NumPy's, agrees loosely.
 */
class AgainstScipyTest {
  private static final Percentage RELATIVE = withinPercentage(100 * SCIPY_RELATIVE);

  static Stream<JsonNode> nct() {
    return ScipyValues.section("nct").stream();
  }

  static Stream<JsonNode> power() {
    return ScipyValues.section("power").stream();
  }

  static Stream<JsonNode> compare() {
    return ScipyValues.section("compare").stream();
  }

  static Stream<JsonNode> adjust() {
    return ScipyValues.section("adjust").stream();
  }

  @ParameterizedTest(name = "nct t={0}")
  @MethodSource("nct")
  void noncentralTMatchesScipy(JsonNode c) {
    NoncentralT d = new NoncentralT(c.get("df").asDouble(), c.get("nc").asDouble());
    double t = c.get("t").asDouble();
    assertThat(d.cdf(t)).as(c.toString()).isCloseTo(c.get("cdf").asDouble(), RELATIVE);
    assertThat(d.sf(t)).as(c.toString()).isCloseTo(c.get("sf").asDouble(), RELATIVE);
  }

  @ParameterizedTest(name = "power {0}")
  @MethodSource("power")
  void powerAnalysisGivesScipysNumberOfRuns(JsonNode c) {
    PowerQuestion q =
        new PowerQuestion(
            c.get("effect").asDouble(),
            c.get("sd").asDouble(),
            c.get("alpha").asDouble(),
            c.get("power").asDouble(),
            c.get("paired").asBoolean(),
            Alternative.fromId(c.get("alternative").asText()).orElseThrow());
    PowerAnalysis a = TTestPower.solve(q);
    assertThat(a.runsPerArm()).as(c.toString()).isEqualTo(c.get("n").asInt());
    assertThat(a.achievedPower()).isCloseTo(c.get("achieved").asDouble(), RELATIVE);
    if (!c.get("below").isNull()) {
      assertThat(TTestPower.power(q, a.runsPerArm() - 1))
          .isCloseTo(c.get("below").asDouble(), RELATIVE);
    }
  }

  @ParameterizedTest(name = "compare {0}")
  @MethodSource("compare")
  void comparisonMatchesScipy(JsonNode c) {
    Comparison r =
        Comparison.of(
            doubles(c.get("a")),
            doubles(c.get("b")),
            c.get("paired").asBoolean(),
            Alternative.fromId(c.get("alternative").asText()).orElseThrow(),
            Comparison.Settings.DEFAULT);
    String name = c.get("name").asText();
    assertThat(r.difference())
        .as(name)
        .isCloseTo(c.get("mean_difference").asDouble(), within(1e-12));

    JsonNode t = c.get("t_test");
    assertThat(r.tTest().statistic()).as(name).isCloseTo(t.get("statistic").asDouble(), RELATIVE);
    assertThat(r.tTest().degreesOfFreedom()).as(name).isCloseTo(t.get("df").asDouble(), RELATIVE);
    assertThat(r.tTest().pValue()).as(name).isCloseTo(t.get("pvalue").asDouble(), RELATIVE);

    if (c.has("wilcoxon")) {
      JsonNode w = c.get("wilcoxon");
      assertThat(r.signedRank()).isNotNull();
      assertThat(r.signedRank().method().name().toLowerCase(java.util.Locale.ROOT))
          .as(name)
          .isEqualTo(w.get("method").asText().replace("asymptotic", "normal"));
      assertThat(r.signedRank().statistic()).as(name).isEqualTo(w.get("statistic").asDouble());
      assertThat(r.signedRank().pValue()).as(name).isCloseTo(w.get("pvalue").asDouble(), RELATIVE);
    } else {
      assertThat(r.signedRank()).isNull();
    }

    JsonNode p = c.get("permutation");
    assertThat(r.permutation().exact()).as(name).isEqualTo(p.get("exact").asBoolean());
    assertThat(r.permutation().statistic()).isCloseTo(p.get("statistic").asDouble(), within(1e-12));
    if (r.permutation().exact()) {
      assertThat(r.permutation().pValue()).as(name).isCloseTo(p.get("pvalue").asDouble(), RELATIVE);
    } else {
      assertThat(r.permutation().pValue())
          .as(name)
          .isCloseTo(p.get("pvalue").asDouble(), within(PERMUTATION_MONTE_CARLO));
    }

    JsonNode b = c.get("bootstrap");
    double width = b.get("high").asDouble() - b.get("low").asDouble();
    assertThat(r.interval().low())
        .as(name)
        .isCloseTo(b.get("low").asDouble(), within(BOOTSTRAP_END_FRACTION_OF_WIDTH * width));
    assertThat(r.interval().high())
        .as(name)
        .isCloseTo(b.get("high").asDouble(), within(BOOTSTRAP_END_FRACTION_OF_WIDTH * width));
  }

  @ParameterizedTest(name = "adjust {0}")
  @MethodSource("adjust")
  void adjustmentsMatchTheirDefinitions(JsonNode c) {
    double[] adjusted =
        PValueAdjustment.fromId(c.get("method").asText()).orElseThrow().adjust(doubles(c.get("p")));
    double[] expected = doubles(c.get("adjusted"));
    for (int i = 0; i < expected.length; i++) {
      assertThat(adjusted[i]).as(c.toString()).isCloseTo(expected[i], RELATIVE);
    }
  }
}
