package dev.allclose.cli.output;

import dev.allclose.judge.report.Verdict;
import org.jspecify.annotations.Nullable;

/** A session's stored verdict id in words: "wrong answer", "no submission" for none. */
public final class VerdictWords {
  private VerdictWords() {}

  public static String of(@Nullable String verdict) {
    if (verdict == null || verdict.equals("none")) {
      return "no submission";
    }
    return Verdict.fromId(verdict).map(Verdict::label).orElse(verdict);
  }
}
