package dev.allclose.app;

/**
 * A request the product cannot serve because of something the user can fix: an unknown problem, a
 * locked editorial, a second interview, a database it cannot open. The message is one line that
 * says what to do; the kind lets each front end answer in its own terms (an exit code, an HTTP
 * status).
 */
public final class AppException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the request cannot be served. */
  public enum Kind {
    /** The request itself is malformed or out of range. */
    INVALID,
    /** What it names does not exist. */
    NOT_FOUND,
    /**
     * It exists, but the rules close it for now (an editorial before solving, hints in an
     * interview).
     */
    REFUSED,
    /** It clashes with something already under way (a second interview). */
    CONFLICT,
    /** Something around the product (the home folder, the database) is not usable. */
    UNAVAILABLE,
    /** Too many requests of this kind lately (failed sign-ins, runs waiting); later it will do. */
    LIMITED
  }

  private final Kind kind;

  public AppException(String message) {
    this(Kind.UNAVAILABLE, message);
  }

  public AppException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static AppException invalid(String message) {
    return new AppException(Kind.INVALID, message);
  }

  public static AppException notFound(String message) {
    return new AppException(Kind.NOT_FOUND, message);
  }

  public static AppException refused(String message) {
    return new AppException(Kind.REFUSED, message);
  }

  public static AppException limited(String message) {
    return new AppException(Kind.LIMITED, message);
  }

  public static AppException conflict(String message) {
    return new AppException(Kind.CONFLICT, message);
  }
}
