package dev.allclose.plan.offers;

import java.math.BigDecimal;

/** An exact fraction of a grant, kept as numerator over denominator until the one rounding. */
public record Fraction(BigDecimal numerator, BigDecimal denominator) {
  static Fraction of(long numerator, long denominator) {
    return new Fraction(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }
}
