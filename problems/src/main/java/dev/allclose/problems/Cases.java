package dev.allclose.problems;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;

/** Small conveniences the built-in generators share. */
public final class Cases {
  private Cases() {}

  public static NdArray array(Object nested) {
    return NestedArrays.fromNested(nested);
  }

  public static NdArray scalar(int value) {
    return NdArray.scalar((long) value);
  }

  public static NdArray scalar(double value) {
    return NdArray.scalar(value);
  }

  public static NdArray flag(boolean value) {
    return NdArray.scalar(value);
  }

  public static NdArray text(String value) {
    return NdArray.scalar(value);
  }
}
