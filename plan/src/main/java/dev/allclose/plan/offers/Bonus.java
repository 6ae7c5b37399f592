package dev.allclose.plan.offers;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The yearly bonus at target: a percentage of the year's base, or a fixed amount. Paid for each
 * completed year.
 */
public record Bonus(@Nullable BigDecimal percent, @Nullable BigDecimal amount) {
  public BigDecimal forBase(BigDecimal base) {
    if (amount != null) {
      return Money.round(amount);
    }
    return percent == null ? Money.ZERO : Money.share(base, percent, Money.HUNDRED);
  }
}
