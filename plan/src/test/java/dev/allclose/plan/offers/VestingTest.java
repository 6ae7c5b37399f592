package dev.allclose.plan.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vesting is exact to the cent: events add up to the grant and years split as the fractions say.
 */
class VestingTest {
  static BigDecimal $(String amount) {
    return new BigDecimal(amount);
  }

  static List<BigDecimal> byYear(Grant g, int years) {
    BigDecimal[] sums = new BigDecimal[years];
    java.util.Arrays.fill(sums, Money.ZERO);
    for (Payment p : g.vests(Component.EQUITY)) {
      sums[p.year() - 1] = sums[p.year() - 1].add(p.amount());
    }
    return List.of(sums);
  }

  static BigDecimal sum(List<Payment> ps) {
    return ps.stream().map(Payment::amount).reduce(Money.ZERO, BigDecimal::add);
  }

  static Stream<VestingSchedule> schedules() {
    return Stream.of(
        new EvenVesting(4, 12, 1),
        new EvenVesting(4, 12, 3),
        new EvenVesting(4, 6, 1),
        new EvenVesting(4, 18, 3),
        new EvenVesting(4, 7, 3),
        new EvenVesting(3, 0, 1),
        new EvenVesting(4, 12, 12),
        new EvenVesting(4, 12, 5),
        new YearlyVesting(List.of($("5"), $("15"), $("40"), $("40")), 12, 0),
        new YearlyVesting(List.of($("5"), $("15"), $("40"), $("40")), 6, 12),
        new YearlyVesting(List.of($("33.33"), $("33.33"), $("33.34")), 1, 0),
        new YearlyVesting(List.of($("25"), $("25"), $("25"), $("25")), 3, 5),
        new YearlyVesting(List.of($("10"), $("20"), $("30"), $("40")), 4, 12));
  }

  @ParameterizedTest
  @MethodSource("schedules")
  void everyScheduleReleasesExactlyTheGrant(VestingSchedule schedule) {
    Random random = new Random(20260301);
    for (int i = 0; i < 300; i++) {
      BigDecimal value = BigDecimal.valueOf(random.nextLong(1, 100_000_000_00L), 2);
      Grant g = Grant.ofValue(0, value, schedule);
      List<Payment> vests = g.vests(Component.EQUITY);
      assertThat(sum(vests)).isEqualTo(value);
      assertThat(vests).allMatch(p -> p.amount().signum() >= 0 && p.amount().scale() == 2);
      // each year holds exactly what vested by its end less what vested by its start, each
      // rounded once
      for (int y = 1; y <= schedule.totalMonths() / 12; y++) {
        BigDecimal expected =
            cumulative(value, schedule, 12 * y).subtract(cumulative(value, schedule, 12 * (y - 1)));
        assertThat(byYear(g, schedule.totalMonths() / 12).get(y - 1)).isEqualTo(expected);
      }
      BigDecimal shares = BigDecimal.valueOf(random.nextInt(1, 50_000));
      BigDecimal price = BigDecimal.valueOf(random.nextLong(1, 200_000), 2);
      Grant s = Grant.ofShares(0, shares, price, schedule);
      assertThat(sum(s.vests(Component.EQUITY))).isEqualTo(Money.round(shares.multiply(price)));
    }
  }

  /** What has vested by {@code month}: the cumulative amount of the last event up to it. */
  static BigDecimal cumulative(BigDecimal value, VestingSchedule s, int month) {
    int last = s.months().stream().filter(m -> m <= month).reduce(0, Math::max);
    Fraction f = s.vested(last);
    return value.multiply(f.numerator()).divide(f.denominator(), 2, java.math.RoundingMode.HALF_UP);
  }

  @Test
  void aOneYearCliffThenMonthlyGivesAQuarterAYear() {
    Grant g = Grant.ofValue(0, $("100000.00"), new EvenVesting(4, 12, 1));
    List<Payment> vests = g.vests(Component.EQUITY);
    assertThat(vests).hasSize(37);
    assertThat(vests.get(0)).isEqualTo(new Payment(12, 1, Component.EQUITY, $("25000.00")));
    assertThat(vests.get(1).amount()).isEqualTo($("2083.33"));
    assertThat(vests.get(2).amount()).isEqualTo($("2083.34"));
    assertThat(byYear(g, 4))
        .containsExactly($("25000.00"), $("25000.00"), $("25000.00"), $("25000.00"));
  }

  @Test
  void aCliffInsideAYearReleasesWhatAccruedOnThatDay() {
    // 18-month cliff, quarterly after: nothing in year 1, 18/48 at month 18, then 3/48 a quarter
    Grant late = Grant.ofValue(0, $("96000.00"), new EvenVesting(4, 18, 3));
    assertThat(late.vests(Component.EQUITY).get(0))
        .isEqualTo(new Payment(18, 2, Component.EQUITY, $("36000.00")));
    assertThat(byYear(late, 4))
        .containsExactly($("0.00"), $("48000.00"), $("24000.00"), $("24000.00"));
    // 6-month cliff, monthly after: 6/48 at month 6, inside year 1
    Grant early = Grant.ofValue(0, $("100000.01"), new EvenVesting(4, 6, 1));
    assertThat(early.vests(Component.EQUITY).get(0))
        .isEqualTo(new Payment(6, 1, Component.EQUITY, $("12500.00")));
    assertThat(byYear(early, 4))
        .containsExactly($("25000.00"), $("25000.01"), $("25000.00"), $("25000.00"));
  }

  @Test
  void monthlyAndQuarterlyDifferInEventsNotInYears() {
    Grant monthly = Grant.ofValue(0, $("123457.89"), new EvenVesting(4, 12, 1));
    Grant quarterly = Grant.ofValue(0, $("123457.89"), new EvenVesting(4, 12, 3));
    assertThat(quarterly.vests(Component.EQUITY)).hasSize(13);
    assertThat(quarterly.vests(Component.EQUITY).get(1))
        .isEqualTo(new Payment(15, 2, Component.EQUITY, $("7716.12")));
    assertThat(byYear(monthly, 4)).isEqualTo(byYear(quarterly, 4));
    assertThat(byYear(monthly, 4))
        .containsExactly($("30864.47"), $("30864.48"), $("30864.47"), $("30864.47"));
  }

  @Test
  void aBackLoadedGrantVests5_15_40_40() {
    Grant yearly =
        Grant.ofValue(
            0,
            $("200000.00"),
            new YearlyVesting(List.of($("5"), $("15"), $("40"), $("40")), 12, 0));
    assertThat(yearly.vests(Component.EQUITY))
        .extracting(Payment::month, Payment::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(12, $("10000.00")),
            org.assertj.core.groups.Tuple.tuple(24, $("30000.00")),
            org.assertj.core.groups.Tuple.tuple(36, $("80000.00")),
            org.assertj.core.groups.Tuple.tuple(48, $("80000.00")));
    Grant halfYearly =
        Grant.ofValue(
            0,
            $("200000.00"),
            new YearlyVesting(List.of($("5"), $("15"), $("40"), $("40")), 6, 12));
    List<Payment> vests = halfYearly.vests(Component.EQUITY);
    assertThat(vests).extracting(Payment::month).containsExactly(12, 18, 24, 30, 36, 42, 48);
    assertThat(vests.get(0).amount()).isEqualTo($("10000.00"));
    assertThat(vests.get(1).amount()).isEqualTo($("15000.00"));
    assertThat(byYear(halfYearly, 4)).isEqualTo(byYear(yearly, 4));
  }

  @Test
  void sharesVestWhole() {
    // 1001 shares over 48 months: floor(1001 * t / 48) at each month
    Grant g = Grant.ofShares(0, $("1001"), $("123.45"), new EvenVesting(4, 12, 1));
    List<Payment> vests = g.vests(Component.EQUITY);
    assertThat(vests.get(0).amount()).isEqualTo($("250.00").multiply($("123.45")).setScale(2));
    // month 13: floor(1001 * 13 / 48) = 271, so 21 more shares
    assertThat(vests.get(1).amount()).isEqualTo($("21").multiply($("123.45")).setScale(2));
    assertThat(sum(vests)).isEqualTo($("123573.45"));
  }
}
