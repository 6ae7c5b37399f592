package dev.allclose.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.compare.ArrayComparison;
import dev.allclose.judge.compare.Disclosure;
import dev.allclose.judge.problem.Tolerance;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.OutputReport;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.numeric.NdArray;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed report of a case whose results were compared for real. */
class ReportPrinterTest {
  private static final ValueType MATRIX = ValueType.parse("float64[F,A]");

  private static OutputReport compared(String name, double[] expected, double[] actual) {
    return ArrayComparison.compare(
        name,
        MATRIX,
        NdArray.ofDoubles(expected, 2, 2),
        NdArray.ofDoubles(actual, 2, 2),
        "ndarray float64",
        Tolerance.DEFAULT,
        Disclosure.EXPECTED_VALUES);
  }

  private static String print(List<OutputReport> outputs) {
    OutputReport first = outputs.stream().filter(o -> !o.matched()).findFirst().orElseThrow();
    String message = (outputs.size() > 1 ? first.name() + ": " : "") + first.message();
    CaseReport c =
        new CaseReport(
            "sample-1",
            true,
            "T = 4",
            Verdict.WRONG_ANSWER,
            message,
            3,
            3,
            0,
            2000,
            outputs,
            null,
            null,
            first.worst(),
            "",
            0,
            null);
    SubmissionReport r =
        new SubmissionReport(
            "reinforce",
            6,
            "test",
            "python",
            "s.py",
            Verdict.WRONG_ANSWER,
            "case sample-1 (T = 4): " + message,
            null,
            null,
            0,
            1,
            10,
            List.of(c));
    StringWriter text = new StringWriter();
    new ReportPrinter(new PrintWriter(text)).print(r);
    return text.toString();
  }

  @Test
  void eachFailingResultsExcerptSitsUnderItsOwnName() {
    String printed =
        print(
            List.of(
                compared("returns", new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}),
                compared("grad", new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 9}),
                compared("new_theta", new double[] {5, 6, 7, 8}, new double[] {0, 6, 7, 8})));
    int grad = printed.indexOf("grad: 1 of 4 elements differ");
    int gradExcerpt = printed.indexOf("actual  [1, 0:2] = [3.0, 9.0]");
    int theta = printed.indexOf("new_theta: 1 of 4 elements differ");
    int thetaExcerpt = printed.indexOf("actual  [0, 0:2] = [0.0, 6.0]");
    assertThat(grad).as(printed).isPositive();
    assertThat(gradExcerpt).as(printed).isGreaterThan(grad);
    assertThat(theta).as(printed).isGreaterThan(gradExcerpt);
    assertThat(thetaExcerpt).as(printed).isGreaterThan(theta);
    String details = printed.substring(0, printed.indexOf("WRONG ANSWER"));
    assertThat(details.indexOf("grad: 1 of 4"))
        .as("printed once among the details")
        .isEqualTo(details.lastIndexOf("grad: 1 of 4"));
    assertThat(printed).doesNotContain("returns:");
  }

  @Test
  void aSingleResultPrintsItsMessageAndExcerptWithoutAName() {
    String printed =
        print(List.of(compared("out", new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 9})));
    assertThat(printed)
        .contains("       1 of 4 elements differ")
        .contains("       actual  [1, 0:2] = [3.0, 9.0]")
        .doesNotContain("out:");
  }
}
