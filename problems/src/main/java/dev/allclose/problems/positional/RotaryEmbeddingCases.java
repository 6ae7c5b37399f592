package dev.allclose.problems.positional;

import static dev.allclose.problems.Cases.flag;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.positional.RotaryEmbedding;
import java.util.ArrayList;
import java.util.List;

/**
 * Cases for problem 9, rope. Every case with D >= 4 has at least two pairs, so the other layout
 * (adjacent pairs for half-split or the reverse) and the exponent i/D instead of 2i/D both change
 * the output; every case has a nonzero position, so a rotation by minus the angle fails. Positions
 * are non-contiguous, unsorted, repeated, offset as in a KV cache (500.., 1000..) and as large as
 * 1.3 * 10^5, which also fails a solution that uses arange(T) instead of the given positions. Bases
 * 100, 10^4 and 5 * 10^5 appear, D = 2 and T = 1 are covered, and three cases leave out the
 * trailing defaulted arguments (base, interleaved) so that the defaults themselves are tested.
 */
public final class RotaryEmbeddingCases implements CaseGenerator {
  private static final double DEFAULT_BASE = 10000.0;

  /** How many of the four arguments the case passes: the rest take their defaults. */
  private enum Given {
    X_AND_POSITIONS,
    THROUGH_BASE,
    ALL
  }

  /** The sizes of one case; x has shape (b, h, positions.length, d). */
  private record Shape(int b, int h, int d) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(
        make(
            ctx,
            TestCase.sample("sample-1-half-split"),
            "half-split layout, positions 0..3",
            new Shape(1, 2, 8),
            range(0, 4),
            DEFAULT_BASE,
            false,
            Given.ALL));
    cases.add(
        make(
            ctx,
            TestCase.sample("sample-2-interleaved"),
            "interleaved layout, positions 2, 5, 11",
            new Shape(1, 1, 6),
            new long[] {2, 5, 11},
            DEFAULT_BASE,
            true,
            Given.ALL));
    cases.addAll(layoutAndDefaultCases(ctx));
    cases.addAll(positionCases(ctx));
    cases.addAll(edgeCases(ctx));
    return cases;
  }

  private static List<TestCase> layoutAndDefaultCases(GenerationContext ctx) {
    return List.of(
        make(
            ctx,
            TestCase.hidden("defaults-omitted"),
            "only x and positions: half-split, base 10000",
            new Shape(2, 3, 16),
            range(0, 6),
            DEFAULT_BASE,
            false,
            Given.X_AND_POSITIONS),
        make(
            ctx,
            TestCase.hidden("layout-omitted"),
            "base given, interleaved left to its default",
            new Shape(1, 2, 8),
            permutationPrefix(ctx.rng("layout-omitted-positions"), 64, 5),
            DEFAULT_BASE,
            false,
            Given.THROUGH_BASE),
        make(
            ctx,
            TestCase.hidden("interleaved-batch"),
            "interleaved, B = 2, H = 3, D = 12",
            new Shape(2, 3, 12),
            permutationPrefix(ctx.rng("interleaved-batch-positions"), 40, 5),
            DEFAULT_BASE,
            true,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("llama-head"),
            "half-split, B = 2, H = 8, T = 128, D = 128",
            new Shape(2, 8, 128),
            range(0, 128),
            DEFAULT_BASE,
            false,
            Given.ALL));
  }

  private static List<TestCase> positionCases(GenerationContext ctx) {
    long[] gaps = {0, 3, 7, 100};
    return List.of(
        make(
            ctx,
            TestCase.hidden("non-contiguous-half"),
            "positions 0, 3, 7, 100",
            new Shape(2, 2, 12),
            gaps,
            DEFAULT_BASE,
            false,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("non-contiguous-interleaved"),
            "positions 0, 3, 7, 100, interleaved",
            new Shape(2, 2, 12),
            gaps,
            DEFAULT_BASE,
            true,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("kv-cache-offset-half"),
            "positions 500..515, as when decoding after a cached prefix",
            new Shape(1, 4, 32),
            range(500, 16),
            DEFAULT_BASE,
            false,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("kv-cache-offset-interleaved"),
            "positions 1000..1007, interleaved",
            new Shape(2, 2, 16),
            range(1000, 8),
            DEFAULT_BASE,
            true,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("unsorted-positions"),
            "ten distinct positions in random order",
            new Shape(1, 3, 8),
            permutationPrefix(ctx.rng("unsorted-positions-positions"), 64, 10),
            DEFAULT_BASE,
            false,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("repeated-position"),
            "the same position 5 three times",
            new Shape(2, 1, 8),
            new long[] {5, 5, 5},
            DEFAULT_BASE,
            true,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("large-positions-half"),
            "positions up to 131071, base 500000 (Llama 3)",
            new Shape(1, 2, 64),
            permutationPrefix(ctx.rng("large-positions-half-positions"), 131_072, 12),
            500_000.0,
            false,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("large-positions-interleaved"),
            "positions 100000..100009, interleaved",
            new Shape(2, 2, 32),
            range(100_000, 10),
            DEFAULT_BASE,
            true,
            Given.ALL));
  }

  private static List<TestCase> edgeCases(GenerationContext ctx) {
    return List.of(
        make(
            ctx,
            TestCase.hidden("d-two-half"),
            "D = 2: a single pair",
            new Shape(2, 3, 2),
            range(1, 7),
            DEFAULT_BASE,
            false,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("d-two-interleaved"),
            "D = 2, interleaved, positions 0, 3, 7, 100",
            new Shape(1, 2, 2),
            new long[] {0, 3, 7, 100},
            DEFAULT_BASE,
            true,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("single-position"),
            "T = 1 at position 42",
            new Shape(2, 2, 8),
            new long[] {42},
            DEFAULT_BASE,
            false,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("single-position-interleaved"),
            "T = 1 at position 7, base 100, interleaved",
            new Shape(1, 1, 6),
            new long[] {7},
            100.0,
            true,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("custom-base-small"),
            "base 100, half-split, positions 0..7",
            new Shape(1, 2, 16),
            range(0, 8),
            100.0,
            false,
            Given.ALL),
        make(
            ctx,
            TestCase.hidden("custom-base-large"),
            "base 500000, interleaved, positions 0..7",
            new Shape(1, 2, 16),
            range(0, 8),
            500_000.0,
            true,
            Given.ALL));
  }

  private static TestCase make(
      GenerationContext ctx,
      TestCase.Builder builder,
      String description,
      Shape s,
      long[] positions,
      double base,
      boolean interleaved,
      Given given) {
    Rng rng = ctx.rng(builder.name());
    NdArray x = rng.normal(1.0, s.b(), s.h(), positions.length, s.d());
    NdArray out = RotaryEmbedding.apply(x, positions, base, interleaved);
    builder
        .describe(description)
        .input("x", x)
        .input("positions", NdArray.ofLongs(positions, positions.length));
    if (given != Given.X_AND_POSITIONS) {
      builder.input("base", scalar(base));
    }
    if (given == Given.ALL) {
      builder.input("interleaved", flag(interleaved));
    }
    return builder.expect("out", out).build();
  }

  private static long[] range(long start, int count) {
    long[] p = new long[count];
    for (int i = 0; i < count; i++) {
      p[i] = start + i;
    }
    return p;
  }

  /** The first {@code count} entries of a random permutation of 0..n-1 (Fisher-Yates). */
  private static long[] permutationPrefix(Rng rng, int n, int count) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      int j = i + rng.nextInt(n - i);
      int tmp = perm[i];
      perm[i] = perm[j];
      perm[j] = tmp;
      out[i] = perm[i];
    }
    return out;
  }
}
