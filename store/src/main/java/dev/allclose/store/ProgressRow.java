package dev.allclose.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the database knows of one problem's practice. It states facts only; what they make of the
 * problem (todo, attempted, solved) is the application's rule.
 *
 * @param firstSolved when a full submission was first accepted
 * @param attempts full submissions made (runs of the samples are not counted)
 * @param runs judged runs of any kind, samples included
 * @param solveMs time from the start of the attempt to the first accepted submission; null while
 *     unsolved or when the clock was never started
 * @param derivationScore the score of the latest derivation written for the problem, in [0, 1];
 *     null when none was
 */
public record ProgressRow(
    String problem,
    @Nullable Instant firstSolved,
    int attempts,
    int runs,
    @Nullable Long solveMs,
    @Nullable String note,
    @Nullable Double derivationScore) {

  /** A problem nothing was recorded for. */
  public static ProgressRow untouched(String problem) {
    return new ProgressRow(problem, null, 0, 0, null, null, null);
  }

  /** A full submission was accepted. */
  public boolean solved() {
    return firstSolved != null;
  }
}
