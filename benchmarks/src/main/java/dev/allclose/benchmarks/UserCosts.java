package dev.allclose.benchmarks;

import dev.allclose.judge.run.PythonRunner;
import dev.allclose.judge.run.PythonRuntime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * What the product costs where users feel it, each against the floor it cannot beat, all measured
 * in one run on this machine:
 *
 * <ul>
 *   <li>floors: a JVM hello world on the product's JDK, and {@code python3 -c "import numpy"} with
 *       the interpreter the judge runs (the real one, not a version manager's shim);
 *   <li>{@code ./allclose list}, {@code ./allclose stats adjust 0.01 0.04} and {@code ./allclose
 *       review} (with its peak resident size), against the JVM floor;
 *   <li>{@code ./allclose submit 1 <accepted multi-head attention>} as a fresh command, and the
 *       same submission through the web API of a running {@code ./allclose serve} ({@code POST
 *       /api/problems/1/runs}, then the editor's long poll until the verdict), against the Python
 *       floor;
 *   <li>the server's resident size when idle after its start, and at its peak over all the
 *       submissions.
 * </ul>
 *
 * The commands run as users run them: through the launcher's background process, started by the
 * setup's first commands and warmed up before the timing starts. Two rows without an aim time
 * {@code list} and {@code submit} with {@code ALLCLOSE_DAEMON=off}, what the first command (or one
 * right after a rebuild) costs.
 *
 * <p>Each row is a ratio to its floor with the aim beside it. The tasks run in turn, round
 * after round, so that the machine's noise falls on all of them alike. Run with {@code
 * benchmarks/run [RUNS]}.
 */
public final class UserCosts {
  static final String SOLUTION =
      "problems/catalog/multi-head-attention/submissions/accepted/vectorised.py";

  private UserCosts() {}

  /** A row: what is measured, the floor it is divided by, and the aim for that ratio. */
  private record Row(Timings timings, Timings floor, double aim) {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
    String launcher = System.getProperty("allclose.launcher");
    if (launcher == null || !Files.isExecutable(Path.of(launcher))) {
      throw new IllegalArgumentException("give the launcher with -Dallclose.launcher=PATH");
    }
    Path scratch = Files.createTempDirectory("allclose-bench-");
    Path home = scratch.resolve("home");
    Path solution =
        Files.copy(
            Path.of(launcher).toAbsolutePath().resolveSibling(SOLUTION),
            scratch.resolve("vectorised.py"));
    String source = Files.readString(solution);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String python = PythonRuntime.of(PythonRunner.defaultPython()).executable();
    // the hello world's own jar only, as small a class path as a hello world has
    String classpath =
        Path.of(Hello.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    long[] reviewPeakKb = {0};

    // the home the reading commands use holds two submissions, already scheduled for review; the
    // fresh submissions go to a home of their own, so that `review` finds nothing new to schedule
    // (after a new submission it also starts the FSRS scheduler's JavaScript engine)
    for (int i = 0; i < 2; i++) {
      exec(
          List.of(launcher, "--home", home.toString(), "submit", "1", solution.toString()),
          scratch);
    }
    exec(List.of(launcher, "--home", home.toString(), "review"), scratch);
    long backgroundPid = awaitBackgroundProcess(launcher, scratch);
    Path submitHome = scratch.resolve("submitting");
    try (ServedProcess server = ServedProcess.start(launcher, scratch.resolve("served"))) {
      for (int i = 0; i < 3; i++) {
        server.submit("1", source); // the server's own warm-up, as after a user's first clicks
      }
      Thread.sleep(2_000);
      long idleKb = Resident.nowKb(server.pid());
      List<String> submitLine =
          List.of(launcher, "--home", submitHome.toString(), "submit", "1", solution.toString());
      List<Timings.Task> tasks = new ArrayList<>();
      tasks.add(
          task(
              "JVM hello world",
              () -> exec(List.of(java, "-cp", classpath, Hello.class.getName()), scratch)));
      tasks.add(
          task(
              "python3 -c \"import numpy\"",
              () -> exec(List.of(python, "-c", "import numpy"), scratch)));
      tasks.add(
          task(
              "./allclose list",
              () -> exec(List.of(launcher, "--home", home.toString(), "list"), scratch)));
      tasks.add(
          task(
              "./allclose stats adjust 0.01 0.04",
              () ->
                  exec(
                      List.of(
                          launcher, "--home", home.toString(), "stats", "adjust", "0.01", "0.04"),
                      scratch)));
      tasks.add(task("./allclose submit 1 (accepted MHA)", () -> exec(submitLine, scratch)));
      tasks.add(
          task(
              "submit through the web API (POST, long poll), warm server",
              () -> {
                String verdict = server.submit("1", source);
                if (!verdict.equals("accepted")) {
                  throw new IllegalStateException("the accepted solution got " + verdict);
                }
              }));
      tasks.add(
          task(
              "./allclose list, no background process (ALLCLOSE_DAEMON=off)",
              () ->
                  exec(
                      List.of(launcher, "--home", home.toString(), "list"),
                      scratch,
                      Map.of("ALLCLOSE_DAEMON", "off"))));
      tasks.add(
          task(
              "./allclose submit 1, no background process (ALLCLOSE_DAEMON=off)",
              () -> exec(submitLine, scratch, Map.of("ALLCLOSE_DAEMON", "off"))));
      tasks.add(
          task(
              "./allclose review",
              () ->
                  reviewPeakKb[0] =
                      Math.max(
                          reviewPeakKb[0],
                          exec(List.of(launcher, "--home", home.toString(), "review"), scratch))));
      // the server and the background process each start their next harness 250 ms after a run
      // ends (about 150 ms of CPU for NumPy's import): pausing before each task keeps that out of
      // the next task's time, as it is when a user's submissions are seconds apart
      List<Timings> t = Timings.alternate(tasks, runs, Duration.ofMillis(700));
      long busyKb = Resident.peakKb(server.pid());
      print(
          List.of(
              new Row(t.get(2), t.get(0), 3),
              new Row(t.get(3), t.get(0), 3),
              new Row(t.get(4), t.get(1), 2),
              new Row(t.get(5), t.get(1), 0.7),
              new Row(t.get(8), t.get(0), 4),
              new Row(t.get(6), t.get(0), Double.NaN),
              new Row(t.get(7), t.get(1), Double.NaN)),
          t.subList(0, 2),
          runs,
          reviewPeakKb[0],
          idleKb,
          busyKb,
          Resident.nowKb(backgroundPid));
    } finally {
      exec(List.of(launcher, "daemon", "stop"), scratch);
    }
  }

  private static Timings.Task task(String label, Timings.ThrowingRunnable action) {
    return new Timings.Task(label, 1, action);
  }

  /**
   * Waits until the launcher's background process answers (the setup's commands started it), then
   * for its warm-up, and returns its process id.
   */
  private static long awaitBackgroundProcess(String launcher, Path scratch)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Process p =
          new ProcessBuilder(launcher, "daemon", "status")
              .directory(scratch.toFile())
              .redirectErrorStream(true)
              .start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      java.util.regex.Matcher pid = Pattern.compile("background process (\\d+)").matcher(text);
      if (p.waitFor() == 0 && pid.find()) {
        Thread.sleep(5_000); // its warm-up
        return Long.parseLong(pid.group(1));
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the launcher's background process did not start");
  }

  private static void print(
      List<Row> rows,
      List<Timings> floors,
      int runs,
      long reviewKb,
      long idleKb,
      long busyKb,
      long backgroundKb) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "Costs where users feel them: medians of %d runs each, alternated; %d cores%n%n",
        runs,
        Runtime.getRuntime().availableProcessors());
    out.println("| what | median ms | p25-p75 ms | floor | ratio | aim | met |");
    out.println("|---|---:|---:|---|---:|---:|---|");
    for (Timings f : floors) {
      out.printf(
          Locale.ROOT,
          "| %s (floor) | %.0f | %.0f-%.0f | | | | |%n",
          f.label(),
          f.median(),
          f.quantile(0.25),
          f.quantile(0.75));
    }
    for (Row r : rows) {
      double ratio = r.timings().median() / r.floor().median();
      if (Double.isNaN(r.aim())) { // for comparison only
        out.printf(
            Locale.ROOT,
            "| %s | %.0f | %.0f-%.0f | %s | %.2fx | | |%n",
            r.timings().label(),
            r.timings().median(),
            r.timings().quantile(0.25),
            r.timings().quantile(0.75),
            r.floor().label(),
            ratio);
        continue;
      }
      out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.0f-%.0f | %s | %.2fx | <= %.1fx | %s |%n",
          r.timings().label(),
          r.timings().median(),
          r.timings().quantile(0.25),
          r.timings().quantile(0.75),
          r.floor().label(),
          ratio,
          r.aim(),
          ratio <= r.aim() ? "yes" : "no");
    }
    out.printf(
        Locale.ROOT,
        "%nResident memory: ./allclose review at most %d MiB (the launcher and its client), the"
            + " background process that ran it %d MiB after all the runs; ./allclose serve %d MiB"
            + " idle after its first submissions, %d MiB at its peak over all of them (aim: under"
            + " 300 MiB)%n",
        reviewKb >> 10,
        backgroundKb >> 10,
        idleKb >> 10,
        busyKb >> 10);
    out.flush();
  }

  /**
   * Runs a command to its end, its output discarded, and returns its peak resident size in KiB
   * (sampled every few milliseconds from {@code /proc}; the launcher replaces itself with the JVM,
   * so the process is the JVM).
   */
  private static long exec(List<String> command, Path dir)
      throws IOException, InterruptedException {
    return exec(command, dir, Map.of());
  }

  /** As {@link #exec(List, Path)}, with {@code variables} added to the environment. */
  private static long exec(List<String> command, Path dir, Map<String, String> variables)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(variables);
    Process p = pb.start();
    long peak = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!p.waitFor(5, TimeUnit.MILLISECONDS)) {
      peak = Math.max(peak, Resident.peakKb(p.pid()));
      if (System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " took over two minutes");
      }
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue());
    }
    return peak;
  }
}
