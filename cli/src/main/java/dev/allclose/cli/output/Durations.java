package dev.allclose.cli.output;

import org.jspecify.annotations.Nullable;

/** Human-sized durations: "45 s", "12 min", "1 h 05 min". */
public final class Durations {
  private Durations() {}

  public static String of(@Nullable Long ms) {
    if (ms == null) {
      return "-";
    }
    long s = ms / 1000;
    if (s < 60) {
      return s + " s";
    }
    long min = s / 60;
    return min < 60 ? min + " min" : (min / 60) + " h " + String.format("%02d", min % 60) + " min";
  }

  public static String ofMillis(double ms) {
    if (ms < 1) {
      return String.format(java.util.Locale.ROOT, "%.2f ms", ms);
    }
    return ms < 1000
        ? Math.round(ms) + " ms"
        : String.format(java.util.Locale.ROOT, "%.2f s", ms / 1000);
  }
}
