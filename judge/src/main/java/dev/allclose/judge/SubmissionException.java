package dev.allclose.judge;

/**
 * A submission the judge cannot take: the file is missing or unreadable, its language is unknown,
 * or the problem does not offer that language. The message is one line that says what to do.
 */
public final class SubmissionException extends Exception {
  private static final long serialVersionUID = 1L;

  public SubmissionException(String message) {
    super(message);
  }
}
