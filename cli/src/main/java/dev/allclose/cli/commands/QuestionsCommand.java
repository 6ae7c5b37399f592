package dev.allclose.cli.commands;

import dev.allclose.app.day.InterviewDays;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.plan.interviewday.AskQuestion;
import dev.allclose.plan.interviewday.QuestionBank;
import dev.allclose.plan.interviewday.QuestionGroup;
import dev.allclose.store.InterviewRecord;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose questions}: questions to ask, by interviewer role and team type. */
@Command(
    name = "questions",
    header = "Questions to ask each interviewer, by role and team.",
    description = {
      "Questions to ask your interviewers, by their role and by the team's kind of work; the first"
          + " three of each list (*) are its best.",
      "`questions pick` chooses three for an interview."
    },
    subcommands = QuestionsCommand.Pick.class)
public final class QuestionsCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--role", paramLabel = "ROLE", description = "Only this interviewer role.")
  @Nullable String role;

  @Option(names = "--team", paramLabel = "TEAM", description = "Only this team type.")
  @Nullable String team;

  @Option(
      names = "--interview",
      paramLabel = "NAME",
      description = "Show the questions picked for this interview.")
  @Nullable String interview;

  @Override
  public Integer call() {
    QuestionBank bank = QuestionBank.load();
    PrintWriter out = spec.commandLine().getOut();
    if (interview != null) {
      InterviewDays days = root.services().workbench().interviewDays();
      InterviewRecord i = days.named(interview);
      printPicks(out, i, days.picks(i), bank);
      return 0;
    }
    List<QuestionGroup> groups = new ArrayList<>();
    if (role == null && team == null) {
      groups.addAll(bank.roles());
      groups.addAll(bank.teams());
      groups.add(bank.universal());
    } else {
      if (role != null) {
        groups.add(role(bank, role).orElseThrow());
      }
      if (team != null) {
        groups.add(team(bank, team).orElseThrow());
      }
    }
    for (QuestionGroup g : groups) {
      out.println(g.title() + " [" + g.id() + "]");
      for (int n = 0; n < g.questions().size(); n++) {
        out.println(
            (n < QuestionBank.PICKS ? "  * " : "    ")
                + g.questions().get(n).text()
                + "  ("
                + g.questions().get(n).id()
                + ")");
      }
      out.println();
    }
    out.println(
        "Pick three for an interview: allclose questions pick NAME --role ROLE [--team TEAM]");
    out.flush();
    return 0;
  }

  static Optional<QuestionGroup> role(QuestionBank bank, @Nullable String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(
        bank.role(id)
            .orElseThrow(
                () ->
                    new UserError(
                        "--role must be one of " + ids(bank.roles()) + ", not '" + id + "'")));
  }

  static Optional<QuestionGroup> team(QuestionBank bank, @Nullable String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(
        bank.team(id)
            .orElseThrow(
                () ->
                    new UserError(
                        "--team must be one of " + ids(bank.teams()) + ", not '" + id + "'")));
  }

  private static String ids(List<QuestionGroup> groups) {
    return groups.stream().map(QuestionGroup::id).collect(Collectors.joining(", "));
  }

  static void printPicks(
      PrintWriter out, InterviewRecord i, List<String> picks, QuestionBank bank) {
    out.println(
        "Questions for "
            + i.name()
            + Stream.of(
                    i.role() == null ? null : "role " + i.role(),
                    i.team() == null ? null : "team " + i.team(),
                    i.day() == null ? null : "on " + i.day())
                .filter(s -> s != null)
                .collect(Collectors.joining(", ", " (", ")"))
                .replace(" ()", "")
            + ":");
    if (picks.isEmpty()) {
      out.println("  none picked yet: allclose questions pick " + i.name() + " --role ROLE");
    }
    for (int n = 0; n < picks.size(); n++) {
      String id = picks.get(n);
      out.println(
          "  " + (n + 1) + ". " + bank.question(id).map(AskQuestion::text).orElse("(" + id + ")"));
    }
    out.flush();
  }

  /** {@code questions pick NAME}: chooses and stores the top three for an interview. */
  @Command(
      name = "pick",
      description =
          "Choose the top three questions for an interview: the role's best two and the team's"
              + " best when a team is given, else the role's best three; --exclude skips"
              + " questions.")
  static final class Pick implements Callable<Integer> {
    @ParentCommand QuestionsCommand questions;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The interview, for example acme-hm.")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", description = "The interviewer's role.")
    @Nullable String role;

    @Option(names = "--team", paramLabel = "TEAM", description = "The team type: rl, llm, vision.")
    @Nullable String team;

    @Option(names = "--date", paramLabel = "DATE", description = "The interview day.")
    @Nullable LocalDate date;

    @Option(
        names = "--exclude",
        paramLabel = "ID",
        split = ",",
        description = "Question ids to leave out.")
    List<String> exclude = new ArrayList<>();

    @Override
    public Integer call() {
      QuestionBank bank = QuestionBank.load();
      AllcloseCommand root = questions.root;
      InterviewDays days = root.services().workbench().interviewDays();
      InterviewRecord stored = days.find(name).orElse(null);
      String roleId = role != null ? role : stored == null ? null : stored.role();
      String teamId = team != null ? team : stored == null ? null : stored.team();
      List<AskQuestion> picked =
          bank.pick(role(bank, roleId), team(bank, teamId), new HashSet<>(exclude));
      InterviewRecord i =
          days.pick(name, roleId, teamId, date, picked.stream().map(AskQuestion::id).toList());
      printPicks(spec.commandLine().getOut(), i, days.picks(i), bank);
      return 0;
    }
  }
}
