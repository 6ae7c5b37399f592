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

  /** A clock reading: "4:30", "1:02:05", "-0:10"; seconds are truncated. */
  public static String clock(java.time.Duration d) {
    long s = Math.abs(d.toSeconds());
    String text =
        s >= 3600
            ? String.format("%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
            : String.format("%d:%02d", s / 60, s % 60);
    return d.isNegative() ? "-" + text : text;
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
