package dev.allclose.app;

/**
 * A request the product cannot serve because of something the user can fix: an unknown problem, a
 * database it cannot open. The message is one line that says what to do.
 */
public final class AppException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AppException(String message) {
    super(message);
  }
}
