package dev.allclose.server.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The secret of one launch of the server, as Jupyter's token: whoever holds it may use the server,
 * and a browser proves it holds it with the cookie the sign-in link sets. A random secret has 256
 * bits from {@link SecureRandom}, written in URL-safe base64 without padding, so that it travels
 * unescaped in a URL, a cookie and a header. Immutable; {@link #matches} takes the same time
 * whatever the guess, so a guess cannot learn the secret character by character from timings.
 */
public final class LaunchSecret {
  private static final int RANDOM_BYTES = 32;
  private static final int MIN_LENGTH = 22; // 22 base64 characters carry 128 bits
  private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9_-]+");

  private final byte[] secret;
  private final String text;

  private LaunchSecret(String text) {
    this.text = text;
    this.secret = text.getBytes(StandardCharsets.US_ASCII);
  }

  /** A fresh secret for this launch. */
  public static LaunchSecret random() {
    byte[] bytes = new byte[RANDOM_BYTES];
    new SecureRandom().nextBytes(bytes);
    return new LaunchSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /**
   * A given secret (tests, or a launcher that chose one).
   *
   * @throws IllegalArgumentException unless it is at least 22 URL-safe base64 characters
   */
  public static LaunchSecret of(String text) {
    if (text.length() < MIN_LENGTH || !URL_SAFE.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "a launch secret is at least " + MIN_LENGTH + " characters of A-Z, a-z, 0-9, - and _");
    }
    return new LaunchSecret(text);
  }

  /** Whether {@code guess} is this secret, in time that does not depend on where they differ. */
  public boolean matches(@Nullable String guess) {
    return guess != null && MessageDigest.isEqual(secret, guess.getBytes(StandardCharsets.UTF_8));
  }

  /** The secret itself, for the sign-in link and the cookie. */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return "LaunchSecret[hidden]";
  }
}
