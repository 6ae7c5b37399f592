package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.app.interviews.SessionView;
import dev.allclose.app.interviews.TimedInterviews;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Durations;
import dev.allclose.cli.output.VerdictWords;
import dev.allclose.judge.problem.ProblemPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code allclose debug}: a debugging round. The file starts as one of the problem's known wrong
 * submissions, drawn at random and not named; the user finds and fixes the bug under the problem's
 * time budget, submits with {@code allclose submit} as usual, and {@code allclose debug --finish}
 * ends the round and names the planted bug.
 */
@Command(
    name = "debug",
    description = {
      "Fix a planted bug: a debugging round on one of the problem's known wrong solutions.",
      "DIR/<slug>/debug/ gets the solution, drawn at random and not named.",
      "Find the bug, fix it and submit it within the problem's time budget.",
      "--finish ends the round and names the bug that was planted."
    })
public final class DebugCommand implements Callable<Integer> {
  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PROBLEM",
      arity = "0..1",
      description = "Number or slug (not with --finish).")
  @Nullable String problem;

  @Mixin WorkOptions work;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed for the draw, to get the same planted bug again.")
  @Nullable Long seed;

  @Option(names = "--force", description = "Write over a file left by an earlier round.")
  boolean force;

  @Option(names = "--finish", description = "End the running debugging round and name its bug.")
  boolean finish;

  @Option(names = "--json", description = "Print the round as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    TimedInterviews rounds = root.services().workbench().interviews();
    if (finish) {
      if (problem != null) {
        throw new UserError("--finish ends the running round; give it no problem");
      }
      SessionView running =
          rounds
              .runningDebug()
              .orElseThrow(
                  () ->
                      new UserError("no debugging round is running; start one: allclose debug N"));
      return print(rounds.finish(running.id()), null);
    }
    if (problem == null) {
      throw new UserError(
          "say which problem to debug (allclose debug N), or end the running round: allclose debug --finish");
    }
    StarterFile start = StarterFile.of(root.services(), problem, work.lang);
    ProblemPackage p = start.problem();
    Path target = work.dir.resolve(p.slug()).resolve("debug").resolve(start.fileName());
    if (Files.exists(target) && !force) {
      throw new UserError(
          target + " exists from an earlier round; --force writes the new round over it");
    }
    Random random = seed == null ? new SecureRandom() : new Random(seed);
    SessionView round = rounds.startDebug(p, start.language(), random);
    Files.createDirectories(target.getParent());
    Files.writeString(target, round.code() == null ? "" : round.code());
    return print(round, target);
  }

  private int print(SessionView s, @Nullable Path file) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(s));
      out.flush();
      return 0;
    }
    String name = "#" + s.number() + " " + s.title();
    if (s.running()) {
      out.println(
          "Debugging round on "
              + name
              + ": "
              + file
              + " holds a solution with a bug planted in it.");
      out.println(
          "Find the bug and fix it; the clock runs ("
              + s.budgetMinutes()
              + " min budget). Hints and the editorial are closed until the round ends.");
      out.println("Run samples:    allclose test " + s.number() + " " + file);
      out.println("Submit:         allclose submit " + s.number() + " " + file);
      out.println("End the round:  allclose debug --finish");
    } else {
      out.println(
          "Debugging round on "
              + name
              + " over: time used "
              + Durations.clock(Duration.ofMillis(s.timeUsedMs()))
              + " of "
              + s.budgetMinutes()
              + ":00, "
              + s.attempts()
              + (s.attempts() == 1 ? " submission" : " submissions")
              + ", verdict: "
              + VerdictWords.of(s.verdict())
              + ".");
      SessionView.Planted planted = s.planted();
      if (planted != null) {
        out.println(
            "The planted bug ("
                + planted.submission()
                + "): "
                + (planted.description().isEmpty() ? "not described" : planted.description()));
      }
    }
    out.flush();
    return 0;
  }
}
