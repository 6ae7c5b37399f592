package dev.allclose.reference.retrieval;

import static dev.allclose.reference.Tolerances.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.numeric.NdArray;
import dev.allclose.reference.GoldenCases;
import dev.allclose.reference.GoldenCases.Golden;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BM25 against the NumPy oracle {@code make_bm25.py} (a term-frequency matrix and a query count
 * vector, with a case worked out by hand), and against the properties the formula promises:
 * repeating a query term adds its contribution again, a term in more than half the documents still
 * scores positively, and with b = 0 document length does not matter.
 */
class Bm25Test {
  private static final List<List<String>> SMALL =
      List.of(List.of("a", "b", "a"), List.of("b", "c"), List.of("c"), List.of("a"), List.of());

  static List<Golden> numpy() {
    return GoldenCases.besideScript(Bm25Test.class, "make_bm25.py", "bm25-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numpy")
  void agreesWithNumpy(Golden g) {
    Bm25 bm25 = new Bm25(documents(g.get("corpus")), g.scalar("k1"), g.scalar("b"));
    List<String> query = Arrays.asList(g.get("query").toStringArray());
    assertGolden(bm25.scores(query), g.get("out_0"), g.name() + " scores");
    long[] top = bm25.topN(query, g.integer("n"));
    assertThat(NdArray.ofLongs(top, top.length)).as(g.name()).isEqualTo(g.get("out_1"));
  }

  @Test
  void aRepeatedQueryTermCountsEachTime() {
    Bm25 bm25 = new Bm25(SMALL, 1.2, 0.75);
    double[] once = bm25.scores(List.of("a", "c"));
    double[] twice = bm25.scores(List.of("a", "c", "a"));
    double[] onlyA = bm25.scores(List.of("a"));
    for (int d = 0; d < once.length; d++) {
      assertThat(twice[d]).isEqualTo(once[d] + onlyA[d]);
    }
  }

  @Test
  void aTermInMostDocumentsHasASmallPositiveIdf() {
    Bm25 bm25 =
        new Bm25(List.of(List.of("x"), List.of("x", "y"), List.of("x"), List.of("z")), 1.2, 0.75);
    assertThat(bm25.idf("x")).isPositive().isEqualTo(Math.log(1 + 1.5 / 3.5));
    assertThat(bm25.idf("absent")).isEqualTo(Math.log(1 + 4.5 / 0.5));
    assertThat(bm25.scores(List.of("absent"))).containsOnly(0.0);
  }

  @Test
  void withBZeroLengthDoesNotMatter() {
    Bm25 bm25 = new Bm25(List.of(List.of("a"), List.of("a", "b", "c", "d", "e")), 1.2, 0.0);
    double[] s = bm25.scores(List.of("a"));
    assertThat(s[0]).isEqualTo(s[1]);
    Bm25 normalised = new Bm25(List.of(List.of("a"), List.of("a", "b", "c", "d", "e")), 1.2, 0.75);
    double[] t = normalised.scores(List.of("a"));
    assertThat(t[0]).isGreaterThan(t[1]);
  }

  @Test
  void emptyDocumentsScoreZeroEvenWithBOne() {
    Bm25 bm25 = new Bm25(SMALL, 1.2, 1.0);
    double[] s = bm25.scores(List.of("a", "b", "c"));
    assertThat(s[4]).isZero();
    assertThat(Arrays.stream(s).allMatch(Double::isFinite)).isTrue();
  }

  @Test
  void anAllEmptyCorpusScoresZeroAndTopNKeepsIndexOrder() {
    Bm25 bm25 = new Bm25(List.of(List.of(), List.of(), List.of()), 1.2, 0.75);
    assertThat(bm25.scores(List.of("a"))).containsExactly(0.0, 0.0, 0.0);
    assertThat(bm25.topN(List.of("a"), 5)).containsExactly(0, 1, 2);
  }

  @Test
  void topNBreaksTiesByTheLowerIndexAndStopsAtN() {
    Bm25 bm25 =
        new Bm25(List.of(List.of("q"), List.of("r"), List.of("q"), List.of("q", "q")), 1.2, 0.0);
    assertThat(bm25.topN(List.of("q"), 3)).containsExactly(3, 0, 2);
    assertThat(bm25.topN(List.of("q"), 10)).containsExactly(3, 0, 2, 1);
  }

  @Test
  void refusesBadArguments() {
    assertThatThrownBy(() -> new Bm25(List.of(), 1.2, 0.75))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bm25(SMALL, 0.0, 0.75))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bm25(SMALL, 1.2, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The (N, L) padded string array back into token lists, dropping the "" padding. */
  static List<List<String>> documents(NdArray corpus) {
    int rows = corpus.shape()[0];
    int width = corpus.shape().length > 1 ? corpus.shape()[1] : 0;
    List<List<String>> docs = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<String> doc = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        String token = corpus.getString(r * width + c);
        if (!token.isEmpty()) {
          doc.add(token);
        }
      }
      docs.add(doc);
    }
    return docs;
  }
}
