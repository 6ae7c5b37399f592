package dev.allclose.reference.bloom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sizing formulas against closed-form values computed independently (mpmath, 30 digits), and
 * the filter's measured false-positive rate against the theory. The filter's hashes are fixed, so
 * every measurement here is deterministic; the tolerances are still set at five standard deviations
 * of the quantity measured so that they would hold for any reasonable hash.
 */
class BloomFilterTest {
  /** Closed-form values against double arithmetic: a few ulps of a log and a division. */
  private static final double CLOSED_FORM_RTOL = 1e-12;

  /** Deviations allowed for measured counts, in standard deviations. */
  private static final double SIGMAS = 5.0;

  /** m* = -n ln p / (ln 2)^2 and k* = (m* / n) ln 2 = log2(1/p), from mpmath at 30 digits. */
  @ParameterizedTest(name = "n={0}, p={1}")
  @CsvSource({
    "1000, 0.01, 9585.0583773674390724, 6.6438561897747246957",
    "100, 0.05, 623.52242295726829436, 4.3219280948873623479",
    "20000, 0.001, 287551.75132102317217, 9.9657842846620870436",
    "5000, 0.1, 23962.645943418597681, 3.3219280948873623479"
  })
  void optimalSizesMatchTheClosedForm(long n, double p, double bits, double hashes) {
    double m = BloomFilter.optimalBits(n, p);
    assertThat(m).isCloseTo(bits, within(CLOSED_FORM_RTOL * bits));
    assertThat(BloomFilter.optimalHashes(m, n)).isCloseTo(hashes, within(CLOSED_FORM_RTOL));
    assertThat(BloomFilter.falsePositiveRate(m, n, hashes)).isCloseTo(p, within(1e-12 * p));
  }

  @ParameterizedTest(name = "n={0}, p={1}")
  @CsvSource({"1000, 0.01, 9586, 7", "100, 0.05, 624, 4", "20000, 0.001, 287552, 10"})
  void integerSizesRoundTheOptimum(int n, double p, int bits, int hashes) {
    BloomFilter f = new BloomFilter(n, p);
    assertThat(f.numBits()).isEqualTo(bits);
    assertThat(f.numHashes()).isEqualTo(hashes);
  }

  /** (1 - e^(-7 * 1000 / 9586))^7 from mpmath. */
  @Test
  void falsePositiveRateOfIntegerSizes() {
    assertThat(BloomFilter.falsePositiveRate(9586, 1000, 7))
        .isCloseTo(0.010034531962677977721, within(CLOSED_FORM_RTOL));
  }

  @Test
  void anEmptyFilterContainsNothing() {
    BloomFilter f = new BloomFilter(1000, 0.01);
    assertThat(f.bitsSet()).isZero();
    assertThat(f.contains("")).isFalse();
    assertThat(f.contains("item-1")).isFalse();
  }

  @Test
  void neverForgetsAnItem() {
    BloomFilter f = new BloomFilter(200, 0.01);
    List<String> items = List.of("", " ", "item-1", "item-10", "item-100", "é", "e\u0301", "😀🎉");
    items.forEach(f::add);
    for (int i = 0; i < 400; i++) {
      f.add("item-" + i + "-Ω");
    }
    assertThat(items).allMatch(f::contains);
    for (int i = 0; i < 400; i++) {
      assertThat(f.contains("item-" + i + "-Ω")).isTrue();
    }
  }

  @Test
  void measuredRateAtCapacityIsTheTheoreticalOne() {
    checkMeasuredRate(20_000, 0.01, 20_000, 200_000);
  }

  @Test
  void measuredRateAtOneInAThousand() {
    checkMeasuredRate(20_000, 0.001, 20_000, 1_000_000);
  }

  @Test
  void measuredRatePastCapacityFollowsTheFormula() {
    checkMeasuredRate(5_000, 0.01, 10_000, 100_000);
  }

  /**
   * Adds {@code inserted} keys and probes with as many others: the number of bits set must be
   * within SIGMAS of its mean m (1 - (1 - 1/m)^(kn)), and the measured rate within SIGMAS binomial
   * standard deviations of both (bits set / m)^k and f(m, n, k) of equation (1).
   */
  private static void checkMeasuredRate(int capacity, double p, int inserted, int probes) {
    BloomFilter f = new BloomFilter(capacity, p);
    for (int i = 0; i < inserted; i++) {
      f.add("key-" + i);
    }
    int m = f.numBits();
    int k = f.numHashes();
    double meanSet = m * (1 - Math.pow(1 - 1.0 / m, (double) k * inserted));
    double lambda = (double) k * inserted / m;
    double setSd = Math.sqrt(m * Math.exp(-lambda) * (1 - (1 + lambda) * Math.exp(-lambda)));
    assertThat((double) f.bitsSet()).isCloseTo(meanSet, within(SIGMAS * setSd));

    int hits = 0;
    for (int j = 0; j < probes; j++) {
      hits += f.contains("probe-" + j) ? 1 : 0;
    }
    double rate = (double) hits / probes;
    double given = Math.pow((double) f.bitsSet() / m, k);
    assertThat(rate).isCloseTo(given, within(SIGMAS * Math.sqrt(given / probes)));
    double theory = BloomFilter.falsePositiveRate(m, inserted, k);
    double theorySd = Math.sqrt(theory / probes) + k * given * setSd / f.bitsSet();
    assertThat(rate).isCloseTo(theory, within(SIGMAS * theorySd));
  }
}
