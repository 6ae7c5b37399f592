package dev.allclose.cli;

import dev.allclose.app.AppException;
import dev.allclose.app.ErrorLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Entry point of the {@code allclose} command. */
public final class Main {
  public static final int ACCEPTED = 0;
  public static final int REJECTED = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine(Environment.system()).execute(args));
  }

  /**
   * The configured command line. A {@link UserError} becomes its one-line message and exit 2; any
   * other exception becomes a one-line internal error (exit 3) whose stack trace goes to {@code
   * $ALLCLOSE_HOME/logs/errors.log}, never to the screen.
   */
  public static CommandLine commandLine(Environment environment) {
    AllcloseCommand root = new AllcloseCommand(environment);
    UserPath paths = new UserPath(environment.userHome());
    CommandLine cmd = new CommandLine(root, new Factory(paths));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.registerConverter(LocalDate.class, Main::date);
    cmd.registerConverter(Path.class, paths);
    cmd.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (e instanceof UserError || e instanceof AppException) {
            err.println("allclose: " + e.getMessage());
            return USAGE;
          }
          ErrorLog log = new ErrorLog(root.services().home());
          err.println("allclose: internal error: " + e + " (details in " + log.file() + ")");
          log.append(e);
          return INTERNAL;
        });
    return cmd;
  }

  /** Picocli's factory, except for the converters that need this command line's home folder. */
  private record Factory(UserPath paths) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == UserPath.Text.class) {
        return cls.cast(new UserPath.Text(paths));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a date written YYYY-MM-DD");
    }
  }
}
