package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls that must refuse their input (RAISES): the contract's error is ValueError in Python and
 * IllegalArgumentException in Java; returning instead is a wrong answer that says so, and any other
 * exception is a runtime error.
 */
class RaisesTest {
  @TempDir Path tmp;

  static final String PYTHON =
      "import numpy as np\n\ndef checked_sqrt(x):\n"
          + "    if np.any(x < 0):\n        raise %s('negative input')\n    return np.sqrt(x)\n";

  @Test
  void theContractsErrorOrASubclassOfItIsAccepted() {
    JudgeFixture f = new JudgeFixture(tmp);
    SubmissionReport plain = f.submit("checked-sqrt", "s.py", PYTHON.formatted("ValueError"));
    assertThat(plain.verdict()).as(plain.message()).isEqualTo(Verdict.ACCEPTED);
    String subclass = "class NegativeInput(ValueError):\n    pass\n\n" + PYTHON;
    assertThat(f.submit("checked-sqrt", "s.py", subclass.formatted("NegativeInput")).verdict())
        .isEqualTo(Verdict.ACCEPTED);
    String java =
        "public class Solution {\n  public static double[] checkedSqrt(double[] x) {\n"
            + "    for (double v : x) if (v < 0) throw new NumberFormatException(\"negative\");\n"
            + "    double[] y = x.clone();\n    for (int i = 0; i < y.length; i++) y[i] ="
            + " Math.sqrt(y[i]);\n    return y;\n  }\n}\n";
    SubmissionReport subclassInJava = f.submit("checked-sqrt", "Solution.java", java);
    assertThat(subclassInJava.verdict())
        .as("NumberFormatException extends IllegalArgumentException")
        .isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void returningInsteadOfRaisingIsAWrongAnswerThatNamesTheError() {
    JudgeFixture f = new JudgeFixture(tmp);
    SubmissionReport nan =
        f.submit(
            "checked-sqrt",
            "s.py",
            "import numpy as np\n\ndef checked_sqrt(x):\n"
                + "    with np.errstate(invalid='ignore'):\n        return np.sqrt(x)\n");
    assertThat(nan.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    assertThat(nan.message())
        .contains("checked_sqrt should refuse this input by raising ValueError")
        .contains("but it returned");
    String java =
        "public class Solution {\n  public static double[] checkedSqrt(double[] x) {\n"
            + "    double[] y = x.clone();\n    for (int i = 0; i < y.length; i++) y[i] ="
            + " Math.sqrt(y[i]);\n    return y;\n  }\n}\n";
    assertThat(f.submit("checked-sqrt", "Solution.java", java).verdict())
        .isEqualTo(Verdict.WRONG_ANSWER);
  }

  @Test
  void anotherExceptionIsARuntimeError() {
    JudgeFixture f = new JudgeFixture(tmp);
    SubmissionReport typeError = f.submit("checked-sqrt", "s.py", PYTHON.formatted("TypeError"));
    assertThat(typeError.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(typeError.message()).contains("TypeError");
    String java =
        "public class Solution {\n  public static double[] checkedSqrt(double[] x) {\n"
            + "    for (double v : x) if (v < 0) throw new ArithmeticException(\"negative\");\n"
            + "    double[] y = x.clone();\n    for (int i = 0; i < y.length; i++) y[i] ="
            + " Math.sqrt(y[i]);\n    return y;\n  }\n}\n";
    assertThat(f.submit("checked-sqrt", "Solution.java", java).verdict())
        .isEqualTo(Verdict.RUNTIME_ERROR);
  }
}
