import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/** Accepted (Java): a BitSet, FNV-1a over UTF-8 with two finalisers, and double hashing. */
public class BloomFilter {
  private final int numBits;
  private final int numHashes;
  private final BitSet bits;

  public BloomFilter(int capacity, double errorRate) {
    double ln2 = Math.log(2);
    numBits = (int) Math.ceil(-capacity * Math.log(errorRate) / (ln2 * ln2));
    numHashes = Math.max(1, (int) Math.round((double) numBits / capacity * ln2));
    bits = new BitSet(numBits);
  }

  public void add(String item) {
    long h1 = hash(item);
    long h2 = mix(h1 ^ 0x5851f42d4c957f2dL) | 1L;
    for (int i = 0; i < numHashes; i++) {
      bits.set(index(h1, h2, i));
    }
  }

  public boolean contains(String item) {
    long h1 = hash(item);
    long h2 = mix(h1 ^ 0x5851f42d4c957f2dL) | 1L;
    for (int i = 0; i < numHashes; i++) {
      if (!bits.get(index(h1, h2, i))) {
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

  private int index(long h1, long h2, int i) {
    return (int) Long.remainderUnsigned(h1 + i * h2, numBits);
  }

  private static long hash(String item) {
    long h = 0xcbf29ce484222325L;
    for (byte b : item.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
