package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Table;
import dev.allclose.interview.stats.PValueAdjustment;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code allclose stats adjust}: multiple-comparison adjustment of p-values. */
@Command(
    name = "adjust",
    description =
        "Adjust the p-values of several tests: holm (default), bonferroni or bh (Benjamini-Hochberg).")
public final class StatsAdjustCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "P", description = "The p-values.")
  List<String> values;

  @Option(names = "--method", paramLabel = "M", description = "holm, bonferroni or bh.")
  String method = "holm";

  @Option(
      names = "--alpha",
      paramLabel = "A",
      description = "Level at which to mark rejections (default 0.05).")
  double alpha = 0.05;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  /** The JSON of an adjustment. */
  record Adjusted(String method, double alpha, List<Row> pValues) {}

  /** One adjusted p-value. */
  record Row(double p, double adjusted, boolean rejected) {}

  @Override
  public Integer call() {
    PValueAdjustment m =
        PValueAdjustment.fromId(method)
            .orElseThrow(
                () ->
                    new UserError("--method must be holm, bonferroni or bh, not '" + method + "'"));
    double[] p = new double[values.size()];
    for (int i = 0; i < p.length; i++) {
      try {
        p[i] = Double.parseDouble(values.get(i));
      } catch (NumberFormatException e) {
        throw new UserError("'" + values.get(i) + "' is not a p-value");
      }
    }
    double[] adjusted;
    try {
      adjusted = m.adjust(p);
    } catch (IllegalArgumentException e) {
      throw new UserError(String.valueOf(e.getMessage()));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      rows.add(new Row(p[i], adjusted[i], adjusted[i] <= alpha));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(new Adjusted(m.id(), alpha, rows)));
    } else {
      Table t =
          new Table(
              List.of("#", "p", "adjusted (" + m.id() + ")", "reject at " + alpha),
              List.of(true, true, true, false));
      for (int i = 0; i < rows.size(); i++) {
        Row r = rows.get(i);
        t.row(
            List.of(
                String.valueOf(i + 1), fmt(r.p()), fmt(r.adjusted()), r.rejected() ? "yes" : "no"));
      }
      t.print(out);
    }
    out.flush();
    return 0;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
