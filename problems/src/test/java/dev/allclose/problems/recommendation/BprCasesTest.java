package dev.allclose.problems.recommendation;

import static dev.allclose.problems.recommendation.GeneratedCases.integerMatrix;
import static dev.allclose.problems.recommendation.GeneratedCases.matrix;
import static dev.allclose.problems.recommendation.GeneratedCases.named;
import static dev.allclose.problems.recommendation.GeneratedCases.scalar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated bpr cases hold the situations their javadoc and the editorial promise. */
class BprCasesTest {
  private static final List<TestCase> CASES = GeneratedCases.of("bpr", new BprCases());

  /** The overwritten-gradient mistake needs a repeated row to show. */
  @Test
  void everyCaseButTheSingleTripleRepeatsAUserOrAnItem() {
    List<String> without = new ArrayList<>();
    for (TestCase c : CASES) {
      if (!repeatsARow(integerMatrix(c, "triples"))) {
        without.add(c.name());
      }
    }
    assertThat(without).containsExactly("one-triple");
  }

  @Test
  void sameItemAndHugeMarginsHoldTriplesWithIEqualToJ() {
    for (String name : List.of("same-item", "huge-margins")) {
      long equal = 0;
      for (long[] t : integerMatrix(named(CASES, name), "triples")) {
        equal += t[1] == t[2] ? 1 : 0;
      }
      assertThat(equal).as(name).isGreaterThanOrEqualTo(3);
    }
  }

  /** exp(709.8) is the largest finite double exponential: beyond it the naive form overflows. */
  @Test
  void hugeMarginsReachBothSignsBeyondTheOverflowOfExp() {
    TestCase c = named(CASES, "huge-margins");
    List<Double> margins = margins(c);
    assertThat(margins.stream().mapToDouble(Double::doubleValue).min().orElseThrow())
        .isLessThan(-990);
    assertThat(margins.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
        .isGreaterThan(990);
    assertThat(Double.isFinite(c.expected().get("loss").getDouble(0))).isTrue();
  }

  @Test
  void untouchedRowsLeaveMostRowsOutOfEveryTriple() {
    TestCase c = named(CASES, "untouched-rows");
    Set<Long> users = new HashSet<>();
    Set<Long> items = new HashSet<>();
    for (long[] t : integerMatrix(c, "triples")) {
      users.add(t[0]);
      items.add(t[1]);
      items.add(t[2]);
    }
    assertThat(users.size()).isLessThan(matrix(c, "U").length / 2);
    assertThat(items.size()).isLessThan(matrix(c, "V").length / 2);
    assertThat(scalar(c, "reg")).isPositive();
  }

  @Test
  void theContractsEdgeCasesArePresent() {
    assertThat(scalar(named(CASES, "no-reg"), "reg")).isZero();
    assertThat(integerMatrix(named(CASES, "one-triple"), "triples")).hasNumberOfRows(1);
    assertThat(matrix(named(CASES, "one-factor"), "U")[0]).hasSize(1);
    assertThat(integerMatrix(named(CASES, "large-batch"), "triples")).hasNumberOfRows(10_000);
    assertThat(CASES.stream().filter(TestCase::visible)).isNotEmpty();
  }

  @Test
  void generationIsDeterministic() {
    List<TestCase> again = GeneratedCases.of("bpr", new BprCases());
    for (int i = 0; i < CASES.size(); i++) {
      assertThat(again.get(i).inputs()).as(CASES.get(i).name()).isEqualTo(CASES.get(i).inputs());
    }
  }

  private static boolean repeatsARow(long[][] triples) {
    Set<Long> users = new HashSet<>();
    Set<Long> items = new HashSet<>();
    for (long[] t : triples) {
      boolean newUser = users.add(t[0]);
      boolean newI = items.add(t[1]);
      boolean newJ = items.add(t[2]);
      if (!newUser || !newI || !newJ) {
        return true;
      }
    }
    return false;
  }

  private static List<Double> margins(TestCase c) {
    double[][] u = matrix(c, "U");
    double[][] v = matrix(c, "V");
    List<Double> out = new ArrayList<>();
    for (long[] t : integerMatrix(c, "triples")) {
      double x = 0;
      for (int f = 0; f < u[0].length; f++) {
        x += u[(int) t[0]][f] * (v[(int) t[1]][f] - v[(int) t[2]][f]);
      }
      out.add(x);
    }
    return out;
  }
}
