package dev.allclose.plan.offers;

import java.util.List;

/**
 * When a grant vests: the months (after the grant) at which shares or value are released, and what
 * fraction of the grant has vested by each.
 *
 * <p>Amounts are made from the cumulative fraction, not per event: the amount of an event is {@code
 * round(G * f(m)) - round(G * f(previous))}. The rounding of one event is thus absorbed by the
 * next, and the events add up to exactly {@code G} because {@code f} of the last month is 1.
 */
public sealed interface VestingSchedule permits EvenVesting, YearlyVesting {
  /** The months after the grant at which something vests, ascending; the last ends vesting. */
  List<Integer> months();

  /** The fraction of the grant vested by {@code month} after the grant. */
  Fraction vested(int month);

  /** How long vesting lasts, in months. */
  int totalMonths();

  /** The schedule in words, for tables and notes. */
  String describe();
}
