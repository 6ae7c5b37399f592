package dev.allclose.cli;

/**
 * A mistake the user can fix: an unknown problem, a missing file, a bad option value. Printed as
 * one line, {@code allclose: <message>}, with exit status 2.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }
}
