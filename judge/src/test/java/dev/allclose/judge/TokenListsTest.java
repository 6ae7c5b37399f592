package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arguments of type list[list[str]] (a tokenised corpus) in both languages: the padded array form
 * reaches the solution as the token lists themselves, empty documents and an empty corpus included.
 */
class TokenListsTest {
  @TempDir Path tmp;

  @Test
  void pythonReceivesListsOfStringsWithoutThePadding() {
    JudgeFixture f = new JudgeFixture(tmp);
    SubmissionReport lists =
        f.submit(
            "token-counts",
            "t.py",
            "def token_counts(docs, word):\n"
                + "    assert type(docs) is list and all(type(d) is list for d in docs)\n"
                + "    assert all(type(t) is str and t for d in docs for t in d)\n"
                + "    return [len(d) for d in docs], [d.count(word) for d in docs]\n");
    assertThat(lists.verdict()).as(lists.message()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void javaTakesListsOrRaggedArrays() {
    JudgeFixture f = new JudgeFixture(tmp);
    String lists =
        "import java.util.*;\npublic class Solution {\n"
            + "  public static Object[] tokenCounts(List<List<String>> docs, String word) {\n"
            + "    long[] n = new long[docs.size()], hits = new long[docs.size()];\n"
            + "    for (int i = 0; i < n.length; i++) { n[i] = docs.get(i).size();"
            + " hits[i] = Collections.frequency(docs.get(i), word); }\n"
            + "    return new Object[] {n, hits};\n  }\n}\n";
    SubmissionReport fromLists = f.submit("token-counts", "Solution.java", lists);
    assertThat(fromLists.verdict()).as(fromLists.message()).isEqualTo(Verdict.ACCEPTED);
    String arrays =
        "public class Solution {\n"
            + "  public static Object[] tokenCounts(String[][] docs, String word) {\n"
            + "    long[] n = new long[docs.length], hits = new long[docs.length];\n"
            + "    for (int i = 0; i < n.length; i++) { n[i] = docs[i].length;"
            + " for (String t : docs[i]) if (t.equals(word)) hits[i]++; }\n"
            + "    return new Object[] {n, hits};\n  }\n}\n";
    SubmissionReport fromArrays = f.submit("token-counts", "Solution.java", arrays);
    assertThat(fromArrays.verdict()).as(fromArrays.message()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void aWrongCountIsAWrongAnswer() {
    JudgeFixture f = new JudgeFixture(tmp);
    SubmissionReport wrong =
        f.submit(
            "token-counts",
            "t.py",
            "def token_counts(docs, word):\n"
                + "    return [len(set(d)) for d in docs], [d.count(word) for d in docs]\n");
    assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
  }
}
