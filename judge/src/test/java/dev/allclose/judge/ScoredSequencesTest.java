package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results of type list[tuple[list[int],float]] in both languages, through the packed form. */
class ScoredSequencesTest {
  @TempDir Path tmp;

  @Test
  void pythonPairsOfListsOrArraysAreAccepted() {
    JudgeFixture f = new JudgeFixture(tmp);
    assertThat(
            f.submit(
                    "prefixes",
                    "p.py",
                    "def prefixes(n):\n    return [(list(range(i + 1)), -float(i)) for i in range(n)]\n")
                .verdict())
        .isEqualTo(Verdict.ACCEPTED);
    assertThat(
            f.submit(
                    "prefixes",
                    "p.py",
                    "import numpy as np\ndef prefixes(n):\n    return [(np.arange(i + 1), np.float64(-i)) for i in range(n)]\n")
                .verdict())
        .isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void javaRecordsAndObjectArraysAreAccepted() {
    JudgeFixture f = new JudgeFixture(tmp);
    String records =
        "import java.util.*;\npublic class Solution {\n  public record Beam(int[] tokens, double score) {}\n"
            + "  public static List<Beam> prefixes(int n) {\n    List<Beam> out = new ArrayList<>();\n"
            + "    for (int i = 0; i < n; i++) { int[] t = new int[i + 1]; for (int j = 0; j <= i; j++) t[j] = j; out.add(new Beam(t, -i)); }\n"
            + "    return out;\n  }\n}\n";
    assertThat(f.submit("prefixes", "Solution.java", records).verdict())
        .isEqualTo(Verdict.ACCEPTED);
    String arrays =
        "import java.util.*;\npublic class Solution {\n  public static Object[][] prefixes(int n) {\n"
            + "    Object[][] out = new Object[n][];\n"
            + "    for (int i = 0; i < n; i++) { List<Integer> t = new ArrayList<>(); for (int j = 0; j <= i; j++) t.add(j); out[i] = new Object[] {t, (double) -i}; }\n"
            + "    return out;\n  }\n}\n";
    assertThat(f.submit("prefixes", "Solution.java", arrays).verdict()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void wrongTokensAndMalformedPairsAreWrongAnswersThatSayWhy() {
    JudgeFixture f = new JudgeFixture(tmp);
    SubmissionReport wrong =
        f.submit(
            "prefixes",
            "p.py",
            "def prefixes(n):\n    return [(list(range(1, i + 2)), -float(i)) for i in range(n)]\n");
    assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    SubmissionReport floats =
        f.submit(
            "prefixes",
            "p.py",
            "def prefixes(n):\n    return [([float(j) for j in range(i + 1)], -float(i)) for i in range(n)]\n");
    assertThat(floats.message()).contains("not all integers");
    SubmissionReport flat =
        f.submit(
            "prefixes", "p.py", "def prefixes(n):\n    return [-float(i) for i in range(n)]\n");
    assertThat(flat.message()).contains("not a (tokens, score) pair");
  }
}
