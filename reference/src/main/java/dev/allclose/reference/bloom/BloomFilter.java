package dev.allclose.reference.bloom;

import java.nio.charset.StandardCharsets;

/**
 * A Bloom filter over strings: a set that may answer "present" for an item never added (a false
 * positive) but never "absent" for one that was.
 *
 * <p>Sources: B. H. Bloom, "Space/Time Trade-offs in Hash Coding with Allowable Errors",
 * Communications of the ACM 13(7), 1970, pp. 422-426 (the structure); A. Broder and M.
 * Mitzenmacher, "Network Applications of Bloom Filters: A Survey", Internet Mathematics 1(4), 2004,
 * section 2.1 (the sizing); A. Kirsch and M. Mitzenmacher, "Less Hashing, Same Performance:
 * Building a Better Bloom Filter", ESA 2006, LNCS 4168, pp. 456-467 (two hashes are enough).
 *
 * <p>With m bits, k hash functions and n items added:
 *
 * <pre>
 *   f(m, n, k) = (1 - e^(-k n / m))^k            (1) false-positive rate
 *   k*(m, n)   = (m / n) ln 2                     (2) the k that minimises (1)
 *   m*(n, p)   = -n ln p / (ln 2)^2               (3) the fewest bits with f = p at k = k*
 *   g_i(x)     = h1(x) + i h2(x)  (mod m),  i = 0..k-1      (4) double hashing
 * </pre>
 *
 * At k = k*, e^(-k n / m) = 1/2, so (1) becomes 2^-k and k*(m*(n, p), n) = log2(1/p).
 *
 * <p>This filter takes m = ceil(m*(capacity, p)) and k = max(1, round(k*(m, capacity))). Items are
 * hashed as UTF-8 bytes with 64-bit FNV-1a followed by two different 64-bit finalisers (the
 * MurmurHash3 mixer), giving h1 and an odd h2; (4) is evaluated in unsigned 64-bit arithmetic and
 * reduced mod m. Cost: O(k + |x|) per add or lookup, m bits of memory. Not thread-safe.
 */
public final class BloomFilter {
  private static final double LN2 = Math.log(2.0);
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private final int numBits;
  private final int numHashes;
  private final long[] words;

  public BloomFilter(int capacity, double errorRate) {
    this.numBits = bitsFor(capacity, errorRate);
    this.numHashes = hashesFor(numBits, capacity);
    this.words = new long[(numBits + 63) / 64];
  }

  /** Equation (3): the optimal number of bits, a real number. */
  public static double optimalBits(long n, double p) {
    requireValid(n, p);
    return -n * Math.log(p) / (LN2 * LN2);
  }

  /** Equation (2): the optimal number of hash functions for m bits and n items, a real number. */
  public static double optimalHashes(double m, long n) {
    return m / n * LN2;
  }

  /** Equation (1): the false-positive rate after n insertions into m bits with k hashes. */
  public static double falsePositiveRate(double m, long n, double k) {
    return Math.pow(1.0 - Math.exp(-k * n / m), k);
  }

  /** The integer sizes this filter uses: ceil of (3). */
  public static int bitsFor(int capacity, double errorRate) {
    double m = Math.ceil(optimalBits(capacity, errorRate));
    if (m > Integer.MAX_VALUE - 63) {
      throw new IllegalArgumentException("a filter of " + m + " bits is too large");
    }
    return (int) m;
  }

  /** The integer hash count this filter uses: (2) rounded, at least 1. */
  public static int hashesFor(int numBits, int capacity) {
    return (int) Math.max(1, Math.round(optimalHashes(numBits, capacity)));
  }

  public int numBits() {
    return numBits;
  }

  public int numHashes() {
    return numHashes;
  }

  /** How many of the m bits are set. */
  public int bitsSet() {
    int count = 0;
    for (long w : words) {
      count += Long.bitCount(w);
    }
    return count;
  }

  public void add(String item) {
    long[] h = hashes(item);
    for (int i = 0; i < numHashes; i++) {
      int bit = position(h, i);
      words[bit >>> 6] |= 1L << bit;
    }
  }

  public boolean contains(String item) {
    long[] h = hashes(item);
    for (int i = 0; i < numHashes; i++) {
      int bit = position(h, i);
      if ((words[bit >>> 6] & (1L << bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Equation (4). */
  private int position(long[] h, int i) {
    return (int) Long.remainderUnsigned(h[0] + i * h[1], numBits);
  }

  private static long[] hashes(String item) {
    long h = FNV_OFFSET;
    for (byte b : item.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * FNV_PRIME;
    }
    return new long[] {mix(h), mix(h + GOLDEN_GAMMA) | 1L};
  }

  /** The 64-bit finaliser of MurmurHash3 (fmix64): every input bit affects every output bit. */
  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  private static void requireValid(long n, double p) {
    if (n <= 0 || !(p > 0.0 && p < 1.0)) {
      throw new IllegalArgumentException(
          "need capacity > 0 and 0 < error_rate < 1, got " + n + " and " + p);
    }
  }
}
