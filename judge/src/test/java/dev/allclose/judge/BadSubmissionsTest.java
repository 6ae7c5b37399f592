package dev.allclose.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.report.CaseProgress;
import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.ReportJson;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import dev.allclose.judge.testkit.TestJudge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken solutions, run for real: each must come back with the right verdict and a
 * message that says what happened, and none may take the judge down. The "scale" fixture has a 1 s
 * time limit, 256 MiB of memory and 16 KiB of output per case; its third case is "long".
 */
class BadSubmissionsTest {
  @TempDir static Path tmp;
  static Judge judge;

  @BeforeAll
  static void judge() {
    JudgeSettings quickStartup = new JudgeSettings(10_000, 32, 64L << 20, false);
    judge = TestJudge.in(tmp, quickStartup).judge();
  }

  static SubmissionReport submit(String problem, String file, String source)
      throws SubmissionException {
    return judge.judgeSource(
        JudgeFixture.load(problem), source, file, Mode.SUBMIT, CaseProgress.NONE);
  }

  static String java(String body) {
    return "public class Solution {\n  public static double[] scale(double[] x, double alpha) {\n"
        + body
        + "\n  }\n}\n";
  }

  @Test
  void pythonSyntaxErrorIsACompileErrorWithTheLine() throws Exception {
    SubmissionReport r =
        submit("scale", "mine.py", "import numpy as np\n\ndef scale(x, alpha=2.0)\n    return x\n");
    assertThat(r.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
    assertThat(r.line()).isEqualTo(3);
    assertThat(r.message()).contains("mine.py").contains("line 3");
    assertThat(r.cases()).allMatch(c -> c.verdict() == Verdict.SKIPPED);
  }

  @Test
  void javaCompileErrorNamesTheFileAndLine() throws Exception {
    SubmissionReport r = submit("scale", "Solution.java", java("    return x * alpha;"));
    assertThat(r.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
    assertThat(r.line()).isEqualTo(3);
    assertThat(r.message()).startsWith("Solution.java:3: error:");
  }

  @Test
  void missingEntryPointQuotesTheExpectedSignature() throws Exception {
    SubmissionReport py =
        submit("scale", "s.py", "def scaled(x, alpha=2.0):\n    return x * alpha\n");
    assertThat(py.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
    assertThat(py.message()).contains("does not define def scale(x, alpha=2.0)");

    SubmissionReport jv =
        submit(
            "scale",
            "Solution.java",
            "public class Solution { public static double[] scaled(double[] x, double a) { return x; } }");
    assertThat(jv.verdict()).isEqualTo(Verdict.COMPILE_ERROR);
    assertThat(jv.message()).contains("public static double[] scale(double[] x, double alpha)");
  }

  @Test
  void exceptionShowsTheCandidatesFramesOnly() throws Exception {
    SubmissionReport r =
        submit(
            "scale",
            "s.py",
            "import numpy as np\n\ndef helper(x):\n    return x[10**6]\n\ndef scale(x, alpha=2.0):\n    return helper(x) * alpha\n");
    assertThat(r.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    CaseReport first = r.cases().get(0);
    assertThat(first.message()).startsWith("IndexError");
    assertThat(first.traceback())
        .contains("File \"s.py\", line 7, in scale")
        .contains("File \"s.py\", line 4, in helper")
        .doesNotContain("harness");
  }

  @Test
  void javaExceptionShowsTheCandidatesFramesOnly() throws Exception {
    SubmissionReport r =
        submit("scale", "Mine.java", java("    return new double[] {x[100] * alpha};"));
    assertThat(r.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(r.cases().get(0).traceback())
        .contains("ArrayIndexOutOfBoundsException")
        .contains("Solution.scale(Mine.java:3)")
        .doesNotContain("dev.allclose")
        .doesNotContain("reflect");
  }

  @Test
  void wrongShapesTypesAndMissingValuesAreWrongAnswersThatSayWhy() throws Exception {
    assertThat(
            submit("scale", "s.py", "def scale(x, alpha=2.0):\n    return None\n")
                .cases()
                .get(0)
                .message())
        .contains("returned None")
        .contains("float64[N] of shape (3,)");
    assertThat(
            submit("scale", "s.py", "def scale(x, alpha=2.0):\n    return float(x[0] * alpha)\n")
                .cases()
                .get(0)
                .message())
        .contains("expected an array of shape (3,), got a single value");
    assertThat(
            submit(
                    "scale",
                    "s.py",
                    "import numpy as np\ndef scale(x, alpha=2.0):\n    return np.append(x * alpha, 0.0)\n")
                .cases()
                .get(0)
                .message())
        .contains("shape (4,) differs from the expected (3,)");
    assertThat(
            submit("scale", "s.py", "def scale(x, alpha=2.0):\n    return [[1.0], [2.0, 3.0]]\n")
                .cases()
                .get(0)
                .message())
        .contains("different lengths");
    assertThat(
            submit("scale", "s.py", "def scale(x, alpha=2.0):\n    return [str(v) for v in x]\n")
                .cases()
                .get(0)
                .message())
        .contains("expected floating-point numbers")
        .contains("list of str");
  }

  @Test
  void smallestBannedWantsIntegersNotFloats() throws Exception {
    SubmissionReport r = submit("smallest", "s.py", "def smallest(x):\n    return min(x)\n");
    assertThat(r.verdict()).isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void infiniteLoopIsATimeLimitAndLaterCasesAreNotRun() throws Exception {
    SubmissionReport r =
        submit(
            "scale",
            "s.py",
            "def scale(x, alpha=2.0):\n    if len(x) > 100:\n        while True:\n            pass\n    return x * alpha\n");
    assertThat(r.verdict()).isEqualTo(Verdict.TIME_LIMIT);
    assertThat(r.cases())
        .extracting(CaseReport::verdict)
        .containsExactly(Verdict.ACCEPTED, Verdict.ACCEPTED, Verdict.TIME_LIMIT);
    assertThat(r.message()).contains("case long").contains("still running");

    SubmissionReport j =
        submit(
            "scale",
            "Solution.java",
            java("    while (x.length > 0) { alpha += 1; }\n    return x;"));
    assertThat(j.verdict()).isEqualTo(Verdict.TIME_LIMIT);
  }

  @Test
  void moduleLevelInfiniteLoopTimesOutWhileLoading() throws Exception {
    SubmissionReport r = submit("scale", "s.py", "while True:\n    pass\n");
    assertThat(r.verdict()).isEqualTo(Verdict.TIME_LIMIT);
    assertThat(r.message()).contains("did not finish loading");
  }

  @Test
  void memoryHogIsAMemoryLimit() throws Exception {
    SubmissionReport py =
        submit(
            "scale",
            "s.py",
            "import numpy as np\ndef scale(x, alpha=2.0):\n    big = np.ones((1 << 28,))\n    return x * alpha + big[0] * 0\n");
    assertThat(py.verdict()).isEqualTo(Verdict.MEMORY_LIMIT);
    assertThat(py.message()).contains("256 MiB");

    SubmissionReport jv =
        submit(
            "scale",
            "Solution.java",
            java("    double[][] big = new double[64][1 << 20];\n    return x;"));
    assertThat(jv.verdict()).isEqualTo(Verdict.MEMORY_LIMIT);
  }

  @Test
  void printFloodIsAnOutputLimit() throws Exception {
    SubmissionReport py =
        submit(
            "scale",
            "s.py",
            "def scale(x, alpha=2.0):\n    while True:\n        print('debug', x)\n");
    assertThat(py.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT);
    assertThat(py.cases().get(0).stdout()).startsWith("debug");

    SubmissionReport jv =
        submit(
            "scale",
            "Solution.java",
            java("    while (true) { System.out.println(\"debug \" + alpha); }"));
    assertThat(jv.verdict()).isEqualTo(Verdict.OUTPUT_LIMIT);
  }

  @Test
  void aFewPrintsAreShownBackWithTheCase() throws Exception {
    SubmissionReport r =
        submit(
            "scale",
            "s.py",
            "def scale(x, alpha=2.0):\n    print('shape', x.shape)\n    return x * alpha\n");
    assertThat(r.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(r.cases().get(0).stdout()).isEqualTo("shape (3,)\n");
  }

  @Test
  void exitCallsAreRuntimeErrors() throws Exception {
    SubmissionReport sysExit =
        submit("scale", "s.py", "import sys\ndef scale(x, alpha=2.0):\n    sys.exit(3)\n");
    assertThat(sysExit.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(sysExit.cases().get(0).message()).contains("sys.exit(3)");

    SubmissionReport osExit =
        submit("scale", "s.py", "import os\ndef scale(x, alpha=2.0):\n    os._exit(0)\n");
    assertThat(osExit.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(osExit.cases().get(0).message()).contains("exited with status 0");

    SubmissionReport javaExit =
        submit("scale", "Solution.java", java("    System.exit(4);\n    return x;"));
    assertThat(javaExit.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(javaExit.cases().get(0).message()).contains("exited with status 4");
  }

  @Test
  void deletingAndWritingFilesInTheWorkingDirectoryHarmsNothing() throws Exception {
    Path mine = Files.writeString(tmp.resolve("keep.txt"), "mine");
    String vandal =
        "import os, shutil\n"
            + "def scale(x, alpha=2.0):\n"
            + "    for f in os.listdir('.'):\n"
            + "        shutil.rmtree(f, ignore_errors=True) if os.path.isdir(f) else os.remove(f)\n"
            + "    open('junk.bin', 'wb').write(b'0' * 1000)\n"
            + "    try:\n"
            + "        os.remove(__file__)\n"
            + "    except OSError:\n"
            + "        pass  # read-only in the sandbox\n"
            + "    return x * alpha\n";
    SubmissionReport r = submit("scale", "s.py", vandal);
    assertThat(r.verdict()).isEqualTo(Verdict.ACCEPTED);
    assertThat(mine).hasContent("mine");
    assertThat(
            submit("scale", "s.py", "def scale(x, alpha=2.0):\n    return x * alpha\n").verdict())
        .isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void importTimeExceptionIsARuntimeErrorWithTraceback() throws Exception {
    SubmissionReport r =
        submit(
            "scale",
            "s.py",
            "import numpy as np\nX = np.zeros(3) @ np.zeros(4)\ndef scale(x, alpha=2.0):\n    return x\n");
    assertThat(r.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
    assertThat(r.message()).contains("failed while loading").contains("matmul");
    assertThat(r.details()).contains("File \"s.py\", line 2");
  }

  @Test
  void defaultArgumentIsLeftOutInPythonAndPassedInJava() throws Exception {
    assertThat(
            submit("scale", "s.py", "def scale(x, alpha=2.0):\n    return x * alpha\n").verdict())
        .isEqualTo(Verdict.ACCEPTED);
    assertThat(submit("scale", "s.py", "def scale(x, alpha=3.0):\n    return x * alpha\n").cases())
        .extracting(CaseReport::verdict)
        .containsExactly(Verdict.ACCEPTED, Verdict.WRONG_ANSWER, Verdict.ACCEPTED);
  }

  @Test
  void bannedCallsAreFoundThroughAliasesInPython() throws Exception {
    for (String source :
        List.of(
            "import numpy as np\ndef smallest(x):\n    return np.sort(x)[0]\n",
            "from numpy import argsort as a\ndef smallest(x):\n    return x[a(x)[0]]\n",
            "def smallest(x):\n    return sorted(x)[0]\n",
            "def smallest(x):\n    y = list(x)\n    y.sort()\n    return y[0]\n",
            "def smallest(x):\n    return getattr(x.copy(), 'sort')()\n",
            "import heapq as h\ndef smallest(x):\n    return h.nsmallest(1, x)[0]\n")) {
      SubmissionReport r = submit("smallest", "s.py", source);
      assertThat(r.verdict()).as(source).isEqualTo(Verdict.BANNED_CALL);
      assertThat(r.message())
          .as(source)
          .contains("line")
          .contains("sorting the array is not allowed");
      assertThat(r.line()).as(source).isPositive();
    }
  }

  @Test
  void bannedCallsAreFoundThroughImportsAndMethodReferencesInJava() throws Exception {
    for (String source :
        List.of(
            "import java.util.Arrays;\npublic class Solution { public static double smallest(double[] x) {\n double[] y = x.clone(); Arrays.sort(y); return y[0]; } }",
            "import static java.util.Arrays.sort;\npublic class Solution { public static double smallest(double[] x) {\n sort(x); return x[0]; } }",
            "import java.util.*;\npublic class Solution { public static double smallest(double[] x) {\n List<Double> l = new ArrayList<>(); for (double v : x) l.add(v);\n l.sort(null); return l.get(0); } }",
            "public class Solution { public static double smallest(double[] x) {\n return java.util.Arrays.stream(x).sorted().findFirst().getAsDouble(); } }")) {
      SubmissionReport r = submit("smallest", "Solution.java", source);
      assertThat(r.verdict()).as(source).isEqualTo(Verdict.BANNED_CALL);
      assertThat(r.line()).as(source).isGreaterThanOrEqualTo(2);
    }
    assertThat(
            submit(
                    "smallest",
                    "Solution.java",
                    "public class Solution { public static double smallest(double[] x) { double m = x[0]; for (double v : x) m = Math.min(m, v); return m; } }")
                .verdict())
        .isEqualTo(Verdict.ACCEPTED);
  }

  @Test
  void hiddenCasesShowErrorsAndPositionsButNotExpectedValues() throws Exception {
    SubmissionReport r =
        submit("scale", "s.py", "def scale(x, alpha=2.0):\n    return x * alpha + 0.5\n");
    CaseReport sample = r.cases().get(0);
    CaseReport hidden = r.cases().get(2);
    assertThat(sample.visible()).isTrue();
    assertThat(sample.worst().expected()).isNotNull();
    assertThat(sample.message()).contains("expected");
    assertThat(hidden.visible()).isFalse();
    assertThat(hidden.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    assertThat(hidden.worst().expected()).isNull();
    assertThat(hidden.outputs().get(0).excerpt()).isNull();
    assertThat(hidden.message()).contains("off by 0.5").doesNotContain("expected");
    assertThat(ReportJson.mapper().writeValueAsString(hidden))
        .as("no expected value of the hidden case anywhere in its report")
        .doesNotContain(expectedOfLong());
  }

  /** The first expected value of the hidden case "long", as the report would print it. */
  private static String expectedOfLong() throws Exception {
    try (var in =
        java.nio.file.Files.newInputStream(
            JudgeFixture.packageDir("scale").resolve("cases").resolve("long.npz"))) {
      return dev.allclose.judge.compare.Numbers.format(
          dev.allclose.numeric.Npz.read(in).get("expected.y").getDouble(0));
    }
  }

  @Test
  void aFileTheJudgeCannotTakeIsASubmissionException() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                judge.judge(
                    JudgeFixture.load("scale"),
                    tmp.resolve("nope.py"),
                    Mode.TEST,
                    CaseProgress.NONE))
        .isInstanceOf(SubmissionException.class)
        .hasMessageContaining("no such file");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> submit("scale", "notes.txt", "x"))
        .isInstanceOf(SubmissionException.class)
        .hasMessageContaining("cannot tell the language");
  }
}
