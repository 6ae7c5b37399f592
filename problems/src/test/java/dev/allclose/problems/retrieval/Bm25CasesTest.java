package dev.allclose.problems.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NdArray;
import dev.allclose.problems.BuiltInPackages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated bm25 cases hold the situations their javadoc and the editorial promise. */
class Bm25CasesTest {
  private static final List<TestCase> CASES = BuiltInPackages.cases("bm25", new Bm25Cases());

  /** Scores closer than this may be ordered differently under another order of summation. */
  private static final double NEAR_TIE = 1e-9;

  /**
   * Close scores must be exact: zeros (no query term in either document) or documents that look the
   * same to the query.
   */
  @Test
  void closeScoresAreExactTiesOfEquivalentDocuments() {
    List<String> bad = new ArrayList<>();
    for (TestCase c : CASES) {
      List<List<String>> docs = documents(c);
      double b = c.inputs().containsKey("b") ? c.inputs().get("b").getDouble(0) : 0.75;
      for (int i = 0; queryIn(c, i); i++) {
        List<String> q = query(c, i);
        double[] s = c.expected().get("scores_" + i).toDoubleArray();
        Integer[] order = new Integer[s.length];
        Arrays.setAll(order, d -> d);
        Arrays.sort(order, (x, y) -> Double.compare(s[x], s[y]));
        for (int r = 1; r < order.length; r++) {
          int x = order[r - 1];
          int y = order[r];
          boolean close = s[y] - s[x] <= NEAR_TIE * s[y];
          boolean exact =
              s[x] == s[y]
                  && (s[x] == 0
                      || signature(docs.get(x), q, b).equals(signature(docs.get(y), q, b)));
          if (close && !exact) {
            bad.add(c.name() + " query " + i + " documents " + x + ", " + y);
          }
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void commonTermIsInMoreThanHalfTheDocumentsAndGetsNegativeClassicIdf() {
    TestCase c = named("common-term");
    List<List<String>> docs = documents(c);
    long holding = docs.stream().filter(d -> d.contains("the")).count();
    assertThat(holding).isGreaterThan(docs.size() / 2);
    assertThat(Math.log((docs.size() - holding + 0.5) / (holding + 0.5))).isNegative();
    assertThat(query(c, 0)).containsExactly("the");
  }

  @Test
  void repeatedTermsQueriesRepeatATerm() {
    TestCase c = named("repeated-terms");
    for (int i = 0; queryIn(c, i); i++) {
      assertThat(new HashSet<>(query(c, i))).as("query " + i).hasSizeLessThan(query(c, i).size());
    }
    assertThat(query(named("sample-1-defaults"), 1)).containsExactly("bm25", "bm25", "term");
  }

  @Test
  void lengthsVaryWidely() {
    List<List<String>> docs = documents(named("lengths"));
    int min = docs.stream().mapToInt(List::size).min().orElseThrow();
    int max = docs.stream().mapToInt(List::size).max().orElseThrow();
    assertThat(max).isGreaterThanOrEqualTo(10 * Math.max(min, 1));
    assertThat(named("lengths").inputs().get("b").getDouble(0)).isPositive();
  }

  @Test
  void theContractsEdgeCasesArePresent() {
    TestCase bOne = named("b-one-empty-documents");
    assertThat(bOne.inputs().get("b").getDouble(0)).isEqualTo(1.0);
    assertThat(documents(bOne)).contains(List.of());
    assertThat(documents(named("all-empty"))).allMatch(List::isEmpty);
    assertThat(named("all-empty").expected().get("scores_0").toDoubleArray()).containsOnly(0.0);
    TestCase above = named("n-above-corpus");
    assertThat(above.inputs().get("n_0").getLong(0)).isGreaterThan(documents(above).size());
    assertThat(documents(named("single-document"))).hasSize(1);
    assertThat(named("sample-1-defaults").inputs()).doesNotContainKeys("k1", "b");
    assertThat(documents(named("large"))).hasSize(3000);
    assertThat(CASES.stream().filter(TestCase::visible)).hasSize(2);
  }

  @Test
  void tiesCutInsideAGroupOfIdenticalDocuments() {
    TestCase c = named("ties");
    List<List<String>> docs = documents(c);
    assertThat(docs.get(2)).isEqualTo(docs.get(6)).isEqualTo(docs.get(9));
    long[] top = c.expected().get("top_0").toLongArray();
    assertThat(top).contains(2).doesNotContain(6, 9);
  }

  @Test
  void generationIsDeterministic() {
    List<TestCase> again = BuiltInPackages.cases("bm25", new Bm25Cases());
    for (int i = 0; i < CASES.size(); i++) {
      assertThat(again.get(i).inputs()).as(CASES.get(i).name()).isEqualTo(CASES.get(i).inputs());
    }
  }

  /**
   * The document's count of each query term and, unless b = 0, its length: all its score depends
   * on.
   */
  private static Map<String, Integer> signature(List<String> doc, List<String> query, double b) {
    Map<String, Integer> sig = new HashMap<>();
    sig.put("", b == 0 ? 0 : doc.size());
    for (String t : query) {
      sig.put(t, (int) doc.stream().filter(t::equals).count());
    }
    return sig;
  }

  private static TestCase named(String name) {
    return BuiltInPackages.named(CASES, name);
  }

  private static boolean queryIn(TestCase c, int i) {
    return c.inputs().containsKey("query_" + i);
  }

  private static List<String> query(TestCase c, int i) {
    return Arrays.asList(c.inputs().get("query_" + i).toStringArray());
  }

  private static List<List<String>> documents(TestCase c) {
    NdArray corpus = c.inputs().get("corpus");
    int rows = corpus.shape()[0];
    int width = corpus.shape()[1];
    List<List<String>> docs = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<String> doc = new ArrayList<>();
      for (int col = 0; col < width; col++) {
        String t = corpus.getString(r * width + col);
        if (!t.isEmpty()) {
          doc.add(t);
        }
      }
      docs.add(doc);
    }
    return docs;
  }
}
