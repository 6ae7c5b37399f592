package dev.allclose.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NestedArraysTest {

  @Test
  void convertsBothWaysInRowMajorOrder() {
    double[][][] cube = {{{1, 2}, {3, 4}, {5, 6}}};
    NdArray a = NestedArrays.fromNested(cube);
    assertThat(a.shape()).containsExactly(1, 3, 2);
    assertThat(a.toDoubleArray()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(NestedArrays.toCube(a)).isDeepEqualTo(cube);
  }

  @Test
  void integerLeavesBecomeInt64AndConvertBackToInt() {
    NdArray a = NestedArrays.fromNested(new int[][] {{97, 97}, {256, 97}});
    assertThat(a.dtype()).isEqualTo(DType.INT64);
    assertThat((int[][]) NestedArrays.toNested(a, int[][].class))
        .isDeepEqualTo(new int[][] {{97, 97}, {256, 97}});
  }

  @Test
  void refusesRaggedArraysAndRankMismatches() {
    assertThatThrownBy(() -> NestedArrays.fromNested(new double[][] {{1, 2}, {3}}))
        .hasMessageContaining("ragged array");
    assertThatThrownBy(() -> NestedArrays.toNested(NdArray.scalar(1.0), double[].class))
        .hasMessageContaining("rank-0");
  }
}
