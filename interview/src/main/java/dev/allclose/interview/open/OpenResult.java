package dev.allclose.interview.open;

import java.util.List;

/**
 * A self-reviewed open-problems answer.
 *
 * @param checks the automatic checks of the structure
 * @param selfScores the user's score per structure part (0 to 2), in {@link
 *     dev.allclose.interview.bank.OpenPart} order
 * @param score the share of the self-review earned, in [0, 1]
 */
public record OpenResult(
    String prompt, List<OpenCheck> checks, List<Integer> selfScores, double score) {
  public OpenResult {
    checks = List.copyOf(checks);
    selfScores = List.copyOf(selfScores);
  }
}
