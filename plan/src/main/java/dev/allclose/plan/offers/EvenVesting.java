package dev.allclose.plan.offers;

import java.util.ArrayList;
import java.util.List;

/**
 * Linear vesting over {@code years}: nothing before the cliff, then at the cliff everything accrued
 * so far ({@code cliff / total} of the grant), then an equal slice every {@code every} months until
 * the end. A 4-year grant with a 12-month cliff and monthly vesting releases 12/48 at month 12 and
 * 1/48 each month after. A cliff that is not a multiple of {@code every} (say 6 months with
 * quarterly vesting after it, or an 18-month cliff) works the same way: accrued at the cliff, then
 * on the regular grid measured from the cliff.
 */
public record EvenVesting(int years, int cliffMonths, int everyMonths) implements VestingSchedule {
  public EvenVesting {
    if (years < 1 || everyMonths < 1 || cliffMonths < 0 || cliffMonths > years * 12) {
      throw new IllegalArgumentException(
          "invalid even vesting: "
              + years
              + " years, cliff "
              + cliffMonths
              + ", every "
              + everyMonths);
    }
  }

  @Override
  public int totalMonths() {
    return years * 12;
  }

  @Override
  public List<Integer> months() {
    List<Integer> months = new ArrayList<>();
    int first = cliffMonths > 0 ? cliffMonths : everyMonths;
    for (int m = first; m < totalMonths(); m += everyMonths) {
      months.add(m);
    }
    months.add(totalMonths());
    return months;
  }

  @Override
  public Fraction vested(int month) {
    int vested = month < cliffMonths ? 0 : Math.min(month, totalMonths());
    return Fraction.of(vested, totalMonths());
  }

  @Override
  public String describe() {
    return years
        + " years, "
        + (cliffMonths > 0 ? cliffMonths + "-month cliff, " : "no cliff, ")
        + (everyMonths == 1
            ? "monthly"
            : everyMonths == 3 ? "quarterly" : "every " + everyMonths + " months");
  }
}
