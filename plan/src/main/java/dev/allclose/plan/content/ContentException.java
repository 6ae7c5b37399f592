package dev.allclose.plan.content;

/**
 * A content or input file that does not say what it must: the message names the file, the field (a
 * path such as {@code roles[2].questions[0].text}) and what is wrong with it.
 */
public final class ContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContentException(String message) {
    super(message);
  }

  public ContentException(String message, Throwable cause) {
    super(message, cause);
  }
}
