package dev.allclose.plan.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An equity grant: made {@code grantMonth} months after the start, worth {@code value}, or {@code
 * shares} whole shares at {@code price} each, vesting on {@code schedule}.
 *
 * <p>A grant of shares releases whole shares: the shares vested by each event are {@code
 * floor(shares * f)} for the cumulative fraction {@code f}, so fractional shares wait for a later
 * event and the last releases the rest; their value is shares times price, exact when the price is
 * in cents. A grant of value releases {@code round(value * f)} cumulatively, to the cent. Either
 * way the events add up to exactly the grant.
 */
public record Grant(
    int grantMonth,
    BigDecimal value,
    @Nullable BigDecimal shares,
    @Nullable BigDecimal price,
    VestingSchedule schedule) {

  public static Grant ofValue(int grantMonth, BigDecimal value, VestingSchedule schedule) {
    return new Grant(grantMonth, Money.round(value), null, null, schedule);
  }

  public static Grant ofShares(
      int grantMonth, BigDecimal shares, BigDecimal price, VestingSchedule schedule) {
    return new Grant(grantMonth, Money.round(shares.multiply(price)), shares, price, schedule);
  }

  /** Each vesting event: the month after the start (not after the grant) and its value. */
  public List<Payment> vests(Component component) {
    List<Payment> out = new ArrayList<>();
    BigDecimal previous = Money.ZERO;
    for (int month : schedule.months()) {
      BigDecimal cumulative = vestedValue(schedule.vested(month));
      out.add(Payment.earned(grantMonth + month, component, cumulative.subtract(previous)));
      previous = cumulative;
    }
    return out;
  }

  private BigDecimal vestedValue(Fraction f) {
    if (shares == null || price == null) {
      return Money.share(value, f.numerator(), f.denominator());
    }
    BigDecimal whole =
        shares.multiply(f.numerator()).divide(f.denominator(), 0, RoundingMode.FLOOR);
    return Money.round(whole.multiply(price));
  }
}
