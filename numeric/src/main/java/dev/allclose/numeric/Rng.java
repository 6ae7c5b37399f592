package dev.allclose.numeric;

import java.nio.charset.StandardCharsets;

/**
 * A small, seeded pseudo-random generator whose output is fixed by this file alone, so that a
 * problem's generated cases are the same on every JDK and every machine.
 *
 * <p>The stream is SplitMix64 (Steele, Lea and Flood, "Fast Splittable Pseudorandom Number
 * Generators", OOPSLA 2014); Gaussian values use the Box-Muller transform (Box and Muller, Ann.
 * Math. Statist. 29(2), 1958). {@link #fork(String)} derives an independent stream from a label, so
 * each generated case draws from its own stream and adding a case never changes the others. Not
 * thread-safe; not for cryptography.
 */
public final class Rng {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private long state;

  public Rng(long seed) {
    this.state = seed;
  }

  /** A generator seeded from this one's seed and {@code label}, independent of draws made. */
  public Rng fork(String label) {
    long h = 0xcbf29ce484222325L; // FNV-1a, 64-bit
    for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return new Rng(mix(state ^ mix(h)));
  }

  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform on [0, 1) with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform on [0, bound), without modulo bias. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    // Rejection on 63-bit draws as in java.util.SplittableRandom: a draw in the last, partial
    // block of size `bound` is discarded so every residue is equally likely.
    long u = nextLong() >>> 1;
    long r = u % bound;
    while (u - r + (bound - 1) < 0) {
      u = nextLong() >>> 1;
      r = u % bound;
    }
    return (int) r;
  }

  /** Uniform integer on [lo, hi], both inclusive. */
  public int nextInt(int lo, int hi) {
    return lo + nextInt(hi - lo + 1);
  }

  public boolean nextBoolean() {
    return nextLong() < 0;
  }

  /** Standard normal N(0, 1) by Box-Muller: sqrt(-2 ln u1) cos(2 pi u2). */
  public double nextGaussian() {
    double u1 = 1.0 - nextDouble(); // in (0, 1], so the log is finite
    double u2 = nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  public double uniform(double lo, double hi) {
    return lo + (hi - lo) * nextDouble();
  }

  /** An array of N(0, scale^2) values. */
  public NdArray normal(double scale, int... shape) {
    double[] v = new double[NdArray.sizeOf(shape)];
    for (int i = 0; i < v.length; i++) {
      v[i] = scale * nextGaussian();
    }
    return NdArray.ofDoubles(v, shape);
  }

  /** An array of values uniform on [lo, hi). */
  public NdArray uniform(double lo, double hi, int... shape) {
    double[] v = new double[NdArray.sizeOf(shape)];
    for (int i = 0; i < v.length; i++) {
      v[i] = uniform(lo, hi);
    }
    return NdArray.ofDoubles(v, shape);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
