package dev.allclose.problems.decoding;

import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.judge.check.CheckContext;
import dev.allclose.judge.check.CheckResult;
import dev.allclose.judge.check.Checker;
import dev.allclose.judge.compare.Disclosure;
import dev.allclose.judge.compare.Numbers;
import dev.allclose.judge.problem.Tolerance;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.judge.report.OutputReport;
import dev.allclose.judge.report.WorstElement;
import dev.allclose.numeric.NdArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Judges the beams of problem 3 hypothesis by hypothesis, so that a wrong answer says which beam
 * differs and how, in the candidate's terms (token lists and scores) rather than as cells of the
 * packed matrix.
 *
 * <p>Both harnesses return a {@code list[tuple[list[int],float]]} as one float64 matrix with a row
 * {@code [score, length, tokens..., -1 padding]} per pair; the generator writes the expected beams
 * the same way ({@link BeamSearchCases#packed}). This checker unpacks both sides and requires the
 * same number of beams, in the same order, each with exactly the expected token ids (length
 * included) and a score within the problem's tolerance for {@code beams} ({@link
 * Tolerance#accepts}, NumPy's {@code allclose} rule). Unlike a cell-by-cell comparison it is not
 * thrown by a returned list longer than every expected one: the widths of the two matrices may
 * differ. Beams are numbered from 0 in messages, as list indices.
 *
 * <p>Stateless and thread-safe.
 */
public final class BeamSearchChecker implements Checker {
  /** The name of the result in {@code problem.yaml}. */
  static final String RESULT = "beams";

  /** Tokens shown of one list before "...". */
  private static final int SHOWN_TOKENS = 24;

  /** Beams shown in the excerpt, starting a little before the first difference. */
  private static final int SHOWN_BEAMS = 4;

  /** One unpacked (tokens, score) pair. */
  static final class Beam {
    private final long[] tokens;
    private final double score;

    Beam(long[] tokens, double score) {
      this.tokens = tokens.clone();
      this.score = score;
    }

    double score() {
      return score;
    }

    boolean sameTokens(Beam other) {
      return Arrays.equals(tokens, other.tokens);
    }

    String tokenText() {
      return tokenList(tokens);
    }

    @Override
    public String toString() {
      return "(" + tokenList(tokens) + ", " + Numbers.format(score) + ")";
    }
  }

  @Override
  public CheckResult check(CheckContext context) {
    NdArray expectedArray = context.testCase().expected().get(RESULT);
    if (expectedArray == null) {
      throw new IllegalStateException(
          "case " + context.testCase().name() + " has no expected " + RESULT);
    }
    List<Beam> expected;
    try {
      expected = unpack(expectedArray);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "case " + context.testCase().name() + ": bad expected " + RESULT + ": " + e.getMessage(),
          e);
    }
    String type = typeText(context);
    String expectedShape = NdArray.formatShape(expectedArray.shape());
    OutputInfo info = context.outputs().get(RESULT);
    String kind = info == null ? null : info.kind();
    NdArray actualArray = context.actual().get(RESULT);
    if (actualArray == null) {
      String why =
          info == null
              ? "nothing was returned"
              : "could not read the result"
                  + (kind == null ? "" : " (" + kind + ")")
                  + (info.problem() == null ? "" : ": " + info.problem());
      return unusable(why + "; " + wanted(expected), type, expectedShape, kind, null, expected);
    }
    List<Beam> actual;
    try {
      actual = unpack(actualArray);
    } catch (IllegalArgumentException e) {
      return unusable(
          "could not read the result: " + e.getMessage() + "; " + wanted(expected),
          type,
          expectedShape,
          kind,
          NdArray.formatShape(actualArray.shape()),
          expected);
    }
    return compare(
        expected,
        actual,
        context.metadata().toleranceFor(RESULT),
        type,
        expectedShape,
        kind,
        NdArray.formatShape(actualArray.shape()),
        Disclosure.forCase(context.testCase().visible()) == Disclosure.EXPECTED_VALUES);
  }

  /**
   * @param show whether the report may show the expected beams (sample cases); a hidden case's
   *     report says which beam is wrong and by how much a score is off, not what was expected
   */
  private static CheckResult compare(
      List<Beam> expected,
      List<Beam> actual,
      Tolerance tol,
      String type,
      String expectedShape,
      @Nullable String kind,
      String actualShape,
      boolean show) {
    int common = Math.min(expected.size(), actual.size());
    int first = -1;
    int differing = Math.abs(expected.size() - actual.size());
    double maxAbs = -1;
    double maxRel = -1;
    for (int i = 0; i < common; i++) {
      Beam e = expected.get(i);
      Beam a = actual.get(i);
      boolean sameTokens = e.sameTokens(a);
      if (sameTokens && Double.isFinite(e.score()) && Double.isFinite(a.score())) {
        double abs = Math.abs(a.score() - e.score());
        maxAbs = Math.max(maxAbs, abs);
        if (e.score() != 0) {
          maxRel = Math.max(maxRel, abs / Math.abs(e.score()));
        }
      }
      if (!sameTokens || !tol.accepts(e.score(), a.score())) {
        differing++;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (differing == 0) {
      OutputReport report =
          report(
              true,
              "",
              type,
              expectedShape,
              kind,
              actualShape,
              0,
              expected.size(),
              maxAbs,
              maxRel,
              null,
              null);
      return new CheckResult(true, "", List.of(report));
    }
    String message;
    int worst;
    if (expected.size() != actual.size()) {
      message =
          "returned "
              + count(actual.size())
              + ", expected "
              + expected.size()
              + "; "
              + (first >= 0
                  ? difference(first, expected, actual, show)
                  : actual.size() < expected.size()
                      ? "the first missing one is beam "
                          + common
                          + (show ? ", " + describe(expected.get(common)) : "")
                      : "the first extra one is beam "
                          + common
                          + ", "
                          + describe(actual.get(common)));
      worst = first >= 0 ? first : common;
    } else {
      message =
          difference(first, expected, actual, show)
              + (differing > 1
                  ? "; " + differing + " of " + expected.size() + " beams differ"
                  : "");
      worst = first;
    }
    WorstElement w =
        new WorstElement(
            List.of(worst),
            !show ? null : worst < expected.size() ? expected.get(worst).toString() : "(no beam)",
            worst < actual.size() ? actual.get(worst).toString() : "(no beam)");
    OutputReport report =
        report(
            false,
            message,
            type,
            expectedShape,
            kind,
            actualShape,
            differing,
            Math.max(expected.size(), actual.size()),
            maxAbs,
            maxRel,
            w,
            show ? excerpt(expected, actual, worst) : null);
    return new CheckResult(false, message, List.of(report));
  }

  /** "beam i: ..." for two beams at the same position that differ. */
  private static String difference(int i, List<Beam> expected, List<Beam> actual, boolean show) {
    Beam e = expected.get(i);
    Beam a = actual.get(i);
    if (!show) {
      return e.sameTokens(a)
          ? "beam "
              + i
              + ": the tokens are right but the score "
              + Numbers.format(a.score())
              + " is off"
              + scoreError(e.score(), a.score())
          : "beam " + i + ": " + describe(a) + " is not the expected beam";
    }
    if (e.sameTokens(a)) {
      String[] scores = printed(e.score(), a.score());
      return "beam "
          + i
          + ": tokens "
          + e.tokenText()
          + " are right but the score is "
          + scores[1]
          + ", expected "
          + scores[0]
          + scoreError(e.score(), a.score());
    }
    StringBuilder sb =
        new StringBuilder("beam ")
            .append(i)
            .append(": expected ")
            .append(describe(e))
            .append(", got ")
            .append(describe(a));
    for (int j = 0; j < actual.size(); j++) {
      if (j != i && actual.get(j).sameTokens(e)) {
        sb.append("; you returned ").append(e.tokenText()).append(" as beam ").append(j);
        break;
      }
    }
    return sb.toString();
  }

  private static String describe(Beam b) {
    return "tokens " + b.tokenText() + " (score " + Numbers.format(b.score()) + ")";
  }

  private static String scoreError(double e, double a) {
    if (!Double.isFinite(e) || !Double.isFinite(a)) {
      return "";
    }
    return " (abs error " + Numbers.error(Math.abs(a - e)) + ")";
  }

  /** The two scores, with more digits when six significant ones would print them equal. */
  static String[] printed(double e, double a) {
    String fe = Numbers.format(e);
    String fa = Numbers.format(a);
    return fe.equals(fa)
        ? new String[] {Double.toString(e), Double.toString(a)}
        : new String[] {fe, fa};
  }

  private static String count(int n) {
    return n == 1 ? "1 beam" : n + " beams";
  }

  private static String wanted(List<Beam> expected) {
    return "the answer is a list of "
        + expected.size()
        + " (tokens, score) "
        + (expected.size() == 1 ? "pair" : "pairs")
        + ", tokens a list of ints and score a float";
  }

  /**
   * Reads the packed matrix back into pairs.
   *
   * @throws IllegalArgumentException when the array is not of the packed form
   */
  static List<Beam> unpack(NdArray a) {
    if (a.rank() != 2 || a.dim(1) < 2) {
      throw new IllegalArgumentException(
          "expected the packed (n, 2 + L) matrix, got shape " + NdArray.formatShape(a.shape()));
    }
    if (!a.dtype().isFloating() && !a.dtype().isInteger()) {
      throw new IllegalArgumentException("expected numbers, got " + a.dtype().numpyName());
    }
    int rows = a.dim(0);
    int width = a.dim(1);
    List<Beam> out = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      int base = r * width;
      double length = a.getDouble(base + 1);
      if (length != Math.rint(length) || length < 0 || length > width - 2) {
        throw new IllegalArgumentException("row " + r + " has length " + length);
      }
      long[] tokens = new long[(int) length];
      for (int i = 0; i < tokens.length; i++) {
        double t = a.getDouble(base + 2 + i);
        if (t != Math.rint(t) || Math.abs(t) > 1L << 53) {
          throw new IllegalArgumentException("row " + r + " holds the token " + t);
        }
        tokens[i] = (long) t;
      }
      out.add(new Beam(tokens, a.getDouble(base)));
    }
    return out;
  }

  static String tokenList(long[] tokens) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < Math.min(tokens.length, SHOWN_TOKENS); i++) {
      sb.append(i == 0 ? "" : ", ").append(tokens[i]);
    }
    if (tokens.length > SHOWN_TOKENS) {
      sb.append(", ... (").append(tokens.length).append(" tokens)");
    }
    return sb.append(']').toString();
  }

  /** Both lists of beams around position {@code at}, one line each, as Python would print them. */
  private static String excerpt(List<Beam> expected, List<Beam> actual, int at) {
    int from = Math.max(0, at - 1);
    int to = Math.max(expected.size(), actual.size());
    to = Math.min(to, from + SHOWN_BEAMS);
    return "expected beams["
        + from
        + ":"
        + to
        + "] = "
        + slice(expected, from, to)
        + "\n"
        + "actual   beams["
        + from
        + ":"
        + to
        + "] = "
        + slice(actual, from, to);
  }

  private static String slice(List<Beam> beams, int from, int to) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = from; i < Math.min(to, beams.size()); i++) {
      sb.append(i == from ? "" : ", ").append(beams.get(i));
    }
    return sb.append(']').toString();
  }

  private static String typeText(CheckContext context) {
    ValueType t = context.resultTypes().get(RESULT);
    return t == null ? ValueType.ScoredSequences.TEXT : t.text();
  }

  private static CheckResult unusable(
      String message,
      String type,
      String expectedShape,
      @Nullable String kind,
      @Nullable String actualShape,
      List<Beam> expected) {
    OutputReport report =
        OutputReport.unusable(
            RESULT, message, type, expectedShape, kind, actualShape, expected.size());
    return new CheckResult(false, message, List.of(report));
  }

  private static OutputReport report(
      boolean matched,
      String message,
      String type,
      String expectedShape,
      @Nullable String kind,
      String actualShape,
      int mismatched,
      int total,
      double maxAbs,
      double maxRel,
      @Nullable WorstElement worst,
      @Nullable String excerpt) {
    return new OutputReport(
        RESULT,
        matched,
        message,
        type,
        expectedShape,
        kind,
        actualShape,
        mismatched,
        total,
        total == 0 ? 0 : (double) mismatched / total,
        maxAbs < 0 ? null : maxAbs,
        maxRel < 0 ? null : maxRel,
        worst,
        null,
        0,
        List.of(),
        0,
        List.of(),
        excerpt);
  }
}
