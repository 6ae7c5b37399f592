package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case marked to run again in a fresh process: the same answer passes, an answer that depends on
 * the process (Python's salted hash() of str, Java's identity hash) is a wrong answer that shows
 * the first difference.
 */
class RerunInFreshProcessTest {
  @TempDir Path tmp;

  @Test
  void aHashThatIsTheSameInEveryProcessPasses() {
    JudgeFixture f = new JudgeFixture(tmp);
    SubmissionReport md5 =
        f.submit(
            "buckets",
            "b.py",
            "import hashlib\n\ndef buckets(keys, n):\n"
                + "    return [int(hashlib.md5(k.encode()).hexdigest(), 16) % n for k in keys]\n");
    assertThat(md5.verdict()).as(md5.message()).isEqualTo(Verdict.ACCEPTED);
    String java =
        "public class Solution {\n  public static int[] buckets(String[] keys, int n) {\n"
            + "    int[] b = new int[keys.length];\n"
            + "    for (int i = 0; i < b.length; i++) b[i] = Math.floorMod(keys[i].hashCode(), n);\n"
            + "    return b;\n  }\n}\n";
    SubmissionReport stringHash = f.submit("buckets", "Solution.java", java);
    assertThat(stringHash.verdict()).as(stringHash.message()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void pythonsSaltedHashIsAWrongAnswerOnTheRerun() {
    JudgeFixture f = new JudgeFixture(tmp);
    SubmissionReport salted =
        f.submit(
            "buckets", "b.py", "def buckets(keys, n):\n    return [hash(k) % n for k in keys]\n");
    assertThat(salted.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    CaseReport many =
        salted.cases().stream().filter(c -> c.name().equals("many")).findFirst().orElseThrow();
    assertThat(many.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    assertThat(many.message())
        .startsWith("the answer changed when the case ran again in a fresh process: bucket at [")
        .contains(" in the first process and ")
        .contains("Python salts hash() of str");
    assertThat(salted.cases().get(0).verdict())
        .as("the sample is not run again")
        .isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void javasIdentityHashIsAWrongAnswerOnTheRerun() {
    JudgeFixture f = new JudgeFixture(tmp);
    String java =
        "public class Solution {\n  public static int[] buckets(String[] keys, int n) {\n"
            + "    int[] b = new int[keys.length];\n"
            + "    for (int i = 0; i < b.length; i++)"
            + " b[i] = Math.floorMod(System.identityHashCode(keys[i]), n);\n"
            + "    return b;\n  }\n}\n";
    assertThat(f.submit("buckets", "Solution.java", java).verdict())
        .isEqualTo(Verdict.WRONG_ANSWER);
  }
}
