package dev.allclose.plan.offers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A job offer as {@code allclose offers} reads it (see {@code docs/offers.md}).
 *
 * @param base the yearly base salary of year 1
 * @param raisePercent the yearly raise applied from year 2, compounding (0 for none)
 * @param equity the initial grant, if any
 */
public record Offer(
    String name,
    String currency,
    @Nullable LocalDate start,
    BigDecimal base,
    BigDecimal raisePercent,
    Bonus bonus,
    @Nullable SignOn signOn,
    @Nullable Grant equity,
    List<Refresher> refreshers,
    List<Extra> extras) {
  public Offer {
    refreshers = List.copyOf(refreshers);
    extras = List.copyOf(extras);
  }
}
