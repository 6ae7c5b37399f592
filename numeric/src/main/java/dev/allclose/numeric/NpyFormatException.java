package dev.allclose.numeric;

/**
 * A {@code .npy} or {@code .npz} file that is malformed or holds an unsupported dtype. The message
 * is one line meant for the user: what is wrong and what to do instead.
 */
public final class NpyFormatException extends RuntimeException {
  public NpyFormatException(String message) {
    super(message);
  }
}
