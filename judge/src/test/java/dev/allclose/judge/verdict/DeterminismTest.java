package dev.allclose.judge.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.numeric.NdArray;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The first difference between two runs' results, as the candidate reads it. */
class DeterminismTest {
  private static Map<String, NdArray> results(String name, NdArray a) {
    Map<String, NdArray> m = new LinkedHashMap<>();
    m.put(name, a);
    return m;
  }

  @Test
  void identicalResultsHaveNoDifference() {
    NdArray a = NdArray.ofDoubles(new double[] {1.0, Double.NaN}, 2);
    assertThat(Determinism.difference(results("x", a), results("x", a))).isEmpty();
  }

  @Test
  void doublesOneBitApartPrintApart() {
    double v = 0.1;
    NdArray a = NdArray.ofDoubles(new double[] {1.0, v}, 2);
    NdArray b = NdArray.ofDoubles(new double[] {1.0, Math.nextUp(v)}, 2);
    assertThat(Determinism.difference(results("x", a), results("x", b)))
        .contains("x at [1] was 0.1 in the first process and 0.10000000000000002 in the second");
  }

  @Test
  void aSolutionsLongStringIsCutInTheMessage() {
    String longer = "n".repeat(100_000);
    NdArray a = NdArray.ofStrings(new String[] {longer + "a"}, 1);
    NdArray b = NdArray.ofStrings(new String[] {longer + "b"}, 1);
    String message = Determinism.difference(results("node", a), results("node", b)).orElseThrow();
    assertThat(message).startsWith("node at [0] was 'nnn").contains("...'").hasSizeLessThan(300);
  }

  @Test
  void aResultMissingFromOneRunIsNamed() {
    NdArray a = NdArray.scalar(1L);
    assertThat(Determinism.difference(results("k", a), Map.of()))
        .contains("k came back from the first process but not from the second");
    assertThat(Determinism.difference(Map.of(), results("k", a)))
        .contains("k came back from the second process but not from the first");
  }
}
