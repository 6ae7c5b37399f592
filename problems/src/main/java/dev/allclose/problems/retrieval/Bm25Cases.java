package dev.allclose.problems.retrieval;

import static dev.allclose.problems.Cases.scalar;
import static dev.allclose.problems.Cases.tokenLists;

import dev.allclose.harness.protocol.Op;
import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.GenerationContext;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Rng;
import dev.allclose.reference.retrieval.Bm25;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Cases for problem 46, bm25: each case builds {@code BM25(corpus, k1, b)} (the first sample leaves
 * k1 and b to their defaults) and, for every query q_i of the case, calls {@code get_scores(q_i) ->
 * scores_i} and {@code top_n(q_i, n_i) -> top_i}. Which case catches which mistake:
 *
 * <ul>
 *   <li>the idf without the {@code 1 +} (the Robertson/Sparck Jones weight, negative for a term in
 *       more than half the documents): every case with a query term in at least one document;
 *       {@code common-term}, where "the" is in 80% of the documents, also reverses the order;
 *   <li>no length normalisation (b ignored): every case with b > 0 and documents of different
 *       lengths, {@code lengths} above all (1 to 60 tokens);
 *   <li>query terms de-duplicated: {@code repeated-terms}, {@code sample-1-defaults} and {@code
 *       large}, whose queries repeat terms;
 *   <li>a 0/0 for an empty document when b = 1 (its normaliser is 0 and so is f): {@code
 *       b-one-empty-documents}.
 * </ul>
 *
 * Other edge cases of the contract: b = 0, terms in no document (score 0), exact ties between
 * identical documents at the top-n boundary, n above N, N = 1, a corpus of empty documents (every
 * score 0), non-ASCII tokens, and 3000 documents with 30 queries.
 */
public final class Bm25Cases implements CaseGenerator {
  private static final String[] WORDS = {
    "the",
    "model",
    "data",
    "attention",
    "layer",
    "training",
    "loss",
    "token",
    "query",
    "document",
    "retrieval",
    "score",
    "rank",
    "index",
    "vector",
    "sparse",
    "dense",
    "term",
    "weight",
    "length",
    "corpus",
    "search",
    "engine",
    "neural",
    "network",
    "gradient",
    "batch",
    "embedding",
    "café",
    "naïve",
    "数据",
    "模型",
    "überblick",
    "résumé",
    "señal",
    "σήμα",
    "данные",
    "토큰",
    "🔍",
    "x"
  };

  /** A corpus of n documents of lengths in [minLen, maxLen], words drawn with Zipf weights. */
  private record Corpus(int n, int minLen, int maxLen, int vocabulary) {}

  /** The BM25 parameters k1 and b. */
  private record Params(double k1, double b) {}

  private static final Params DEFAULTS = new Params(1.2, 0.75);

  /** Appended to a document to move its score off a near tie; no query asks for it. */
  private static final String FILLER = "etc";

  @Override
  public List<TestCase> generate(GenerationContext ctx) {
    List<TestCase> cases = new ArrayList<>();
    cases.add(sampleDefaults());
    cases.add(
        drawn(
            ctx,
            TestCase.sample("sample-2-parameters"),
            new Corpus(8, 2, 12, 10),
            new Params(1.5, 0.5),
            2,
            3));
    cases.add(drawn(ctx, TestCase.hidden("random"), new Corpus(60, 0, 40, 40), DEFAULTS, 5, 10));
    cases.add(commonTerm(ctx));
    cases.add(
        drawn(
            ctx,
            TestCase.hidden("lengths"),
            new Corpus(50, 1, 60, 25),
            new Params(1.2, 0.9),
            4,
            8));
    cases.add(repeatedTerms(ctx));
    cases.add(
        drawn(
            ctx, TestCase.hidden("b-zero"), new Corpus(30, 0, 30, 20), new Params(0.8, 0.0), 3, 5));
    cases.add(bOneEmptyDocuments(ctx));
    cases.add(absentTerms(ctx));
    cases.add(ties(ctx));
    cases.add(
        drawn(
            ctx,
            TestCase.hidden("n-above-corpus"),
            new Corpus(7, 1, 9, 12),
            new Params(2.0, 0.75),
            2,
            20));
    cases.add(singleDocument());
    cases.add(allEmpty());
    cases.add(
        drawn(
            ctx, TestCase.hidden("unicode"), new Corpus(25, 0, 20, WORDS.length), DEFAULTS, 4, 6));
    cases.add(
        drawn(
            ctx,
            TestCase.hidden("large"),
            new Corpus(3000, 0, 100, WORDS.length),
            DEFAULTS,
            30,
            10));
    return cases;
  }

  private static TestCase sampleDefaults() {
    List<List<String>> corpus =
        List.of(
            List.of("sparse", "retrieval", "with", "bm25"),
            List.of("dense", "retrieval", "with", "embeddings", "and", "dense", "vectors"),
            List.of("bm25", "ranks", "documents", "by", "term", "weight"),
            List.of("retrieval"),
            List.of());
    List<List<String>> queries =
        List.of(List.of("dense", "retrieval"), List.of("bm25", "bm25", "term"));
    return build(
        TestCase.sample("sample-1-defaults")
            .describe("5 short documents (one empty), k1 and b left to their defaults"),
        corpus,
        null,
        queries,
        List.of(3, 2));
  }

  private static TestCase drawn(
      GenerationContext ctx, TestCase.Builder b, Corpus c, Params p, int queries, int n) {
    Rng rng = ctx.rng(b.name());
    List<List<String>> corpus = corpus(rng, c);
    List<List<String>> qs = new ArrayList<>();
    List<Integer> ns = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      qs.add(query(rng, c.vocabulary(), 1 + rng.nextInt(5)));
      ns.add(n);
    }
    String what =
        String.format(
            Locale.ROOT,
            "%d documents of %d to %d tokens, k1 = %s, b = %s, %d queries, n = %d",
            c.n(),
            c.minLen(),
            c.maxLen(),
            p.k1(),
            p.b(),
            queries,
            n);
    return build(b.describe(what), corpus, p, qs, ns);
  }

  /**
   * "the" prepended to 4 documents in 5: its idf is small but positive, without the 1 + negative.
   */
  private static TestCase commonTerm(GenerationContext ctx) {
    TestCase.Builder b = TestCase.hidden("common-term");
    Rng rng = ctx.rng(b.name());
    List<List<String>> corpus = new ArrayList<>();
    for (List<String> doc : corpus(rng, new Corpus(30, 1, 15, 30))) {
      List<String> withThe = new ArrayList<>(doc);
      withThe.remove("the");
      if (corpus.size() % 5 != 0) {
        withThe.add(0, "the");
      }
      corpus.add(withThe);
    }
    return build(
        b.describe("30 documents, \"the\" in 24 of them; queries lean on it"),
        corpus,
        new Params(1.5, 0.75),
        List.of(List.of("the"), List.of("the", "model"), List.of("the", "the", "loss")),
        List.of(5, 8, 30));
  }

  private static TestCase repeatedTerms(GenerationContext ctx) {
    TestCase.Builder b = TestCase.hidden("repeated-terms");
    List<List<String>> corpus = corpus(ctx.rng(b.name()), new Corpus(40, 0, 30, 20));
    return build(
        b.describe("queries that repeat a term two and three times"),
        corpus,
        DEFAULTS,
        List.of(
            List.of("data", "data", "loss"),
            List.of("layer", "attention", "layer", "layer"),
            List.of("model", "token", "model")),
        List.of(6, 6, 6));
  }

  /** Every fifth document empty and b = 1: an empty document's normaliser is k1 (0 + 0) = 0. */
  private static TestCase bOneEmptyDocuments(GenerationContext ctx) {
    TestCase.Builder b = TestCase.hidden("b-one-empty-documents");
    List<List<String>> corpus =
        new ArrayList<>(corpus(ctx.rng(b.name()), new Corpus(25, 1, 20, 20)));
    for (int d = 0; d < corpus.size(); d += 5) {
      corpus.set(d, List.of());
    }
    return build(
        b.describe("b = 1 and five empty documents, which must score 0, not NaN"),
        corpus,
        new Params(1.2, 1.0),
        List.of(List.of("model", "data"), List.of("the")),
        List.of(10, 25));
  }

  private static TestCase absentTerms(GenerationContext ctx) {
    TestCase.Builder b = TestCase.hidden("absent-terms");
    List<List<String>> corpus = corpus(ctx.rng(b.name()), new Corpus(20, 1, 20, 10));
    return build(
        b.describe("query terms that occur in no document contribute 0"),
        corpus,
        DEFAULTS,
        List.of(List.of("zebra"), List.of("zebra", "model", "quokka"), List.of("Model", "DATA")),
        List.of(3, 3, 3));
  }

  /** Documents 2, 6 and 9 are equal, and 4 and 7: exact ties, cut by n inside each group. */
  private static TestCase ties(GenerationContext ctx) {
    TestCase.Builder b = TestCase.hidden("ties");
    Rng rng = ctx.rng(b.name());
    List<List<String>> corpus = new ArrayList<>(corpus(rng, new Corpus(10, 2, 8, 8)));
    List<String> first = new ArrayList<>(List.of("model", "the", "data", "model"));
    List<String> second = new ArrayList<>(List.of("loss", "data", "the"));
    for (int d : new int[] {2, 6, 9}) {
      corpus.set(d, first);
    }
    for (int d : new int[] {4, 7}) {
      corpus.set(d, second);
    }
    return build(
        b.describe("identical documents score exactly the same; ties go to the lower index"),
        corpus,
        DEFAULTS,
        List.of(List.of("model"), List.of("data", "loss"), List.of("the")),
        List.of(2, 4, 7));
  }

  private static TestCase singleDocument() {
    return build(
        TestCase.hidden("single-document").describe("N = 1"),
        List.of(List.of("only", "one", "document", "one")),
        DEFAULTS,
        List.of(List.of("one"), List.of("two")),
        List.of(1, 3));
  }

  private static TestCase allEmpty() {
    return build(
        TestCase.hidden("all-empty")
            .describe("every document empty (avgdl = 0): every score is 0, top_n in index order"),
        List.of(List.of(), List.of(), List.of(), List.of()),
        DEFAULTS,
        List.of(List.of("model")),
        List.of(2));
  }

  private static TestCase build(
      TestCase.Builder b,
      List<List<String>> corpus,
      @Nullable Params p,
      List<List<String>> queries,
      List<Integer> ns) {
    Params params = p == null ? DEFAULTS : p;
    corpus = separated(corpus, params, queries);
    Bm25 bm25 = new Bm25(corpus, params.k1(), params.b());
    b.input("corpus", tokenLists(corpus));
    List<String> ctorArgs = new ArrayList<>(List.of("corpus"));
    if (p != null) {
      b.input("k1", scalar(p.k1())).input("b", scalar(p.b()));
      ctorArgs.addAll(List.of("k1", "b"));
    }
    b.call(new CaseCall(Op.NEW, "BM25", ctorArgs, List.of()));
    for (int i = 0; i < queries.size(); i++) {
      List<String> q = queries.get(i);
      b.input("query_" + i, NdArray.ofStrings(q.toArray(String[]::new), q.size()))
          .input("n_" + i, scalar(ns.get(i)))
          .call(
              new CaseCall(Op.METHOD, "get_scores", List.of("query_" + i), List.of("scores_" + i)))
          .call(
              new CaseCall(
                  Op.METHOD, "top_n", List.of("query_" + i, "n_" + i), List.of("top_" + i)))
          .expect("scores_" + i, NdArray.ofDoubles(bm25.scores(q), corpus.size()))
          .expect("top_" + i, topArray(bm25.topN(q, ns.get(i))));
    }
    return b.build();
  }

  /**
   * The corpus with a filler token appended to a document wherever two scores of some query are
   * within 1e-9 relative without being equal for a reason every implementation shares (both 0, or
   * both documents with the same counts of the query's terms and, unless b = 0, the same length),
   * so that the order of summation cannot reorder top_n. With b = 1 a document with f = 1 in 5
   * tokens scores exactly as one with f = 2 in 10 in exact arithmetic; the filler breaks that.
   */
  private static List<List<String>> separated(
      List<List<String>> corpus, Params p, List<List<String>> queries) {
    List<List<String>> docs = new ArrayList<>(corpus);
    for (int round = 0; round < 1000; round++) {
      Bm25 bm25 = new Bm25(docs, p.k1(), p.b());
      int clash = -1;
      for (int i = 0; i < queries.size() && clash < 0; i++) {
        clash = clash(docs, bm25.scores(queries.get(i)), queries.get(i), p.b());
      }
      if (clash < 0) {
        return docs;
      }
      List<String> padded = new ArrayList<>(docs.get(clash));
      padded.add(FILLER);
      docs.set(clash, padded);
    }
    throw new IllegalStateException("could not separate the scores of a generated corpus");
  }

  /** A document whose score is near another's without an exact reason, or -1. */
  private static int clash(List<List<String>> docs, double[] s, List<String> query, double b) {
    Integer[] order = new Integer[s.length];
    for (int d = 0; d < s.length; d++) {
      order[d] = d;
    }
    Arrays.sort(order, (x, y) -> Double.compare(s[x], s[y]));
    for (int r = 1; r < order.length; r++) {
      int x = order[r - 1];
      int y = order[r];
      boolean close = s[y] - s[x] <= 1e-9 * s[y];
      boolean exact = s[x] == s[y] && (s[x] == 0 || lookAlike(docs.get(x), docs.get(y), query, b));
      if (close && !exact) {
        return Math.max(x, y);
      }
    }
    return -1;
  }

  private static boolean lookAlike(List<String> x, List<String> y, List<String> query, double b) {
    if (b != 0 && x.size() != y.size()) {
      return false;
    }
    for (String t : query) {
      if (Collections.frequency(x, t) != Collections.frequency(y, t)) {
        return false;
      }
    }
    return true;
  }

  private static NdArray topArray(long[] top) {
    return NdArray.ofLongs(top, top.length);
  }

  private static List<List<String>> corpus(Rng rng, Corpus c) {
    List<List<String>> docs = new ArrayList<>();
    for (int d = 0; d < c.n(); d++) {
      int len = c.minLen() + rng.nextInt(c.maxLen() - c.minLen() + 1);
      List<String> doc = new ArrayList<>();
      for (int t = 0; t < len; t++) {
        doc.add(zipf(rng, c.vocabulary()));
      }
      docs.add(doc);
    }
    return docs;
  }

  /** Terms from the first {@code vocabulary} words; the same word may come twice. */
  private static List<String> query(Rng rng, int vocabulary, int length) {
    List<String> q = new ArrayList<>();
    for (int t = 0; t < length; t++) {
      q.add(rng.nextInt(4) == 0 ? WORDS[rng.nextInt(vocabulary)] : zipf(rng, vocabulary));
    }
    return q;
  }

  /** Word r (0-based) of the first {@code vocabulary} with probability proportional to 1/(r+1). */
  private static String zipf(Rng rng, int vocabulary) {
    double total = 0;
    for (int r = 0; r < vocabulary; r++) {
      total += 1.0 / (r + 1);
    }
    double u = rng.nextDouble() * total;
    for (int r = 0; r < vocabulary; r++) {
      u -= 1.0 / (r + 1);
      if (u < 0) {
        return WORDS[r];
      }
    }
    return WORDS[vocabulary - 1];
  }
}
