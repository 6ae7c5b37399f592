package dev.allclose.plan.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Amounts of money as {@link BigDecimal} with two decimals (cents). Every rounding in the offer
 * arithmetic goes through {@link #round}: half up, to the cent, once per amount that is paid, never
 * on intermediate sums. Stateless.
 */
public final class Money {
  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
  static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Money() {}

  public static BigDecimal round(BigDecimal amount) {
    return amount.setScale(2, ROUNDING);
  }

  /** {@code amount * numerator / denominator}, rounded once to the cent. */
  static BigDecimal share(BigDecimal amount, BigDecimal numerator, BigDecimal denominator) {
    return amount.multiply(numerator).divide(denominator, 2, ROUNDING);
  }

  /** "1,234,567.80", as the tables print amounts. */
  public static String format(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", amount);
  }
}
