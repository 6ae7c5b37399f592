package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.app.doctor.Check;
import dev.allclose.app.doctor.Doctor;
import dev.allclose.cli.AllcloseCommand;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose doctor}: which protections are active here, and how to get the missing ones. */
@Command(
    name = "doctor",
    description =
        "Check what protects your runs and data here (sandbox, limits, Python and NumPy, JDK,"
            + " data folder); exit 1 when something is missing.")
public final class DoctorCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the checks as JSON.")
  boolean json;

  @Override
  public Integer call() {
    List<Check> checks = new Doctor(root.services().workbench()).examine();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(checks));
    } else {
      print(checks, out);
    }
    out.flush();
    return checks.stream().allMatch(Check::ok) ? 0 : 1;
  }

  private static void print(List<Check> checks, PrintWriter out) {
    int width = checks.stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (Check c : checks) {
      out.printf("%-8s %-" + width + "s  %s%n", c.ok() ? "ok" : "MISSING", c.name(), c.detail());
      if (!c.ok() && !c.fix().isEmpty()) {
        out.printf("%-8s %-" + width + "s  fix: %s%n", "", "", c.fix());
      }
    }
    long missing = checks.stream().filter(c -> !c.ok()).count();
    out.println(
        missing == 0
            ? "All protections are on."
            : missing + (missing == 1 ? " protection is" : " protections are") + " missing.");
  }
}
