package dev.allclose.problems.attention;

import static dev.allclose.problems.attention.AttentionPackages.cube;
import static dev.allclose.problems.attention.AttentionPackages.named;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sliding-window cases keep the promises the statement and the editorial make. */
class SlidingWindowAttentionCasesTest {
  private static final List<TestCase> CASES =
      AttentionPackages.cases("sliding-window-attention", new SlidingWindowAttentionCases());
  private static final double MIB = 1024.0 * 1024.0;

  /** Past this, exp overflows in float64. */
  private static final double EXP_OVERFLOW = 709.8;

  @Test
  void generationIsDeterministic() {
    List<TestCase> again =
        AttentionPackages.cases("sliding-window-attention", new SlidingWindowAttentionCases());
    assertThat(again).hasSameSizeAs(CASES);
    for (int i = 0; i < CASES.size(); i++) {
      assertThat(again.get(i).inputs()).isEqualTo(CASES.get(i).inputs());
      assertThat(again.get(i).expected()).isEqualTo(CASES.get(i).expected());
    }
  }

  @Test
  void theLongCaseHasTheContractShapeAndCannotHoldATByTMatrix() {
    TestCase c = named(CASES, "long-sequence");
    assertThat(c.inputs().get("Q").shape()).containsExactly(1, 8192, 16);
    assertThat(c.inputs().get("window").getLong(0)).isEqualTo(32);
    double t = 8192;
    assertThat(t * t * Double.BYTES / MIB)
        .isGreaterThan(SlidingWindowAttentionCases.LONG_MEMORY_MB);
    assertThat(c.memoryMb()).isEqualTo(SlidingWindowAttentionCases.LONG_MEMORY_MB);
    assertThat(c.timeMs()).isEqualTo(SlidingWindowAttentionCases.LONG_TIME_MS);
    assertThat(CASES.getLast()).isSameAs(c);
  }

  /** Every case passes global_tokens (Java has no default for it), always inside [0, T). */
  @Test
  void globalTokensArePassedAndInRange() {
    for (TestCase c : CASES) {
      NdArray g = c.inputs().get("global_tokens");
      assertThat(g).as(c.name()).isNotNull();
      int t = c.inputs().get("Q").dim(1);
      assertThat(Arrays.stream(g.toLongArray()).allMatch(p -> p >= 0 && p < t))
          .as(c.name())
          .isTrue();
    }
  }

  /** The degenerate patterns the statement lists all have a case. */
  @Test
  void theEdgeCasesOfTheStatementArePresent() {
    assertThat(CASES).anyMatch(c -> window(c) == 0);
    assertThat(CASES).anyMatch(c -> window(c) >= length(c));
    assertThat(CASES).anyMatch(c -> length(c) == 1);
    assertThat(CASES).anyMatch(c -> globals(c).length == length(c) && length(c) > 1);
    assertThat(CASES)
        .anyMatch(
            c -> {
              long[] g = globals(c);
              long[] sorted = Arrays.stream(g).distinct().sorted().toArray();
              return g.length > sorted.length
                  && !Arrays.equals(g, Arrays.stream(g).sorted().toArray());
            });
  }

  /** The large-score cases push a visible scaled score past exp's overflow. */
  @Test
  void largeScoreCasesOverflowANaiveExponential() {
    for (String name : List.of("large-scores", "large-scores-causal")) {
      TestCase c = named(CASES, name);
      double[][][] q = cube(c, "Q");
      double[][][] k = cube(c, "K");
      int w = window(c);
      double max = 0;
      for (int i = 0; i < q[0].length; i++) {
        int last = c.inputs().get("causal").getBoolean(0) ? i : q[0].length - 1;
        for (int j = Math.max(0, i - w); j <= Math.min(last, i + w); j++) {
          final int a = i;
          final int b = j;
          double dot =
              IntStream.range(0, q[0][a].length).mapToDouble(x -> q[0][a][x] * k[0][b][x]).sum();
          max = Math.max(max, dot / Math.sqrt(q[0][a].length));
        }
      }
      assertThat(max).as(name).isGreaterThan(EXP_OVERFLOW);
    }
  }

  private static int window(TestCase c) {
    return Math.toIntExact(c.inputs().get("window").getLong(0));
  }

  private static int length(TestCase c) {
    return c.inputs().get("Q").dim(1);
  }

  private static long[] globals(TestCase c) {
    return c.inputs().get("global_tokens").toLongArray();
  }
}
