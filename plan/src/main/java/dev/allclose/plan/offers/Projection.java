package dev.allclose.plan.offers;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an offer pays, year by year and in total, over a horizon.
 *
 * @param leaveAfterMonths when the projection assumes the candidate leaves, or null to stay the
 *     whole horizon
 * @param unvested equity granted within the horizon (or employment) that has not vested by its end
 * @param notes terms that are not money, and the assumptions behind the numbers
 */
public record Projection(
    Offer offer,
    int years,
    @Nullable Integer leaveAfterMonths,
    List<YearAmounts> byYear,
    YearAmounts total,
    BigDecimal unvested,
    List<String> notes) {
  public Projection {
    byYear = List.copyOf(byYear);
    notes = List.copyOf(notes);
  }
}
