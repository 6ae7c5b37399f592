/**
 * A set of strings that may report false positives but never false negatives, sized for {@code
 * capacity} distinct items at a false-positive rate of {@code errorRate}.
 */
public class BloomFilter {
  public BloomFilter(int capacity, double errorRate) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** Inserts {@code item}. */
  public void add(String item) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** False if {@code item} was certainly never added; true if it probably was. */
  public boolean contains(String item) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The number of bits m. */
  public int numBits() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  /** The number of hash functions k. */
  public int numHashes() {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
