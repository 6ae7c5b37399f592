package dev.allclose.judge.compare;

import java.util.Locale;

/** Short, stable renderings of numbers for reports: six significant digits, NumPy's nan/inf. */
public final class Numbers {
  private Numbers() {}

  public static String format(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    String s = String.format(Locale.ROOT, "%.6g", v);
    if (s.contains("e")) {
      String[] parts = s.split("e");
      return stripZeros(parts[0]) + "e" + parts[1];
    }
    return stripZeros(s);
  }

  /** An error size, in scientific notation: {@code 3.2e-07}. */
  public static String error(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2g", v) : format(v);
  }

  private static String stripZeros(String s) {
    if (!s.contains(".")) {
      return s;
    }
    String t = s.replaceAll("0+$", "");
    return t.endsWith(".") ? t + "0" : t;
  }
}
