package dev.allclose.plan.offers;

import java.math.BigDecimal;

/**
 * Money paid (or repaid, when negative) {@code month} months after the start, counted in employment
 * year {@code year}. Money earned over a period (salary, bonus, vesting) counts in the year that
 * period ends in, so a vest on the first anniversary (month 12) is year 1's; money paid when a year
 * begins (a sign-on instalment, a yearly allowance) is that new year's.
 */
public record Payment(int month, int year, Component component, BigDecimal amount) {
  /** Earned by month {@code month}: year {@code ceil(month / 12)}, at least 1. */
  static Payment earned(int month, Component component, BigDecimal amount) {
    return new Payment(month, Math.max(1, (month + 11) / 12), component, amount);
  }

  /** Paid as month {@code month} begins: year {@code floor(month / 12) + 1}. */
  static Payment paidAt(int month, Component component, BigDecimal amount) {
    return new Payment(month, month / 12 + 1, component, amount);
  }
}
