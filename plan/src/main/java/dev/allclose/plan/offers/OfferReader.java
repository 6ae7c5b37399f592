package dev.allclose.plan.offers;

import dev.allclose.plan.content.ContentFiles;
import dev.allclose.plan.content.ContentNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an offer from YAML (the format of {@code docs/offers.md}), rejecting anything unclear with
 * a message that names the file and field: unknown fields, amounts with fractions of a cent,
 * percentages that do not add up to 100, cliffs longer than the vesting.
 */
public final class OfferReader {
  private static final int MAX_YEARS = 10;

  private OfferReader() {}

  public static Offer read(String yaml, String file) {
    ContentNode root = ContentFiles.parse(yaml, file);
    root.allow(
        "name",
        "currency",
        "start",
        "base",
        "raise_percent",
        "bonus",
        "sign_on",
        "equity",
        "refreshers",
        "extras");
    String currency = root.text("currency").toUpperCase(Locale.ROOT);
    if (!currency.matches("[A-Z]{3}")) {
      throw root.error(
          "currency", "must be a three-letter code such as USD, not '" + currency + "'");
    }
    List<Refresher> refreshers = new ArrayList<>();
    for (ContentNode r : root.optionalList("refreshers")) {
      refreshers.add(refresher(r));
    }
    List<Extra> extras = new ArrayList<>();
    for (ContentNode e : root.optionalList("extras")) {
      extras.add(extra(e));
    }
    return new Offer(
        root.text("name"),
        currency,
        root.optionalDate("start").orElse(null),
        money(root, "base"),
        percent(root, "raise_percent").orElse(BigDecimal.ZERO),
        root.optionalChild("bonus").map(OfferReader::bonus).orElse(new Bonus(null, null)),
        root.optionalChild("sign_on").map(OfferReader::signOn).orElse(null),
        root.optionalChild("equity").map(OfferReader::equity).orElse(null),
        refreshers,
        extras);
  }

  private static Bonus bonus(ContentNode n) {
    n.allow("percent", "amount");
    Optional<BigDecimal> percent = percent(n, "percent");
    Optional<BigDecimal> amount = optionalMoney(n, "amount");
    if (percent.isPresent() == amount.isPresent()) {
      throw n.error("", "give either percent or amount");
    }
    return new Bonus(percent.orElse(null), amount.orElse(null));
  }

  private static SignOn signOn(ContentNode n) {
    n.allow("payments", "clawback_months", "prorated");
    List<BigDecimal> payments = n.decimals("payments");
    if (payments.isEmpty()) {
      throw n.error("payments", "is missing (one amount per year, the first paid on joining)");
    }
    for (int i = 0; i < payments.size(); i++) {
      checkMoney(n, "payments[" + i + "]", payments.get(i));
    }
    return new SignOn(
        payments,
        n.optionalInteger("clawback_months", 0, 12 * MAX_YEARS, 0),
        n.flag("prorated", false));
  }

  private static Grant equity(ContentNode n) {
    n.allow("value", "shares", "price", "vesting");
    VestingSchedule schedule = vesting(n.child("vesting"));
    if (n.has("shares")) {
      return Grant.ofShares(0, shares(n), money(n, "price"), schedule);
    }
    return Grant.ofValue(0, money(n, "value"), schedule);
  }

  private static Refresher refresher(ContentNode n) {
    n.allow("value", "shares", "price", "first_month", "every_months", "vesting");
    VestingSchedule schedule = vesting(n.child("vesting"));
    int first = n.integer("first_month", 0, 12 * MAX_YEARS);
    int every = n.optionalInteger("every_months", 0, 12 * MAX_YEARS, 0);
    if (n.has("shares")) {
      BigDecimal shares = shares(n);
      BigDecimal price = money(n, "price");
      return new Refresher(
          first, every, Money.round(shares.multiply(price)), shares, price, schedule);
    }
    return new Refresher(first, every, money(n, "value"), null, null, schedule);
  }

  private static Extra extra(ContentNode n) {
    n.allow("name", "amount", "per_year", "month", "note");
    Optional<BigDecimal> amount = optionalMoney(n, "amount");
    String note = n.optionalText("note");
    if (amount.isPresent() == (note != null)) {
      throw n.error("", "give either an amount or a note");
    }
    return new Extra(
        n.text("name"),
        amount.orElse(null),
        n.flag("per_year", false),
        n.optionalInteger("month", 0, 12 * MAX_YEARS, 0),
        note);
  }

  private static VestingSchedule vesting(ContentNode n) {
    n.allow("years", "cliff_months", "every_months", "yearly_percent");
    int every = n.integer("every_months", 1, 12);
    List<BigDecimal> percents = n.decimals("yearly_percent");
    if (!percents.isEmpty()) {
      if (n.has("years")) {
        throw n.error("years", "comes from the length of yearly_percent; leave it out");
      }
      if (12 % every != 0) {
        throw n.error("every_months", "must divide 12 (1, 2, 3, 4, 6 or 12), not " + every);
      }
      BigDecimal sum = percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (sum.compareTo(Money.HUNDRED) != 0 || percents.stream().anyMatch(p -> p.signum() < 0)) {
        throw n.error(
            "yearly_percent", "must be non-negative and add up to 100, not " + sum.toPlainString());
      }
      return new YearlyVesting(
          percents, every, n.optionalInteger("cliff_months", 0, percents.size() * 12, 0));
    }
    int years = n.integer("years", 1, MAX_YEARS);
    return new EvenVesting(years, n.optionalInteger("cliff_months", 0, years * 12, 0), every);
  }

  private static BigDecimal money(ContentNode n, String key) {
    return optionalMoney(n, key).orElseThrow(() -> n.error(key, "is missing"));
  }

  private static Optional<BigDecimal> optionalMoney(ContentNode n, String key) {
    return n.optionalDecimal(key).map(v -> checkMoney(n, key, v));
  }

  private static BigDecimal checkMoney(ContentNode n, String key, BigDecimal v) {
    if (v.signum() < 0) {
      throw n.error(key, "must not be negative, not " + v.toPlainString());
    }
    if (v.stripTrailingZeros().scale() > 2) {
      throw n.error(key, "has a fraction of a cent: " + v.toPlainString());
    }
    return v;
  }

  private static BigDecimal shares(ContentNode n) {
    BigDecimal shares = n.decimal("shares");
    if (shares.signum() <= 0 || shares.stripTrailingZeros().scale() > 0) {
      throw n.error(
          "shares", "must be a whole number of shares above zero, not " + shares.toPlainString());
    }
    if (n.has("value")) {
      throw n.error("value", "comes from shares times price; give one or the other");
    }
    return shares;
  }

  private static Optional<BigDecimal> percent(ContentNode n, String key) {
    Optional<BigDecimal> p = n.optionalDecimal(key);
    p.ifPresent(
        v -> {
          if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
            throw n.error(key, "must be a percentage between 0 and 1000, not " + v.toPlainString());
          }
        });
    return p;
  }
}
