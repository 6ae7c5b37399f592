package dev.allclose.store;

import org.jspecify.annotations.Nullable;

/** The database cannot be opened or written; the message says which one and why. */
public final class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
