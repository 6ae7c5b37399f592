package dev.allclose.plan.offers;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The money of one employment year (or of several, for totals), by component.
 *
 * @param year 1-based; 0 for a total over years
 */
public record YearAmounts(int year, Map<Component, BigDecimal> amounts) {
  public YearAmounts {
    EnumMap<Component, BigDecimal> all = new EnumMap<>(Component.class);
    for (Component c : Component.values()) {
      all.put(c, amounts.getOrDefault(c, Money.ZERO));
    }
    amounts = java.util.Collections.unmodifiableMap(all);
  }

  public BigDecimal get(Component c) {
    return amounts.getOrDefault(c, Money.ZERO);
  }

  public BigDecimal total() {
    return amounts.values().stream().reduce(Money.ZERO, BigDecimal::add);
  }
}
