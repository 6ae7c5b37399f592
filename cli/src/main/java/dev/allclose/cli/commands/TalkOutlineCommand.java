package dev.allclose.cli.commands;

import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.Prompter;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Durations;
import dev.allclose.plan.talk.OutlineCheck;
import dev.allclose.plan.talk.SectionBudget;
import dev.allclose.plan.talk.TalkBudget;
import dev.allclose.store.StoredTalk;
import dev.allclose.store.TalkSlide;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code allclose talk outline}: asks for the talk's slides, section by section, and stores them.
 */
@Command(
    name = "outline",
    description = {
      "Write the talk's outline: a title, then one slide title a line for each section, an empty"
          + " line ending the section.",
      "The outline is stored and checked against the slide budget."
    })
public final class TalkOutlineCommand implements Callable<Integer> {
  @ParentCommand TalkCommand talk;
  @Spec CommandSpec spec;

  @Option(names = "--minutes", paramLabel = "N", description = "30, 45 or 60.")
  @Nullable Integer minutes;

  @Option(names = "--title", paramLabel = "TEXT", description = "The talk's title.")
  @Nullable String title;

  @Option(names = "--show", description = "Print the stored outline instead.")
  boolean show;

  @Override
  public Integer call() {
    AllcloseCommand root = talk.root;
    PrintWriter out = spec.commandLine().getOut();
    if (show) {
      StoredTalk stored =
          root.services()
              .workbench()
              .talks()
              .current()
              .orElseThrow(
                  () -> new UserError("no outline yet; write one with `allclose talk outline`"));
      print(out, TalkCommand.budget(root, stored.minutes()), stored);
      return 0;
    }
    TalkBudget budget = TalkCommand.budget(root, minutes != null ? minutes : talk.minutes);
    Prompter ask = root.prompter();
    String name =
        title != null ? title.strip() : ask.line("Title of the talk: ").orElse("").strip();
    if (name.isEmpty()) {
      throw new UserError("the talk needs a title (type it, or give --title)");
    }
    List<TalkSlide> slides = new ArrayList<>();
    for (SectionBudget s : budget.sections()) {
      String lines =
          ask.paragraph(
              s.title()
                  + " ("
                  + Durations.clock(s.time())
                  + ", "
                  + s.slides()
                  + " slides: "
                  + TalkCommand.parts(s)
                  + "). One slide title a line; an empty line ends the section.");
      lines
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty())
          .forEach(l -> slides.add(new TalkSlide(s.id(), l)));
    }
    StoredTalk saved = root.services().workbench().talks().outline(name, budget.minutes(), slides);
    out.println("Saved the outline.");
    out.println();
    print(out, budget, saved);
    return 0;
  }

  private static void print(PrintWriter out, TalkBudget budget, StoredTalk talk) {
    out.println(
        talk.title() + " (" + talk.minutes() + " minutes, " + talk.slides().size() + " slides)");
    int n = 1;
    for (SectionBudget s : budget.sections()) {
      out.println();
      out.println(
          s.title() + "  " + Durations.clock(s.time()) + ", " + s.slides() + " slides planned");
      for (TalkSlide slide : talk.slides()) {
        if (slide.section().equals(s.id())) {
          out.println(String.format(java.util.Locale.ROOT, "  %2d. %s", n++, slide.title()));
        }
      }
    }
    List<String> notes = OutlineCheck.notes(budget, talk.slides());
    if (!notes.isEmpty()) {
      out.println();
      notes.forEach(note -> out.println("Note: " + note));
    }
    out.flush();
  }
}
