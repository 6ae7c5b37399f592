package dev.allclose.judge.cases;

/** A problem's cases could not be made: the generator failed or produced unsound cases. */
public final class CaseGenerationException extends Exception {
  private static final long serialVersionUID = 1L;

  public CaseGenerationException(String message) {
    super(message);
  }

  public CaseGenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
