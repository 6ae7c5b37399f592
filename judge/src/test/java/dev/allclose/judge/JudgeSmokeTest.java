package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgeSmokeTest {
  @TempDir Path tmp;

  @Test
  void acceptsPython() {
    SubmissionReport r =
        new JudgeFixture(tmp)
            .submit("scale", "s.py", "def scale(x, alpha=2.0):\n    return x * alpha\n");
    System.err.println(r);
    assertThat(r.verdict()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void acceptsJava() {
    SubmissionReport r =
        new JudgeFixture(tmp)
            .submit(
                "scale",
                "Solution.java",
                "public class Solution { public static double[] scale(double[] x, double a) { double[] y = x.clone(); for (int i = 0; i < y.length; i++) y[i] *= a; return y; } }");
    System.err.println(r);
    assertThat(r.verdict()).isEqualTo(Verdict.ACCEPTED);
  }

  /** EJML is on the class path of Java solutions, for compiling and for running. */
  @Test
  void aJavaSolutionMayUseEjml() {
    SubmissionReport r =
        new JudgeFixture(tmp)
            .submit(
                "scale",
                "Solution.java",
                """
                import org.ejml.simple.SimpleMatrix;

                public class Solution {
                  public static double[] scale(double[] x, double a) {
                    SimpleMatrix v = new SimpleMatrix(x.length, 1, true, x).scale(a);
                    double[] y = new double[x.length];
                    for (int i = 0; i < y.length; i++) y[i] = v.get(i, 0);
                    return y;
                  }
                }
                """);
    assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.ACCEPTED);
  }
}
