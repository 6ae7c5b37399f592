package dev.allclose.cli;

import dev.allclose.app.judging.KeptJudges;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the command line reads from its surroundings: environment variables, the user's home,
 * whether stdout is a terminal, standard input (answers typed by interactive commands), the clock
 * (timers, due dates) and the folder relative paths start from. Passed in so tests can set every
 * one of them, and so that the background process can run each command as if started where and how
 * the user typed it. {@code judges}: the judges a long-lived process keeps between commands, or
 * null when this command is the process's only one.
 */
public record Environment(
    Map<String, String> variables,
    Path userHome,
    boolean terminal,
    InputStream stdin,
    Clock clock,
    Path workingDir,
    @Nullable KeptJudges judges) {
  /** Started in this process's own working folder, with a judge of its own. */
  public Environment(
      Map<String, String> variables,
      Path userHome,
      boolean terminal,
      InputStream stdin,
      Clock clock) {
    this(variables, userHome, terminal, stdin, clock, Path.of("").toAbsolutePath(), null);
  }

  public static Environment system() {
    return new Environment(
        System.getenv(),
        Path.of(System.getProperty("user.home")),
        isTerminal(),
        System.in,
        Clock.system(java.time.ZoneId.systemDefault()));
  }

  /** A test environment: no terminal, nothing on stdin, the system clock. */
  public static Environment of(Map<String, String> variables, Path userHome) {
    return new Environment(
        variables,
        userHome,
        false,
        InputStream.nullInputStream(),
        Clock.system(java.time.ZoneId.systemDefault()));
  }

  /** True when stdout is an interactive terminal (progress lines are drawn only then). */
  // Checked for null on purpose: the product runs on JDK 21, where null means "not a terminal".
  @SuppressWarnings("SystemConsoleNull")
  private static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false; // JDK 21: no console when stdout is redirected
    }
    try {
      // JDK 22+ always returns a console; Console.isTerminal() tells whether it is a real one.
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  public @Nullable String get(String name) {
    return variables.get(name);
  }

  /** {@code $ALLCLOSE_HOME}, or {@code ~/.allclose}. */
  public Path defaultHome() {
    String configured = get("ALLCLOSE_HOME");
    return configured == null || configured.isBlank()
        ? userHome.resolve(".allclose")
        : workingDir.resolve(configured);
  }
}
