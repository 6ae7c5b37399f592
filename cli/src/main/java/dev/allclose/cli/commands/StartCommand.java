package dev.allclose.cli.commands;

import dev.allclose.app.practice.Practice;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code allclose start}: writes the starter file and starts the problem's clock. */
@Command(
    name = "start",
    description = {
      "Write the starter file into DIR/<slug>/ and start the clock.",
      "When the file exists already, it is kept as it is, and so is the clock of the problem."
    })
public final class StartCommand implements Callable<Integer> {
  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PROBLEM", description = "Number or slug.")
  String problem;

  @Mixin WorkOptions work;

  @Option(names = "--force", description = "Write a fresh starter over an existing file.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    DateTimeFormatter started = STARTED.withZone(root.environment().clock().getZone());
    StarterFile start = StarterFile.of(root.services(), problem, work.lang);
    ProblemPackage p = start.problem();
    Language language = start.language();
    Path starter = start.starter();
    Path target = work.dir.resolve(p.slug()).resolve(start.fileName());
    PrintWriter out = spec.commandLine().getOut();
    Practice practice = root.services().workbench().practice();
    if (Files.exists(target) && !force) {
      // Work in progress: keep the file, and the clock if one runs, so that nothing is lost.
      Optional<Instant> running = practice.continueWork(p, language, target);
      out.println(
          target
              + " exists already: kept as it is"
              + running
                  .map(at -> ", and the clock started " + started.format(at) + " runs on")
                  .orElse(", and the clock for #" + p.metadata().number() + " is running")
              + " (--force writes a fresh starter over it).");
    } else {
      Files.createDirectories(target.getParent());
      Files.writeString(target, Files.readString(starter));
      practice.start(p, language, target);
      out.println(
          "Wrote "
              + target
              + "; the clock for #"
              + p.metadata().number()
              + " "
              + p.metadata().title()
              + " is running ("
              + p.metadata().minutes()
              + " min budget).");
    }
    out.println("Read it:        allclose show " + p.metadata().number());
    if (p.metadata().asksForDerivation()) {
      out.println("Derive it:      allclose derive " + p.metadata().number());
    }
    out.println("Run samples:    allclose test " + p.metadata().number() + " " + target);
    out.println("Submit:         allclose submit " + p.metadata().number() + " " + target);
    out.flush();
    return 0;
  }
}
