package dev.allclose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The workload the launcher records the JDK's ahead-of-time cache from, once per build: the
 * everyday commands run in one JVM against a throwaway home folder, so the cache holds the classes
 * (and their linking and profiles) that those commands load, not just one command's. Not a command
 * of its own; {@code ./allclose} runs it as {@code java -XX:AOTCacheOutput=... -cp allclose.jar
 * dev.allclose.cli.StartupTraining SCRATCH}. The background process runs the same workload to warm
 * up (see {@link #exercise}).
 */
public final class StartupTraining {
  private static final String PROBLEM = "multi-head-attention";
  private static final String ACCEPTED = "submissions/accepted/vectorised.py";

  private StartupTraining() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: StartupTraining SCRATCH_FOLDER");
      System.exit(2);
    }
    exercise(Path.of(args[0]));
  }

  /**
   * Runs the everyday commands once against a home folder made in {@code scratch}, output
   * discarded: the workload of the start-up cache, and the background process's warm-up.
   */
  public static void exercise(Path scratch) throws IOException {
    String home = scratch.resolve("home").toString();
    Environment env = Environment.of(Map.of(), scratch);
    Path solution = scratch.resolve("solution.py");
    Files.copy(
        new Services(Path.of(home), List.of(), new PrintWriter(Writer.nullWriter()))
            .problem(PROBLEM)
            .file(ACCEPTED),
        solution);
    List<List<String>> workload =
        List.of(
            List.of("--help"),
            List.of("list"),
            List.of("show", "1"),
            List.of("progress"),
            List.of("stats", "adjust", "0.01", "0.04"),
            List.of("review"),
            List.of("today"),
            List.of("submit", PROBLEM, solution.toString()));
    for (List<String> command : workload) {
      String[] argv = withHome(home, command);
      var cli = Main.commandLine(env, argv);
      cli.setOut(new PrintWriter(Writer.nullWriter()));
      cli.setErr(new PrintWriter(Writer.nullWriter()));
      cli.execute(argv);
    }
  }

  private static String[] withHome(String home, List<String> command) {
    String[] argv = new String[command.size() + 2];
    argv[0] = "--home";
    argv[1] = home;
    for (int i = 0; i < command.size(); i++) {
      argv[i + 2] = command.get(i);
    }
    return argv;
  }
}
