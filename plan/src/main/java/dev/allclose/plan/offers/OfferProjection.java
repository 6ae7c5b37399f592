package dev.allclose.plan.offers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Projects an offer over a number of employment years, optionally assuming the candidate leaves
 * after some months. Stateless.
 *
 * <ul>
 *   <li>Base: year {@code y} pays {@code base * (1 + raise)^(y-1)}, each year's rate rounded to the
 *       cent from the previous year's rounded rate; a partial last year pays its months pro rata.
 *   <li>Bonus: paid for each completed year, on that year's base.
 *   <li>Sign-on: instalment {@code i} is paid at month {@code 12 i} if still employed then; leaving
 *       within the clawback window repays it (in full or pro rata), in the year of leaving.
 *   <li>Equity and refreshers: every vesting event up to the end (leaving on a vesting day keeps
 *       that vest); refreshers are granted while employed and within the horizon.
 *   <li>Extras: yearly amounts for each year begun, one-off amounts in their month.
 * </ul>
 */
public final class OfferProjection {
  private OfferProjection() {}

  public static Projection project(Offer offer, int years, @Nullable Integer leaveAfterMonths) {
    int end = leaveAfterMonths == null ? years * 12 : Math.min(leaveAfterMonths, years * 12);
    List<Payment> payments = new ArrayList<>();
    payments.addAll(salary(offer, end));
    payments.addAll(signOn(offer, end, leaveAfterMonths != null));
    List<Payment> vests = new ArrayList<>();
    if (offer.equity() != null) {
      vests.addAll(offer.equity().vests(Component.EQUITY));
    }
    for (Refresher r : offer.refreshers()) {
      for (int g = r.firstMonth(); g < end; g += r.everyMonths()) {
        vests.addAll(r.grantAt(g).vests(Component.REFRESHERS));
        if (r.everyMonths() == 0) {
          break;
        }
      }
    }
    BigDecimal unvested = Money.ZERO;
    for (Payment v : vests) {
      if (v.month() <= end) {
        payments.add(v);
      } else {
        unvested = unvested.add(v.amount());
      }
    }
    payments.addAll(extras(offer, end));
    List<YearAmounts> byYear = byYear(payments, (end + 11) / 12);
    return new Projection(
        offer, years, leaveAfterMonths, byYear, total(byYear), unvested, notes(offer));
  }

  private static List<Payment> salary(Offer offer, int end) {
    List<Payment> out = new ArrayList<>();
    BigDecimal rate = Money.round(offer.base());
    BigDecimal growth =
        BigDecimal.ONE.add(
            offer.raisePercent().divide(Money.HUNDRED, java.math.MathContext.DECIMAL128));
    for (int y = 1; 12 * (y - 1) < end; y++) {
      if (y > 1) {
        rate = Money.round(rate.multiply(growth));
      }
      int months = Math.min(12, end - 12 * (y - 1));
      out.add(
          Payment.earned(
              12 * (y - 1) + months,
              Component.BASE,
              months == 12
                  ? rate
                  : Money.share(rate, BigDecimal.valueOf(months), BigDecimal.valueOf(12))));
      if (months == 12) {
        out.add(Payment.earned(12 * y, Component.BONUS, offer.bonus().forBase(rate)));
      }
    }
    return out;
  }

  private static List<Payment> signOn(Offer offer, int end, boolean leaves) {
    SignOn s = offer.signOn();
    List<Payment> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    for (int i = 0; i < s.payments().size() && 12 * i < end; i++) {
      int paid = 12 * i;
      BigDecimal amount = s.payments().get(i);
      out.add(Payment.paidAt(paid, Component.SIGN_ON, amount));
      int window = paid + s.clawbackMonths();
      if (leaves && end < window) {
        BigDecimal repay =
            s.prorated()
                ? Money.share(
                    amount,
                    BigDecimal.valueOf(window - end),
                    BigDecimal.valueOf(s.clawbackMonths()))
                : amount;
        out.add(Payment.earned(end, Component.SIGN_ON, repay.negate()));
      }
    }
    return out;
  }

  private static List<Payment> extras(Offer offer, int end) {
    List<Payment> out = new ArrayList<>();
    for (Extra e : offer.extras()) {
      BigDecimal amount = e.amount();
      if (amount == null) {
        continue;
      }
      if (e.perYear()) {
        for (int y = 1; 12 * (y - 1) < end; y++) {
          out.add(Payment.paidAt(12 * (y - 1), Component.EXTRAS, Money.round(amount)));
        }
      } else if (e.month() < end) {
        out.add(Payment.paidAt(e.month(), Component.EXTRAS, Money.round(amount)));
      }
    }
    return out;
  }

  private static List<YearAmounts> byYear(List<Payment> payments, int years) {
    List<Map<Component, BigDecimal>> sums = new ArrayList<>();
    for (int y = 0; y < years; y++) {
      sums.add(new EnumMap<>(Component.class));
    }
    for (Payment p : payments) {
      int y = Math.min(p.year(), years) - 1;
      sums.get(y).merge(p.component(), p.amount(), BigDecimal::add);
    }
    List<YearAmounts> out = new ArrayList<>();
    for (int y = 0; y < years; y++) {
      out.add(new YearAmounts(y + 1, sums.get(y)));
    }
    return out;
  }

  private static YearAmounts total(List<YearAmounts> years) {
    Map<Component, BigDecimal> sum = new EnumMap<>(Component.class);
    for (YearAmounts y : years) {
      y.amounts().forEach((c, a) -> sum.merge(c, a, BigDecimal::add));
    }
    return new YearAmounts(0, sum);
  }

  private static List<String> notes(Offer offer) {
    List<String> notes = new ArrayList<>();
    if (offer.equity() != null) {
      notes.add(
          "Equity: "
              + Money.format(offer.equity().value())
              + " vesting "
              + offer.equity().schedule().describe());
    }
    for (Refresher r : offer.refreshers()) {
      notes.add(
          "Refreshers: "
              + Money.format(r.value())
              + (r.everyMonths() > 0
                  ? " every " + r.everyMonths() + " months from month " + r.firstMonth()
                  : " once, at month " + r.firstMonth())
              + ", vesting "
              + r.schedule().describe());
    }
    SignOn s = offer.signOn();
    if (s != null && s.clawbackMonths() > 0) {
      notes.add(
          "Sign-on: repaid"
              + (s.prorated() ? " pro rata" : " in full")
              + " on leaving within "
              + s.clawbackMonths()
              + " months of a payment");
    }
    for (Extra e : offer.extras()) {
      if (e.note() != null) {
        notes.add(e.name() + ": " + e.note());
      }
    }
    return notes;
  }
}
