package dev.allclose.judge.cases;

import dev.allclose.harness.protocol.Op;
import dev.allclose.judge.problem.Param;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.numeric.NdArray;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks generated or stored cases against the problem's contract before any solution sees them:
 * unique names, at least one sample, calls that resolve, inputs and expected results of the
 * declared dtype and rank. A generator bug is reported here, not as a wrong answer.
 */
public final class CaseChecks {
  private CaseChecks() {}

  /** Every problem found, one line each; empty when the cases are sound. */
  public static List<String> problems(ProblemMetadata meta, List<TestCase> cases) {
    List<String> problems = new ArrayList<>();
    if (cases.isEmpty()) {
      problems.add("there are no cases");
    } else if (cases.stream().noneMatch(TestCase::visible)) {
      problems.add("no case is a sample (visible) case");
    }
    Set<String> names = new HashSet<>();
    for (TestCase c : cases) {
      if (!names.add(c.name())) {
        problems.add("case name '" + c.name() + "' is used twice");
      }
      try {
        check(meta, c, problems);
      } catch (IllegalArgumentException e) {
        problems.add("case " + c.name() + ": " + e.getMessage());
      }
    }
    return problems;
  }

  private static void check(ProblemMetadata meta, TestCase c, List<String> problems) {
    CallPlan plan = CallPlan.of(meta, c);
    for (CallPlan.Step step : plan.steps()) {
      boolean perElement = step.call().op() == Op.EACH || step.call().op() == Op.IN;
      for (int i = 0; i < step.inputNames().size(); i++) {
        String input = step.inputNames().get(i);
        NdArray value = c.inputs().get(input);
        if (value == null) {
          problems.add("case " + c.name() + ": no input named '" + input + "'");
          continue;
        }
        Param p = step.params().get(i);
        int rank = perElement ? p.type().rank() + 1 : p.type().rank();
        String fit = fits(p.type(), value, rank);
        if (!fit.isEmpty()) {
          problems.add("case " + c.name() + ": input '" + input + "' " + fit);
        }
      }
    }
    Map<String, ValueType> types = plan.resultTypes();
    for (var e : c.expected().entrySet()) {
      ValueType t = types.get(e.getKey());
      if (t == null) {
        problems.add(
            "case "
                + c.name()
                + ": expected result '"
                + e.getKey()
                + "' is not produced by any call");
        continue;
      }
      String fit = fits(t, e.getValue(), t.rank());
      if (!fit.isEmpty()) {
        problems.add("case " + c.name() + ": expected '" + e.getKey() + "' " + fit);
      }
    }
  }

  private static String fits(ValueType type, NdArray value, int rank) {
    boolean dtypeFits =
        type.dtype().kind() == value.dtype().kind()
            || (type.dtype().isFloating() && value.dtype().isInteger());
    if (!dtypeFits) {
      return "is " + value.dtype().numpyName() + ", the contract says " + type.text();
    }
    if (value.rank() != rank) {
      return "has rank "
          + value.rank()
          + ", the contract says "
          + type.text()
          + " (rank "
          + rank
          + ")";
    }
    if (type instanceof ValueType.Tuple t && value.dim(rank - 1) != t.arity()) {
      return "holds " + value.dim(rank - 1) + " elements, the contract says " + type.text();
    }
    return "";
  }
}
