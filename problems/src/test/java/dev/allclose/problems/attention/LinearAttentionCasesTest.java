package dev.allclose.problems.attention;

import static dev.allclose.problems.attention.AttentionPackages.cube;
import static dev.allclose.problems.attention.AttentionPackages.named;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.reference.attention.LinearAttention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The linear-attention cases keep the promises the statement and the editorial make. */
class LinearAttentionCasesTest {
  private static final List<TestCase> CASES =
      AttentionPackages.cases("linear-attention", new LinearAttentionCases());
  private static final double MIB = 1024.0 * 1024.0;
  private static final double RTOL = 1e-5;

  @Test
  void generationIsDeterministic() {
    List<TestCase> again = AttentionPackages.cases("linear-attention", new LinearAttentionCases());
    assertThat(again).hasSameSizeAs(CASES);
    for (int i = 0; i < CASES.size(); i++) {
      assertThat(again.get(i).inputs()).isEqualTo(CASES.get(i).inputs());
      assertThat(again.get(i).expected()).isEqualTo(CASES.get(i).expected());
    }
  }

  /** A (T, T) float64 or even float32 matrix alone exceeds the long cases' cap. */
  @ParameterizedTest
  @ValueSource(strings = {"long-sequence", "long-sequence-causal"})
  void longCasesCannotHoldATByTMatrix(String name) {
    TestCase c = named(CASES, name);
    double t = c.inputs().get("Q").dim(1);
    assertThat(t).isEqualTo(16_384);
    assertThat(c.memoryMb()).isEqualTo(LinearAttentionCases.LONG_MEMORY_MB);
    assertThat(t * t * Float.BYTES / MIB).isGreaterThan(2.0 * LinearAttentionCases.LONG_MEMORY_MB);
    assertThat(c.timeMs()).isEqualTo(LinearAttentionCases.LONG_TIME_MS);
    assertThat(c.limitNote()).contains("2 GiB");
  }

  /** On the tiny-feature cases, leaving eps out moves some output far beyond the tolerance. */
  @ParameterizedTest
  @ValueSource(strings = {"tiny-features", "tiny-features-causal"})
  void epsMattersWhereTheFeaturesAreTiny(String name) {
    TestCase c = named(CASES, name);
    boolean causal = c.inputs().get("causal").getBoolean(0);
    double[][][] withEps =
        LinearAttention.forward(cube(c, "Q"), cube(c, "K"), cube(c, "V"), causal, 1e-6);
    double[][][] without =
        LinearAttention.forward(cube(c, "Q"), cube(c, "K"), cube(c, "V"), causal, 0);
    double[] a = NestedArrays.fromNested(withEps).toDoubleArray();
    double[] b = NestedArrays.fromNested(without).toDoubleArray();
    double worst = 0;
    for (int i = 0; i < a.length; i++) {
      worst = Math.max(worst, Math.abs(a[i] - b[i]) / (RTOL * Math.abs(a[i]) + 1e-8));
    }
    assertThat(worst).as("error of the eps-free output, in tolerances").isGreaterThan(100);
  }

  /** The samples leave the trailing arguments out, so the Python defaults are exercised. */
  @Test
  void samplesRelyOnTheDefaults() {
    assertThat(named(CASES, "sample-1").inputs()).doesNotContainKeys("causal", "eps");
    assertThat(named(CASES, "sample-2-causal").inputs())
        .containsKey("causal")
        .doesNotContainKey("eps");
    assertThat(named(CASES, "custom-eps-causal").inputs().get("eps").getDouble(0)).isEqualTo(0.1);
  }

  @Test
  void theLongCasesComeLast() {
    assertThat(CASES.subList(CASES.size() - 2, CASES.size()))
        .allMatch(c -> c.name().startsWith("long-"));
    assertThat(CASES.subList(0, CASES.size() - 2)).allMatch(c -> c.memoryMb() == null);
  }
}
