package dev.allclose.store;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Row ids made by the application, so the same schema works on SQLite and PostgreSQL: the creation
 * time in milliseconds (hex, sortable) followed by 64 random bits.
 */
final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  static String next(Clock clock) {
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    return String.format("%012x", clock.millis()) + HexFormat.of().formatHex(random);
  }
}
