package dev.allclose.plan.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferProjectionTest {
  static BigDecimal $(String amount) {
    return new BigDecimal(amount);
  }

  static final String ACME =
      """
      name: Acme Research
      currency: usd
      base: 200000
      raise_percent: 3
      bonus: {percent: 15}
      sign_on:
        payments: [50000, 25000]
        clawback_months: 12
        prorated: true
      equity:
        value: 400000
        vesting: {years: 4, cliff_months: 12, every_months: 1}
      refreshers:
        - value: 80000
          first_month: 12
          every_months: 12
          vesting: {years: 4, every_months: 3}
      extras:
        - {name: Compute budget, amount: 10000, per_year: true}
        - {name: Relocation, amount: 15000}
        - {name: Conference travel, note: two conferences a year}
      """;

  static final String BACKLOADED =
      """
      name: Backloaded
      currency: USD
      base: 190000.50
      bonus: {amount: 20000}
      sign_on: {payments: [60000, 40000], clawback_months: 12}
      equity:
        shares: 1001
        price: 123.45
        vesting: {yearly_percent: [5, 15, 40, 40], every_months: 6, cliff_months: 12}
      """;

  static Offer acme() {
    return OfferReader.read(ACME, "acme.yaml");
  }

  static YearAmounts year(Projection p, int y) {
    return p.byYear().get(y - 1);
  }

  @Test
  void fourYearsOfAnOfferYearByYear() {
    Projection p = OfferProjection.project(acme(), 4, null);
    assertThat(p.byYear()).hasSize(4);
    assertThat(p.byYear())
        .extracting(y -> y.get(Component.BASE))
        .containsExactly($("200000.00"), $("206000.00"), $("212180.00"), $("218545.40"));
    assertThat(p.byYear())
        .extracting(y -> y.get(Component.BONUS))
        .containsExactly($("30000.00"), $("30900.00"), $("31827.00"), $("32781.81"));
    assertThat(p.byYear())
        .extracting(y -> y.get(Component.SIGN_ON))
        .containsExactly($("50000.00"), $("25000.00"), $("0.00"), $("0.00"));
    assertThat(p.byYear()).extracting(y -> y.get(Component.EQUITY)).containsOnly($("100000.00"));
    // refreshers of 80,000 granted at months 12, 24, 36, quarterly over 4 years (5,000 a quarter)
    assertThat(p.byYear())
        .extracting(y -> y.get(Component.REFRESHERS))
        .containsExactly($("0.00"), $("20000.00"), $("40000.00"), $("60000.00"));
    assertThat(p.byYear())
        .extracting(y -> y.get(Component.EXTRAS))
        .containsExactly($("25000.00"), $("10000.00"), $("10000.00"), $("10000.00"));
    assertThat(p.unvested()).isEqualTo($("120000.00"));
    assertThat(p.total().get(Component.REFRESHERS).add(p.unvested())).isEqualTo($("240000.00"));
    assertThat(year(p, 1).total()).isEqualTo($("405000.00"));
    assertThat(p.total().total())
        .isEqualTo(
            p.byYear().stream().map(YearAmounts::total).reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(p.total().total()).isEqualTo($("1612234.21"));
    assertThat(p.notes())
        .contains("Conference travel: two conferences a year")
        .contains("Sign-on: repaid pro rata on leaving within 12 months of a payment");
  }

  @Test
  void leavingEarlyClawsBackTheSignOn() {
    Projection nine = OfferProjection.project(acme(), 4, 9);
    assertThat(nine.byYear()).hasSize(1);
    assertThat(year(nine, 1).get(Component.SIGN_ON)).isEqualTo($("37500.00")); // 50,000 less 3/12
    assertThat(year(nine, 1).get(Component.BASE)).isEqualTo($("150000.00"));
    assertThat(year(nine, 1).get(Component.BONUS)).isEqualTo($("0.00"));
    assertThat(year(nine, 1).get(Component.EQUITY)).isEqualTo($("0.00")); // before the cliff
    assertThat(nine.unvested()).isEqualTo($("400000.00"));

    Projection fifteen = OfferProjection.project(acme(), 4, 15);
    assertThat(year(fifteen, 2).get(Component.SIGN_ON)).isEqualTo($("6250.00")); // 25,000 less 9/12
    assertThat(year(fifteen, 2).get(Component.BASE)).isEqualTo($("51500.00")); // 3/12 of 206,000
    assertThat(year(fifteen, 2).get(Component.EQUITY)).isEqualTo($("25000.00")); // months 13-15

    Projection full = OfferProjection.project(OfferReader.read(BACKLOADED, "b.yaml"), 4, 6);
    assertThat(year(full, 1).get(Component.SIGN_ON)).isEqualTo($("0.00")); // repaid in full
  }

  @Test
  void aBackLoadedOfferInSharesIsExactToTheCent() {
    Projection p = OfferProjection.project(OfferReader.read(BACKLOADED, "b.yaml"), 4, null);
    // 1001 shares: floor(1001 * 5%) = 50 at month 12; 7.5% a half-year in year 2, 20% in years 3-4
    assertThat(p.byYear())
        .extracting(y -> y.get(Component.EQUITY))
        .containsExactly($("6172.50"), $("18517.50"), $("49380.00"), $("49503.45"));
    assertThat(p.total().get(Component.EQUITY)).isEqualTo($("123573.45"));
    assertThat(p.byYear()).extracting(y -> y.get(Component.BASE)).containsOnly($("190000.50"));
    assertThat(p.byYear())
        .extracting(y -> y.get(Component.SIGN_ON))
        .containsExactly($("60000.00"), $("40000.00"), $("0.00"), $("0.00"));
  }

  @Test
  void theComparisonPrintsJsonWithExactAmounts() throws Exception {
    OfferComparison c =
        OfferComparison.of(List.of(acme(), OfferReader.read(BACKLOADED, "b.yaml")), 4, null);
    assertThat(c.best().offer().name()).isEqualTo("Acme Research");
    String json = c.json();
    assertThat(json)
        .contains("\"base\" : 218545.40")
        .contains("\"equity\" : 6172.50")
        .contains("\"unvested_at_end\" : 120000.00");
    JsonNode root =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json);
    assertThat(root.get("currency").asText()).isEqualTo("USD");
    assertThat(root.get("best").asText()).isEqualTo("Acme Research");
    JsonNode acme = root.get("offers").get(0);
    assertThat(acme.get("years")).hasSize(4);
    assertThat(acme.get("total").get("total").decimalValue()).isEqualTo($("1612234.21"));
    assertThat(acme.get("years").get(3).get("bonus").decimalValue()).isEqualTo($("32781.81"));
    assertThat(acme.get("unvested_at_end").decimalValue()).isEqualByComparingTo($("120000"));
  }

  @Test
  void comparisonsNeedTwoOffersInOneCurrencyWithDistinctNames() {
    assertThatThrownBy(() -> OfferComparison.of(List.of(acme()), 4, null))
        .hasMessage("a comparison needs at least 2 offers, not 1");
    Offer euro = OfferReader.read(BACKLOADED.replace("currency: USD", "currency: EUR"), "b.yaml");
    assertThatThrownBy(() -> OfferComparison.of(List.of(acme(), euro), 4, null))
        .hasMessage("the offers are in EUR and USD; convert them to one currency first");
    assertThatThrownBy(() -> OfferComparison.of(List.of(acme(), acme()), 4, null))
        .hasMessage("two offers are named 'Acme Research'");
  }
}
