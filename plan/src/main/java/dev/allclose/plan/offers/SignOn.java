package dev.allclose.plan.offers;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sign-on bonus paid in instalments: {@code payments.get(i)} at the start of year {@code i + 1}
 * (month {@code 12 i}). Leaving within {@code clawbackMonths} of an instalment repays it, in full,
 * or, when {@code prorated}, the part for the months not served.
 */
public record SignOn(List<BigDecimal> payments, int clawbackMonths, boolean prorated) {
  public SignOn {
    payments = payments.stream().map(Money::round).toList();
  }
}
