package dev.allclose.problems;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.NestedArrays;
import java.util.Arrays;
import java.util.List;

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

  /**
   * Token lists as the judge's array form of {@code list[list[str]]}: a (n, L) string array, L the
   * longest list, rows padded with empty strings (which is why a token may not be empty).
   */
  public static NdArray tokenLists(List<List<String>> lists) {
    int width = lists.stream().mapToInt(List::size).max().orElse(0);
    String[] cells = new String[lists.size() * width];
    Arrays.fill(cells, "");
    for (int r = 0; r < lists.size(); r++) {
      List<String> row = lists.get(r);
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c).isEmpty()) {
          throw new IllegalArgumentException("list " + r + " holds an empty token");
        }
        cells[r * width + c] = row.get(c);
      }
    }
    return NdArray.ofStrings(cells, lists.size(), width);
  }
}
