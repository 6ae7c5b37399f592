package dev.allclose.plan.offers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Vesting by yearly percentages, as in back-loaded grants (5/15/40/40): year {@code y} releases
 * {@code percents[y]} of the grant in equal slices every {@code every} months ({@code every}
 * divides 12), with an optional cliff before which nothing vests (what accrued is released at the
 * cliff). The percentages add up to 100.
 */
public record YearlyVesting(List<BigDecimal> percents, int everyMonths, int cliffMonths)
    implements VestingSchedule {
  public YearlyVesting {
    percents = List.copyOf(percents);
    if (percents.isEmpty()
        || everyMonths < 1
        || 12 % everyMonths != 0
        || cliffMonths < 0
        || cliffMonths > percents.size() * 12
        || percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(Money.HUNDRED)
            != 0) {
      throw new IllegalArgumentException(
          "invalid yearly vesting " + percents + " every " + everyMonths);
    }
  }

  @Override
  public int totalMonths() {
    return percents.size() * 12;
  }

  @Override
  public List<Integer> months() {
    List<Integer> months = new ArrayList<>();
    if (cliffMonths > 0 && cliffMonths % everyMonths != 0) {
      months.add(cliffMonths);
    }
    for (int m = everyMonths; m <= totalMonths(); m += everyMonths) {
      if (m >= cliffMonths) {
        months.add(m);
      }
    }
    return months;
  }

  /**
   * Percent vested by {@code month}: the full years before it plus, for the year it falls in, the
   * completed slices: {@code (sum of earlier years * n + p_y * k) / (100 * n)} with {@code n}
   * slices a year and {@code k} of them completed.
   */
  @Override
  public Fraction vested(int month) {
    if (month < cliffMonths) {
      return Fraction.of(0, 1);
    }
    int m = Math.min(month, totalMonths());
    int slicesPerYear = 12 / everyMonths;
    int fullYears = m / 12;
    int slices = (m % 12) / everyMonths;
    BigDecimal earlier =
        percents.subList(0, fullYears).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal numerator = earlier.multiply(BigDecimal.valueOf(slicesPerYear));
    if (fullYears < percents.size()) {
      numerator = numerator.add(percents.get(fullYears).multiply(BigDecimal.valueOf(slices)));
    }
    return new Fraction(numerator, Money.HUNDRED.multiply(BigDecimal.valueOf(slicesPerYear)));
  }

  @Override
  public String describe() {
    return percents.stream().map(BigDecimal::toPlainString).collect(Collectors.joining("/"))
        + " by year, "
        + (everyMonths == 12
            ? "yearly"
            : everyMonths == 6
                ? "twice a year"
                : everyMonths == 3 ? "quarterly" : "every " + everyMonths + " months")
        + (cliffMonths > 0 ? ", " + cliffMonths + "-month cliff" : "");
  }
}
