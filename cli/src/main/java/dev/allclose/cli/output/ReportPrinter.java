package dev.allclose.cli.output;

import dev.allclose.judge.report.CaseReport;
import dev.allclose.judge.report.OutputReport;
import dev.allclose.judge.report.SubmissionReport;
import dev.allclose.judge.report.Verdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints a submission report for a person: one line per case, the details of each failing case (the
 * message, the worst element and an excerpt, each under its result's name when the case has
 * several, the solution's prints and traceback), then the verdict.
 */
public final class ReportPrinter {
  private static final int PRINTS_SHOWN = 1200;
  private final PrintWriter out;

  public ReportPrinter(PrintWriter out) {
    this.out = out;
  }

  public void print(SubmissionReport r) {
    out.println(
        r.number()
            + " "
            + r.problem()
            + " | "
            + r.language()
            + " | "
            + r.file()
            + " | "
            + r.mode());
    if (r.cases().stream().allMatch(c -> c.verdict() == Verdict.SKIPPED) && !r.accepted()) {
      out.println();
      out.println(r.verdict().label().toUpperCase(Locale.ROOT) + ": " + r.message());
      if (r.details() != null) {
        out.println(indent(r.details(), "  "));
      }
      out.flush();
      return;
    }
    int nameWidth = r.cases().stream().mapToInt(c -> c.name().length()).max().orElse(4);
    for (CaseReport c : r.cases()) {
      String mark =
          c.verdict().accepted() ? "ok  " : c.verdict() == Verdict.SKIPPED ? "--  " : "FAIL";
      String time = c.verdict() == Verdict.SKIPPED ? "" : Durations.ofMillis(c.timeMs());
      out.printf(
          "  %s %-" + nameWidth + "s  %-12s %s%s%n",
          mark,
          c.name(),
          c.verdict().accepted() ? "" : c.verdict().label(),
          time,
          c.visible() ? "" : "  (hidden)");
      if (!c.verdict().accepted() && c.verdict() != Verdict.SKIPPED) {
        details(c);
      }
    }
    out.println();
    String status = r.accepted() ? "ACCEPTED" : r.verdict().label().toUpperCase(Locale.ROOT);
    out.println(
        status
            + ": "
            + r.passed()
            + "/"
            + r.total()
            + " cases passed in "
            + Durations.ofMillis((double) r.timeMs())
            + (r.accepted() ? "" : "\n  " + r.message()));
    out.flush();
  }

  private void details(CaseReport c) {
    if (!c.description().isEmpty()) {
      out.println("       case: " + c.description());
    }
    List<OutputReport> failing = c.outputs().stream().filter(o -> !o.matched()).toList();
    boolean named = c.outputs().size() > 1;
    if (!named || failing.isEmpty() || !c.message().equals(line(failing.get(0)))) {
      out.println("       " + c.message().replace("\n", "\n       "));
    }
    for (OutputReport o : failing) {
      // with several results, each one's message and excerpt go under its own name
      if (named) {
        out.println("       " + line(o));
      }
      if (o.excerpt() != null) {
        out.println(indent(o.excerpt(), named ? "         " : "       "));
      }
    }
    if (c.traceback() != null) {
      out.println(indent(c.traceback().strip(), "       | "));
    }
    if (!c.stdout().isEmpty()) {
      String shown =
          c.stdout().length() > PRINTS_SHOWN
              ? c.stdout().substring(0, PRINTS_SHOWN) + "..."
              : c.stdout();
      out.println("       printed (" + c.stdoutBytes() + " bytes):");
      out.println(indent(shown.stripTrailing(), "       > "));
    }
  }

  /** A failing result's message under its name, as the default checker words it for a case. */
  private static String line(OutputReport o) {
    return o.name() + ": " + o.message();
  }

  private static String indent(String text, String prefix) {
    return prefix + text.replace("\n", "\n" + prefix);
  }
}
