package dev.allclose.judge.report;

import dev.allclose.judge.problem.KnownSubmission;

/** The verdict one known submission of a package got, against the one it expects. */
public record SubmissionCheck(
    KnownSubmission submission, Verdict actual, String message, long timeMs) {
  public boolean ok() {
    return submission.expected() == actual;
  }
}
