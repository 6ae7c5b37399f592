package dev.allclose.cli;

import dev.allclose.cli.commands.AdminCommand;
import dev.allclose.cli.commands.ChecklistCommand;
import dev.allclose.cli.commands.CritiqueCommand;
import dev.allclose.cli.commands.DaemonCommand;
import dev.allclose.cli.commands.DebugCommand;
import dev.allclose.cli.commands.DeriveCommand;
import dev.allclose.cli.commands.DesignCommand;
import dev.allclose.cli.commands.DoctorCommand;
import dev.allclose.cli.commands.GiveUpCommand;
import dev.allclose.cli.commands.ListCommand;
import dev.allclose.cli.commands.MockCommand;
import dev.allclose.cli.commands.NoteCommand;
import dev.allclose.cli.commands.OffersCommand;
import dev.allclose.cli.commands.OpenCommand;
import dev.allclose.cli.commands.PlanCommand;
import dev.allclose.cli.commands.ProblemCommand;
import dev.allclose.cli.commands.ProgressCommand;
import dev.allclose.cli.commands.QuestionsCommand;
import dev.allclose.cli.commands.ReviewCommand;
import dev.allclose.cli.commands.ServeCommand;
import dev.allclose.cli.commands.ShowCommand;
import dev.allclose.cli.commands.StartCommand;
import dev.allclose.cli.commands.StatsCommand;
import dev.allclose.cli.commands.StoriesCommand;
import dev.allclose.cli.commands.SubmitCommand;
import dev.allclose.cli.commands.TalkCommand;
import dev.allclose.cli.commands.TestCommand;
import dev.allclose.cli.commands.TodayCommand;
import dev.allclose.cli.commands.WorkerCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code allclose} command: global options and the subcommands. */
@Command(
    name = "allclose",
    versionProvider = Version.class,
    description =
        "Practice lab for research-engineer interviews: problems from papers, judged with numerical tolerance, and the talk rounds.",
    footer = {
      "",
      "Exit status: 0 accepted or done, 1 rejected, 2 usage or input error, 3 internal error."
    })
public final class AllcloseCommand implements Runnable {
  /**
   * The subcommands in the order the usage lists them. They are added by {@link Main#commandLine}
   * rather than declared on the annotation, so that a command line that names one builds only that
   * one: picocli reflects over every option of every command it is given, which was most of the
   * start-up of a small command.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ListCommand.class,
          ShowCommand.class,
          StartCommand.class,
          TestCommand.class,
          SubmitCommand.class,
          ProgressCommand.class,
          NoteCommand.class,
          GiveUpCommand.class,
          DebugCommand.class,
          DeriveCommand.class,
          ProblemCommand.class,
          ServeCommand.class,
          WorkerCommand.class,
          AdminCommand.class,
          MockCommand.class,
          CritiqueCommand.class,
          DesignCommand.class,
          OpenCommand.class,
          ReviewCommand.class,
          StatsCommand.class,
          PlanCommand.class,
          TodayCommand.class,
          TalkCommand.class,
          StoriesCommand.class,
          QuestionsCommand.class,
          ChecklistCommand.class,
          OffersCommand.class,
          DoctorCommand.class,
          DaemonCommand.class);

  private final Environment environment;
  private @Nullable Services services;
  private @Nullable Prompter prompter;

  @Spec CommandSpec spec;

  // Inherited, so that `allclose CMD --help` prints CMD's usage even when CMD has required
  // parameters (picocli checks those only when no help was asked for).
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      scope = ScopeType.INHERIT,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "Print version information and exit.")
  boolean version;

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "Where Allclose keeps its data (default: $ALLCLOSE_HOME or ~/.allclose).")
  @Nullable Path home;

  @Option(
      names = "--problems",
      paramLabel = "DIR",
      description = "A folder of problem packages to add to the catalog (repeatable).")
  List<Path> problemDirs = new ArrayList<>();

  public AllcloseCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public Environment environment() {
    return environment;
  }

  /**
   * A path typed as part of a text value ({@code progress --export md FILE}), read as every {@link
   * Path} option is (see {@link UserPath}).
   */
  public Path path(String typed) {
    return new UserPath(environment.userHome(), environment.workingDir()).convert(typed);
  }

  /** The one reader of standard input for this command line's interactive questions. */
  public Prompter prompter() {
    if (prompter == null) {
      prompter = new Prompter(environment.stdin(), spec.commandLine().getOut());
    }
    return prompter;
  }

  /** Today in the user's calendar, by the environment's clock. */
  public java.time.LocalDate today() {
    return java.time.LocalDate.now(environment.clock());
  }

  public Services services() {
    if (services == null) {
      services =
          new Services(
              home != null ? home : environment.defaultHome(),
              problemDirs,
              spec.commandLine().getErr(),
              environment.clock(),
              environment.judges());
    }
    return services;
  }
}
