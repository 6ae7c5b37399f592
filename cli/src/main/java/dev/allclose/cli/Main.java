package dev.allclose.cli;

import dev.allclose.app.AppException;
import dev.allclose.app.ErrorLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Entry point of the {@code allclose} command. */
public final class Main {
  public static final int ACCEPTED = 0;
  public static final int REJECTED = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine(Environment.system(), args).execute(args));
  }

  /** The whole command line, every subcommand built. */
  public static CommandLine commandLine(Environment environment) {
    return commandLine(environment, new String[0]);
  }

  /**
   * The configured command line for {@code args}. When they name a subcommand, only that one is
   * built (it behaves exactly as in the whole tree); otherwise (no subcommand, a misspelt one,
   * help) all of them are, so that the usage and picocli's suggestions see every command. A {@link
   * UserError} becomes its one-line message and exit 2; any other exception becomes a one-line
   * internal error (exit 3) whose stack trace goes to {@code $ALLCLOSE_HOME/logs/errors.log}, never
   * to the screen.
   */
  public static CommandLine commandLine(Environment environment, String[] args) {
    AllcloseCommand root = new AllcloseCommand(environment);
    UserPath paths = new UserPath(environment.userHome(), environment.workingDir());
    CommandLine cmd = new CommandLine(root, new Factory(paths));
    Optional<Class<?>> named = namedSubcommand(cmd.getCommandSpec(), args);
    for (Class<?> sub : named.map(List::<Class<?>>of).orElse(AllcloseCommand.SUBCOMMANDS)) {
      cmd.addSubcommand(sub);
    }
    // after the subcommands: picocli applies these settings to the commands present at the time
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

  /**
   * The subcommand {@code args} name: the first argument that is neither a root option nor the
   * value of one, when it is a subcommand's name.
   */
  static Optional<Class<?>> namedSubcommand(CommandSpec rootSpec, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        return Optional.empty();
      }
      if (arg.startsWith("-")) {
        OptionSpec option = rootSpec.findOption(arg);
        if (option != null && option.arity().max() > 0 && !arg.contains("=")) {
          i++;
        }
        continue;
      }
      for (Class<?> sub : AllcloseCommand.SUBCOMMANDS) {
        Command command = sub.getAnnotation(Command.class);
        if (command != null && command.name().equals(arg)) {
          return Optional.of(sub);
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
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
