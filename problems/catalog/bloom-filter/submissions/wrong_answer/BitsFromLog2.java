import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/** Wrong answer (Java, bit count): m = -n log2(p) / (ln 2)^2, 1.44 times the optimal m*. */
public class BloomFilter {
  private final int numBits;
  private final int numHashes;
  private final BitSet bits;

  public BloomFilter(int capacity, double errorRate) {
    double ln2 = Math.log(2);
    double log2p = Math.log(errorRate) / ln2;
    numBits = (int) Math.ceil(-capacity * log2p / (ln2 * ln2));
    numHashes = Math.max(1, (int) Math.round((double) numBits / capacity * ln2));
    bits = new BitSet(numBits);
  }

  public void add(String item) {
    int h1 = murmurish(item, 0x9747b28c);
    int h2 = murmurish(item, 0x5bd1e995) | 1;
    for (int i = 0; i < numHashes; i++) {
      bits.set(Math.floorMod(h1 + i * h2, numBits));
    }
  }

  public boolean contains(String item) {
    int h1 = murmurish(item, 0x9747b28c);
    int h2 = murmurish(item, 0x5bd1e995) | 1;
    for (int i = 0; i < numHashes; i++) {
      if (!bits.get(Math.floorMod(h1 + i * h2, numBits))) {
        return false;
      }
    }
    return true;
  }

  public int numBits() {
    return numBits;
  }

  public int numHashes() {
    return numHashes;
  }

  private static int murmurish(String item, int seed) {
    int h = seed;
    for (byte b : item.getBytes(StandardCharsets.UTF_8)) {
      h = Integer.rotateLeft(h ^ (b & 0xff) * 0xcc9e2d51, 15) * 0x1b873593;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }
}
