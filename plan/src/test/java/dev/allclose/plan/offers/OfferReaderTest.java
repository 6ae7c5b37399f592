package dev.allclose.plan.offers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.plan.content.ContentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfferReaderTest {
  @org.junit.jupiter.api.Test
  void theShippedTemplateIsAValidOffer() {
    Offer o =
        OfferReader.read(
            dev.allclose.plan.content.ContentFiles.text("offer-template.yaml"), "template");
    org.assertj.core.api.Assertions.assertThat(o.name()).isEqualTo("Example Lab");
    org.assertj.core.api.Assertions.assertThat(o.extras()).hasSize(3);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "base: 200000|base: 200000.005|o.yaml: base: has a fraction of a cent: 200000.005",
        "base: 200000|base: -5|o.yaml: base: must not be negative, not -5",
        "base: 200000|base: lots|o.yaml: base: must be a number, not 'lots'",
        "currency: usd|currency: dollars|o.yaml: currency: must be a three-letter code such as USD, not 'DOLLARS'",
        "cliff_months: 12|cliff_months: 60|o.yaml: equity.vesting.cliff_months: must be between 0 and 48, not 60",
        "cliff_months: 12|clif_months: 12|o.yaml: equity.vesting.clif_months: is not a known field (expected one of years, cliff_months, every_months, yearly_percent)",
        "{percent: 15}|{percent: 15, amount: 3}|o.yaml: bonus: give either percent or amount",
        "years: 4, every_months: 3|yearly_percent: [5, 15, 40, 30], every_months: 3|o.yaml: refreshers[0].vesting.yearly_percent: must be non-negative and add up to 100, not 90",
        "years: 4, every_months: 3|yearly_percent: [50, 50], every_months: 5|o.yaml: refreshers[0].vesting.every_months: must divide 12 (1, 2, 3, 4, 6 or 12), not 5",
        "note: two conferences a year|amount: 1, note: x|o.yaml: extras[2]: give either an amount or a note",
        "name: Acme Research|title: Acme|o.yaml: title: is not a known field (expected one of name, currency, start, base, raise_percent, bonus, sign_on, equity, refreshers, extras)",
        "value: 400000|shares: 10.5|o.yaml: equity.shares: must be a whole number of shares above zero, not 10.5",
      })
  void defectsAreNamedPrecisely(String from, String to, String message) {
    String broken = OfferProjectionTest.ACME.replace(from, to);
    org.assertj.core.api.Assertions.assertThat(broken).isNotEqualTo(OfferProjectionTest.ACME);
    assertThatThrownBy(() -> OfferReader.read(broken, "o.yaml"))
        .isInstanceOf(ContentException.class)
        .hasMessage(message);
  }
}
