package dev.allclose.plan.offers;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Later grants: the first {@code firstMonth} months after the start, then every {@code everyMonths}
 * (0: only once), each worth {@code value} (or {@code shares} at {@code price}) and vesting on its
 * own schedule from its grant date.
 */
public record Refresher(
    int firstMonth,
    int everyMonths,
    BigDecimal value,
    @Nullable BigDecimal shares,
    @Nullable BigDecimal price,
    VestingSchedule schedule) {

  Grant grantAt(int month) {
    return shares != null && price != null
        ? Grant.ofShares(month, shares, price, schedule)
        : Grant.ofValue(month, value, schedule);
  }
}
