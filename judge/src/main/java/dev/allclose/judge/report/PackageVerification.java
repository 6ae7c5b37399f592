package dev.allclose.judge.report;

import java.util.List;

/**
 * A package checked against its known submissions.
 *
 * @param caseProblem why the cases could not be made, or empty
 */
public record PackageVerification(
    String slug, String caseProblem, List<SubmissionCheck> submissions) {
  public PackageVerification {
    submissions = List.copyOf(submissions);
  }

  public boolean ok() {
    return caseProblem.isEmpty() && submissions.stream().allMatch(SubmissionCheck::ok);
  }
}
