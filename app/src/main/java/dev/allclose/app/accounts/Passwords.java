package dev.allclose.app.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes: Argon2id (RFC 9106) from Bouncy Castle, written in the PHC string format that
 * the reference implementation's {@code argon2} tool prints ({@code
 * $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}, unpadded base64). The parameters are OWASP's first
 * recommendation for Argon2id: 19 MiB of memory, 2 passes, 1 lane; with a 16-byte random salt and a
 * 32-byte hash. A hash made with other parameters still verifies, and {@link #needsRehash} says to
 * store a new one at the next sign-in.
 */
public final class Passwords {
  static final int MEMORY_KIB = 19_456;
  static final int ITERATIONS = 2;
  static final int LANES = 1;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})"
              + "\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{22,128})");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** A new hash of {@code password} with a fresh salt. */
  public static String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return hash(password, salt, MEMORY_KIB, ITERATIONS, LANES);
  }

  static String hash(String password, byte[] salt, int memoryKib, int iterations, int lanes) {
    byte[] out = derive(password, salt, memoryKib, iterations, lanes, HASH_BYTES);
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s"
        .formatted(memoryKib, iterations, lanes, B64.encodeToString(salt), B64.encodeToString(out));
  }

  /**
   * Whether {@code password} is the one {@code phc} was made from; false for a string that is not
   * an Argon2id hash. Compares in constant time.
   */
  public static boolean verify(String password, String phc) {
    Matcher m = PHC.matcher(phc);
    if (!m.matches()) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(m.group(4));
    byte[] want = Base64.getDecoder().decode(m.group(5));
    int memory = Integer.parseInt(m.group(1));
    int iterations = Integer.parseInt(m.group(2));
    int lanes = Integer.parseInt(m.group(3));
    if (iterations < 1 || lanes < 1 || memory < 8 * lanes || memory > 1_048_576) {
      return false; // a stored hash no build made; refuse rather than spend a GiB on it
    }
    byte[] got = derive(password, salt, memory, iterations, lanes, want.length);
    return MessageDigest.isEqual(got, want);
  }

  /** Whether a verified hash was made with weaker parameters than today's. */
  public static boolean needsRehash(String phc) {
    Matcher m = PHC.matcher(phc);
    return !m.matches()
        || Integer.parseInt(m.group(1)) < MEMORY_KIB
        || Integer.parseInt(m.group(2)) < ITERATIONS;
  }

  private static byte[] derive(
      String password, byte[] salt, int memoryKib, int iterations, int lanes, int length) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(lanes)
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[length];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    return out;
  }
}
