package dev.allclose.judge.compare;

import dev.allclose.judge.problem.Tolerance;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.judge.report.OutputReport;
import dev.allclose.judge.report.WorstElement;
import dev.allclose.numeric.DType;
import dev.allclose.numeric.NdArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Compares a returned array with the expected one, element by element, and describes the
 * difference.
 *
 * <p>Floating results follow NumPy's {@code allclose} through {@link Tolerance#accepts}. The worst
 * element of a failing result is the one furthest outside the tolerance, the largest {@code |a - e|
 * / (atol + rtol * |e|)} ({@link Tolerance#excess}); the report also names the element with the
 * largest absolute error, which is often another one. Integers, booleans and strings must be equal.
 * Shapes must match exactly (no broadcasting), and the kind of the values must fit the contract:
 * integers where floats are expected are accepted (as {@code allclose} would), floats where
 * integers are expected are not.
 */
public final class ArrayComparison {
  private static final int POSITIONS = 10;
  private static final int EXCERPT = 8;

  private ArrayComparison() {}

  /**
   * Compares, showing the expected values in the report only as {@code disclosure} allows: with
   * {@link Disclosure#ERRORS_ONLY} the worst element and the message give the solution's value and
   * its error, and there is no excerpt.
   */
  public static OutputReport compare(
      String name,
      ValueType type,
      NdArray expected,
      NdArray actual,
      @Nullable String actualKind,
      Tolerance tol,
      Disclosure disclosure) {
    String expectedShape = NdArray.formatShape(expected.shape());
    String actualShape = NdArray.formatShape(actual.shape());
    String kindProblem = kindProblem(type, actual, actualKind);
    if (kindProblem != null) {
      return OutputReport.unusable(
          name, kindProblem, type.text(), expectedShape, actualKind, actualShape, expected.size());
    }
    if (!Arrays.equals(expected.shape(), actual.shape())) {
      return OutputReport.unusable(
          name,
          shapeMessage(expected, actual),
          type.text(),
          expectedShape,
          actualKind,
          actualShape,
          expected.size());
    }
    Scan scan = type.tolerant() ? scanTolerant(expected, actual, tol) : scanExact(expected, actual);
    return scan.report(name, type, expected, actual, actualKind, disclosure);
  }

  private static @Nullable String kindProblem(
      ValueType type, NdArray actual, @Nullable String kind) {
    DType want = type.dtype();
    DType got = actual.dtype();
    boolean fits =
        switch (want.kind()) {
          case 'f' -> got.isFloating() || got.isInteger();
          case 'i' -> got.isInteger();
          default -> got.kind() == want.kind();
        };
    if (fits) {
      return null;
    }
    String described = kind == null ? got.numpyName() + " values" : kind;
    String expectedWords =
        switch (want.kind()) {
          case 'f' -> "floating-point numbers";
          case 'i' -> "integers";
          case 'b' -> "booleans";
          default -> "strings";
        };
    return "expected " + expectedWords + " (" + type.text() + "), got " + described;
  }

  private static String shapeMessage(NdArray expected, NdArray actual) {
    if (expected.rank() == 0) {
      return "expected a single number (shape ()), got an array of shape "
          + NdArray.formatShape(actual.shape());
    }
    if (actual.rank() == 0) {
      return "expected an array of shape "
          + NdArray.formatShape(expected.shape())
          + ", got a single value";
    }
    return "shape "
        + NdArray.formatShape(actual.shape())
        + " differs from the expected "
        + NdArray.formatShape(expected.shape());
  }

  /** Running statistics of one scan. */
  private static final class Scan {
    long mismatched;
    double maxAbs = -1;
    double maxRel = -1;

    /** Where the largest finite absolute error is. */
    int maxAbsAt = -1;

    /** The failing element furthest outside the tolerance, or for exact types the first one. */
    int worstFailing = -1;

    double worstExcess = -1;
    long nanCount;
    long infCount;
    final List<List<Integer>> nans = new ArrayList<>();
    final List<List<Integer>> infs = new ArrayList<>();

    void position(List<List<Integer>> into, int flat, NdArray a) {
      if (into.size() < POSITIONS) {
        into.add(index(a, flat));
      }
    }

    void error(int flat, double expected, double actual) {
      double diff = Math.abs(actual - expected);
      if (diff > maxAbs) {
        maxAbs = diff;
        maxAbsAt = flat;
      }
      if (expected != 0) {
        maxRel = Math.max(maxRel, diff / Math.abs(expected));
      }
    }

    /** The element to show: the worst failure, or while all pass the largest error. */
    int worst() {
      return mismatched > 0 ? worstFailing : maxAbsAt;
    }

    OutputReport report(
        String name,
        ValueType type,
        NdArray expected,
        NdArray actual,
        @Nullable String kind,
        Disclosure disclosure) {
      int total = expected.size();
      boolean show = disclosure == Disclosure.EXPECTED_VALUES;
      int worst = worst();
      String message = mismatched == 0 ? "" : message(type, expected, actual, total, show);
      return new OutputReport(
          name,
          mismatched == 0,
          message,
          type.text(),
          NdArray.formatShape(expected.shape()),
          kind,
          NdArray.formatShape(actual.shape()),
          mismatched,
          total,
          total == 0 ? 0 : (double) mismatched / total,
          maxAbs < 0 ? null : maxAbs,
          maxRel < 0 ? null : maxRel,
          element(expected, actual, worst, show),
          element(expected, actual, maxAbsAt, show),
          nanCount,
          nans,
          infCount,
          infs,
          !show || worst < 0 || expected.rank() == 0 ? null : excerpt(expected, actual, worst));
    }

    private static @Nullable WorstElement element(
        NdArray expected, NdArray actual, int flat, boolean show) {
      return flat < 0
          ? null
          : new WorstElement(
              index(expected, flat), show ? value(expected, flat) : null, value(actual, flat));
    }

    private String message(
        ValueType type, NdArray expected, NdArray actual, int total, boolean show) {
      int worst = worstFailing;
      StringBuilder sb = new StringBuilder();
      if (total > 1) {
        sb.append(mismatched)
            .append(" of ")
            .append(total)
            .append(" elements differ (")
            .append(String.format(Locale.ROOT, "%.1f%%", 100.0 * mismatched / total))
            .append(type.tolerant() ? "); worst at " : "); first at ")
            .append(index(expected, worst))
            .append(type.tolerant() ? " (largest error relative to the tolerance): " : ": ");
      }
      sb.append(values(expected, actual, worst, show));
      if (maxAbs >= 0 && expected.dtype().isFloating()) {
        if (total > 1 && maxAbsAt != worst) {
          sb.append("; largest absolute error ")
              .append(Numbers.error(maxAbs))
              .append(" at ")
              .append(index(expected, maxAbsAt))
              .append(": ")
              .append(values(expected, actual, maxAbsAt, show));
          if (maxRel >= 0) {
            sb.append(" (max rel error ").append(Numbers.error(maxRel)).append(')');
          }
        } else {
          sb.append(" (max abs error ").append(Numbers.error(maxAbs));
          if (maxRel >= 0) {
            sb.append(", max rel error ").append(Numbers.error(maxRel));
          }
          sb.append(')');
        }
      }
      if (nanCount > 0) {
        sb.append("; NaN at ")
            .append(nanCount)
            .append(nanCount == 1 ? " position" : " positions")
            .append(", first at ")
            .append(nans.get(0));
      }
      if (infCount > 0) {
        sb.append("; unexpected infinity at ")
            .append(infCount)
            .append(infCount == 1 ? " position" : " positions")
            .append(", first at ")
            .append(infs.get(0));
      }
      return sb.toString();
    }

    /** An element's values: both with {@code show}, else the solution's and the error's size. */
    private static String values(NdArray expected, NdArray actual, int flat, boolean show) {
      return show
          ? "expected " + render(expected, flat) + ", got " + render(actual, flat)
          : "got " + render(actual, flat) + offBy(expected, actual, flat);
    }

    /** The size of an element's error, without its sign (which would give it away). */
    private static String offBy(NdArray expected, NdArray actual, int flat) {
      if (!expected.dtype().isFloating() && !expected.dtype().isInteger()) {
        return ", which is wrong";
      }
      double e = expected.getDouble(flat);
      double a = actual.getDouble(flat);
      if (Double.isNaN(a) || Double.isInfinite(a) || Double.isNaN(e) || Double.isInfinite(e)) {
        return ", which is wrong";
      }
      return ", off by " + Numbers.error(Math.abs(a - e));
    }
  }

  private static Scan scanTolerant(NdArray expected, NdArray actual, Tolerance tol) {
    Scan s = new Scan();
    for (int i = 0; i < expected.size(); i++) {
      double e = expected.getDouble(i);
      double a = actual.getDouble(i);
      boolean ok = tol.accepts(e, a);
      if (Double.isNaN(a)) {
        s.nanCount++;
        s.position(s.nans, i, expected);
      } else if (!ok && Double.isInfinite(a)) {
        s.infCount++;
        s.position(s.infs, i, expected);
      }
      if (Double.isFinite(a) && Double.isFinite(e)) {
        s.error(i, e, a);
      }
      if (!ok) {
        s.mismatched++;
        double excess = tol.excess(e, a);
        if (excess > s.worstExcess) {
          s.worstExcess = excess;
          s.worstFailing = i;
        }
      }
    }
    return s;
  }

  private static Scan scanExact(NdArray expected, NdArray actual) {
    Scan s = new Scan();
    for (int i = 0; i < expected.size(); i++) {
      boolean equal;
      if (expected.dtype() == DType.STR) {
        equal = expected.getString(i).equals(actual.getString(i));
      } else if (expected.dtype() == DType.BOOL) {
        equal = expected.getBoolean(i) == actual.getBoolean(i);
      } else {
        long diff = Math.abs(expected.getLong(i) - actual.getLong(i));
        equal = diff == 0;
        if (diff > 0 && diff > s.maxAbs) {
          s.maxAbsAt = i;
        }
        s.maxAbs = Math.max(s.maxAbs, (double) diff);
      }
      if (!equal) {
        s.mismatched++;
        if (s.worstFailing < 0) {
          s.worstFailing = i; // for exact values the first difference is the most useful one
        }
      }
    }
    return s;
  }

  private static List<Integer> index(NdArray a, int flat) {
    List<Integer> out = new ArrayList<>();
    for (int i : a.unravel(flat)) {
      out.add(i);
    }
    return out;
  }

  private static Object value(NdArray a, int flat) {
    return switch (a.dtype()) {
      case FLOAT64, FLOAT32 -> a.getDouble(flat);
      case INT64, INT32 -> a.getLong(flat);
      case BOOL -> a.getBoolean(flat);
      case STR -> a.getString(flat);
    };
  }

  /**
   * One element as a report shows it: numbers as NumPy prints them, a string quoted and cut after
   * {@value #QUOTED_CODE_POINTS} code points (a solution's string may be as long as its output).
   */
  public static String render(NdArray a, int flat) {
    return switch (a.dtype()) {
      case FLOAT64, FLOAT32 -> Numbers.format(a.getDouble(flat));
      case INT64, INT32 -> Long.toString(a.getLong(flat));
      case BOOL -> a.getBoolean(flat) ? "True" : "False";
      case STR -> quoted(a.getString(flat));
    };
  }

  private static final int QUOTED_CODE_POINTS = 80;

  private static String quoted(String s) {
    int points = s.codePointCount(0, s.length());
    if (points <= QUOTED_CODE_POINTS) {
      return "'" + s + "'";
    }
    return "'" + s.substring(0, s.offsetByCodePoints(0, QUOTED_CODE_POINTS)) + "...'";
  }

  /** Up to eight values of the last axis around the worst element, expected above actual. */
  private static String excerpt(NdArray expected, NdArray actual, int worst) {
    int row = expected.dim(expected.rank() - 1);
    int rowStart = worst - worst % Math.max(row, 1);
    int from = Math.max(rowStart, Math.min(worst - EXCERPT / 2, rowStart + row - EXCERPT));
    int to = Math.min(rowStart + row, from + EXCERPT);
    List<Integer> head = index(expected, worst).subList(0, expected.rank() - 1);
    StringBuilder prefix = new StringBuilder("[");
    for (int h : head) {
      prefix.append(h).append(", ");
    }
    prefix.append(from - rowStart).append(':').append(to - rowStart).append(']');
    return "expected"
        + prefix
        + " = "
        + slice(expected, from, to)
        + "\nactual  "
        + prefix
        + " = "
        + slice(actual, from, to);
  }

  private static String slice(NdArray a, int from, int to) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = from; i < to; i++) {
      sb.append(i == from ? "" : ", ").append(render(a, i));
    }
    return sb.append(']').toString();
  }
}
