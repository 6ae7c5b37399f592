package dev.allclose.problems.recommendation;

import static dev.allclose.problems.Cases.array;
import static dev.allclose.problems.Cases.flag;
import static dev.allclose.problems.Cases.scalar;

import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.recommendation.InBatchSoftmax;
import dev.allclose.reference.recommendation.RecallAtK;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cases for problem 48, two-tower: each case calls one entry point, {@code in_batch_softmax_loss(q,
 * d, temperature, normalize) -> (loss, dq, dd)} or {@code recall_at_k(q, corpus, relevant, k) ->
 * recall}. Which case catches which mistake:
 *
 * <ul>
 *   <li>{@code normalize} ignored: the loss cases with normalize = false ({@code sample-2-raw},
 *       {@code raw}, {@code raw-small-temperature}) when the rows are always normalised, and every
 *       normalize = true case (row norms from 0.1 to 10) when they never are;
 *   <li>the logits multiplied by the temperature: every loss case with B > 1 (no temperature is 1
 *       there);
 *   <li>the gradient stopped at the normalised rows (no Jacobian of x / |x|): every normalize =
 *       true case with B > 1;
 *   <li>a softmax without the shift by the row maximum: {@code raw-small-temperature}, whose logits
 *       run to several thousand, where exp overflows and inf / inf is NaN;
 *   <li>a loss averaged over both directions (queries over documents and documents over queries, as
 *       in CLIP): every loss case with B > 1, the two directions differing;
 *   <li>recall ties broken towards the higher index: {@code recall-ties} and {@code
 *       recall-ties-k3}, where groups of equal documents straddle the top-k boundary (small integer
 *       entries make the tied scores exact in any summation order).
 * </ul>
 *
 * The other edge cases of the contract: the defaults (temperature 1, normalize true: {@code
 * sample-1-defaults} passes neither), B = 1 (no negatives: loss and gradients 0), D = 1 (unit rows
 * are +-1, so the normalised gradient vanishes), a batch of 256, k = 1, k = N and k > N (every
 * query a hit), and a corpus of 5000 documents.
 */
public final class TwoTowerCases implements CaseGenerator {
  private static final List<String> LOSS_ARGS = List.of("q", "d", "temperature", "normalize");
  private static final List<String> LOSS_RESULTS = List.of("loss", "dq", "dd");
  private static final List<String> RECALL_ARGS = List.of("q", "corpus", "relevant", "k");

  /** B pairs in D dimensions; each row's norm is scale 10^u, u uniform on [-decades, decades]. */
  private record Batch(
      int b, int d, double temperature, boolean normalize, double scale, double decades) {
    Batch(int b, int d, double temperature, boolean normalize, double decades) {
      this(b, d, temperature, normalize, 1.0, decades);
    }
  }

  /** M queries near their relevant documents in a corpus of N, and the cut-off k. */
  private record Retrieval(int m, int n, int d, int k, double noise) {}

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(defaults(ctx, TestCase.sample("sample-1-defaults")));
    cases.add(loss(ctx, TestCase.sample("sample-2-raw"), new Batch(3, 4, 0.5, false, 0.3)));
    cases.add(recall(ctx, TestCase.sample("sample-3-recall"), new Retrieval(5, 8, 4, 3, 1.0)));
    cases.add(loss(ctx, TestCase.hidden("norms-spread"), new Batch(8, 5, 0.2, true, 1)));
    cases.add(loss(ctx, TestCase.hidden("small-temperature"), new Batch(16, 32, 0.05, true, 1)));
    cases.add(loss(ctx, TestCase.hidden("raw"), new Batch(10, 6, 2.0, false, 0.5)));
    cases.add(
        loss(ctx, TestCase.hidden("raw-small-temperature"), new Batch(6, 8, 0.05, false, 12, 0.2)));
    cases.add(loss(ctx, TestCase.hidden("single-pair"), new Batch(1, 4, 0.05, true, 1)));
    cases.add(loss(ctx, TestCase.hidden("one-dimension"), new Batch(5, 1, 0.5, true, 1)));
    cases.add(loss(ctx, TestCase.hidden("large-batch"), new Batch(256, 64, 0.1, true, 0.5)));
    cases.add(recall(ctx, TestCase.hidden("recall-k1"), new Retrieval(40, 60, 8, 1, 0.8)));
    cases.add(recall(ctx, TestCase.hidden("recall-k-equals-n"), new Retrieval(10, 12, 4, 12, 1)));
    cases.add(recall(ctx, TestCase.hidden("recall-k-above-n"), new Retrieval(10, 6, 4, 9, 1)));
    cases.add(recall(ctx, TestCase.hidden("recall-large"), new Retrieval(500, 5000, 32, 50, 1.2)));
    cases.add(ties(ctx, TestCase.hidden("recall-ties"), 2));
    cases.add(ties(ctx, TestCase.hidden("recall-ties-k3"), 3));
    return cases;
  }

  /** temperature and normalize left to their defaults, 1 and true. */
  private static TestCase defaults(GenerationContext ctx, TestCase.Builder builder) {
    Rng rng = ctx.rng(builder.name());
    double[][] q = spreadRows(rng, 4, 3, 1.0, 0.5);
    double[][] d = spreadRows(rng, 4, 3, 1.0, 0.5);
    InBatchSoftmax.Result r = InBatchSoftmax.of(q, d, 1.0, true);
    return builder
        .describe("B = 4, D = 3, the defaults temperature = 1, normalize = True")
        .input("q", array(q))
        .input("d", array(d))
        .call(CaseCall.call("in_batch_softmax_loss", List.of("q", "d"), LOSS_RESULTS))
        .expect("loss", scalar(r.loss()))
        .expect("dq", array(r.dq()))
        .expect("dd", array(r.dd()))
        .build();
  }

  private static TestCase loss(GenerationContext ctx, TestCase.Builder builder, Batch s) {
    Rng rng = ctx.rng(builder.name());
    double[][] q = spreadRows(rng, s.b(), s.d(), s.scale(), s.decades());
    double[][] d = spreadRows(rng, s.b(), s.d(), s.scale(), s.decades());
    for (int r = 0; r < s.b(); r++) {
      for (int c = 0; c < s.d(); c++) {
        d[r][c] += 0.5 * q[r][c]; // a positive leans towards its query, as after some training
      }
    }
    InBatchSoftmax.Result r = InBatchSoftmax.of(q, d, s.temperature(), s.normalize());
    return builder
        .describe(
            String.format(
                Locale.ROOT,
                "B = %d, D = %d, temperature = %s, normalize = %s, row norms %.2g to %.2g",
                s.b(),
                s.d(),
                s.temperature(),
                s.normalize() ? "True" : "False",
                s.scale() * Math.pow(10, -s.decades()),
                s.scale() * Math.pow(10, s.decades())))
        .input("q", array(q))
        .input("d", array(d))
        .input("temperature", scalar(s.temperature()))
        .input("normalize", flag(s.normalize()))
        .call(CaseCall.call("in_batch_softmax_loss", LOSS_ARGS, LOSS_RESULTS))
        .expect("loss", scalar(r.loss()))
        .expect("dq", array(r.dq()))
        .expect("dd", array(r.dd()))
        .build();
  }

  /** Each query is its relevant document plus N(0, noise^2) per entry, so recall is partial. */
  private static TestCase recall(GenerationContext ctx, TestCase.Builder builder, Retrieval s) {
    Rng rng = ctx.rng(builder.name());
    double[][] corpus = NestedArrays.toMatrix(rng.normal(1.0, s.n(), s.d()));
    long[] relevant = new long[s.m()];
    double[][] q = new double[s.m()][s.d()];
    for (int i = 0; i < s.m(); i++) {
      relevant[i] = rng.nextInt(s.n());
      for (int c = 0; c < s.d(); c++) {
        q[i][c] = corpus[(int) relevant[i]][c] + s.noise() * rng.nextGaussian();
      }
    }
    return recallCase(
        builder,
        String.format(
            Locale.ROOT,
            "M = %d queries, N = %d documents, D = %d, k = %d",
            s.m(),
            s.n(),
            s.d(),
            s.k()),
        q,
        corpus,
        relevant,
        s.k());
  }

  /**
   * Integer entries in [-2, 2]: 12 documents of which 2, 5, 7 and 10 are one vector (of squared
   * norm at least 4) and 3 and 8 another, and 24 queries aimed at the first group. The relevant
   * documents are mostly the lower-index members of the two groups, so breaking ties the other way
   * loses hits instead of trading them. Equal documents score exactly equal.
   */
  private static TestCase ties(GenerationContext ctx, TestCase.Builder builder, int k) {
    Rng rng = ctx.rng(builder.name());
    int dims = 3;
    double[][] corpus = new double[12][];
    double[] first = integers(rng, dims);
    while (first[0] * first[0] + first[1] * first[1] + first[2] * first[2] < 4) {
      first = integers(rng, dims);
    }
    double[] second = integers(rng, dims);
    for (int n = 0; n < corpus.length; n++) {
      corpus[n] =
          switch (n) {
            case 2, 5, 7, 10 -> first.clone();
            case 3, 8 -> second.clone();
            default -> integers(rng, dims);
          };
    }
    long[] cycle = {2, 5, 2, 3, 5, 10, 0, 11};
    double[][] q = new double[24][dims];
    long[] relevant = new long[q.length];
    for (int m = 0; m < q.length; m++) {
      for (int c = 0; c < dims; c++) {
        q[m][c] = 2 * first[c] + rng.nextInt(-1, 1);
      }
      relevant[m] = cycle[m % cycle.length];
    }
    return recallCase(
        builder,
        "exact score ties: documents 2, 5, 7, 10 equal, 3 and 8 equal; k = " + k,
        q,
        corpus,
        relevant,
        k);
  }

  private static TestCase recallCase(
      TestCase.Builder builder,
      String description,
      double[][] q,
      double[][] corpus,
      long[] relevant,
      int k) {
    return builder
        .describe(description)
        .input("q", array(q))
        .input("corpus", array(corpus))
        .input("relevant", array(relevant))
        .input("k", scalar(k))
        .call(CaseCall.call("recall_at_k", RECALL_ARGS, List.of("recall")))
        .expect("recall", scalar(RecallAtK.of(q, corpus, relevant, k)))
        .build();
  }

  private static double[][] spreadRows(Rng rng, int rows, int cols, double scale, double decades) {
    double[][] x = NestedArrays.toMatrix(rng.normal(1.0, rows, cols));
    for (double[] row : x) {
      double sq = 0;
      for (double v : row) {
        sq += v * v;
      }
      double factor = scale * Math.pow(10, rng.uniform(-decades, decades)) / Math.sqrt(sq);
      for (int c = 0; c < cols; c++) {
        row[c] *= factor;
      }
    }
    return x;
  }

  private static double[] integers(Rng rng, int n) {
    double[] v = new double[n];
    for (int c = 0; c < n; c++) {
      v[c] = rng.nextInt(-2, 2);
    }
    return v;
  }
}
