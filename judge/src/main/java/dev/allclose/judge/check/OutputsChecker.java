package dev.allclose.judge.check;

import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.harness.protocol.Op;
import dev.allclose.judge.cases.CaseCall;
import dev.allclose.judge.compare.ArrayComparison;
import dev.allclose.judge.compare.Disclosure;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.judge.report.OutputReport;
import dev.allclose.numeric.NdArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The default checker: every expected result must match, floats within the problem's tolerance (per
 * result where {@code problem.yaml} overrides it), everything else exactly.
 */
public final class OutputsChecker implements Checker {

  @Override
  public CheckResult check(CheckContext context) {
    List<OutputReport> reports = new ArrayList<>();
    String firstFailure = "";
    for (Map.Entry<String, NdArray> e : context.testCase().expected().entrySet()) {
      OutputReport r = compare(context, e.getKey(), e.getValue());
      reports.add(r);
      if (!r.matched() && firstFailure.isEmpty()) {
        firstFailure =
            (context.testCase().expected().size() > 1 ? r.name() + ": " : "") + r.message();
      }
    }
    return new CheckResult(firstFailure.isEmpty(), firstFailure, reports);
  }

  /** Compares one result, explaining a result that is missing or could not be read. */
  public static OutputReport compare(CheckContext context, String name, NdArray expected) {
    ValueType type = context.resultTypes().get(name);
    if (type == null) {
      throw new IllegalStateException("no contract type for result " + name);
    }
    String shape = NdArray.formatShape(expected.shape());
    NdArray actual = context.actual().get(name);
    OutputInfo info = context.outputs().get(name);
    if (actual == null) {
      String problem =
          info == null
              ? "was not returned"
              : info.problem() == null ? "could not be read" : info.problem();
      String kind = info == null ? null : info.kind();
      return OutputReport.unusable(
          name,
          problem + "; expected " + type.text() + " of shape " + shape,
          type.text(),
          shape,
          kind,
          null,
          expected.size());
    }
    OutputReport r =
        ArrayComparison.compare(
            name,
            type,
            expected,
            actual,
            info == null ? null : info.kind(),
            context.metadata().toleranceFor(name),
            Disclosure.forCase(context.testCase().visible()));
    Optional<String> refusing = raisedBy(context, name);
    return !r.matched() && refusing.isPresent() && expected.getBoolean(0)
        ? r.withMessage(
            refusing.get()
                + " should refuse this input by raising ValueError (in Java,"
                + " IllegalArgumentException), but it returned")
        : r;
  }

  /** The function of the RAISES call that stores {@code result}, if one does. */
  private static Optional<String> raisedBy(CheckContext context, String result) {
    return context.testCase().calls().stream()
        .filter(c -> c.op() == Op.RAISES && c.results().contains(result))
        .map(CaseCall::target)
        .findFirst();
  }
}
