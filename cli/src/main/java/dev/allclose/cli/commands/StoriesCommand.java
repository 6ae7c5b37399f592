package dev.allclose.cli.commands;

import dev.allclose.app.day.Stories;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.UserError;
import dev.allclose.cli.output.Table;
import dev.allclose.plan.stories.CompletenessCheck;
import dev.allclose.plan.stories.Gap;
import dev.allclose.plan.stories.PartSpec;
import dev.allclose.plan.stories.Prompt;
import dev.allclose.plan.stories.StoryBankContent;
import dev.allclose.store.BankEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code allclose stories}: the portfolio (project briefs) and the STAR(L) story bank, with the six
 * behavioural prompts and a check of every entry for missing parts.
 */
@Command(
    name = "stories",
    header = "STAR(L) stories for the behavioural prompts and project briefs.",
    description =
        "The story bank: STAR(L) stories for the six behavioural prompts, and one-page project"
            + " briefs, each checked for missing, thin or unquantified parts.",
    subcommands = {
      StoriesCommand.Add.class,
      StoriesCommand.Project.class,
      StoriesCommand.Edit.class,
      StoriesCommand.Show.class,
      StoriesCommand.Check.class,
      StoriesCommand.Remove.class
    })
public final class StoriesCommand implements Callable<Integer> {
  static final String STORY = Stories.STORY;
  static final String PROJECT = Stories.PROJECT;

  @ParentCommand AllcloseCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    StoryBankContent content = StoryBankContent.load();
    List<BankEntry> stories = bank().list(STORY);
    Table prompts = new Table(List.of("Prompt", "Id", "Stories"), List.of(false, false, true));
    for (Prompt p : content.prompts()) {
      long n = stories.stream().filter(s -> p.id().equals(s.prompt())).count();
      prompts.row(List.of(p.title(), p.id(), n == 0 ? "none yet" : String.valueOf(n)));
    }
    prompts.print(out);
    out.println();
    entries(out, "Stories", stories, content.storyParts(), content);
    out.println();
    entries(out, "Project briefs", bank().list(PROJECT), content.projectParts(), content);
    out.println();
    out.println(
        "Add: allclose stories add PROMPT | allclose stories project. Check: allclose stories check");
    out.flush();
    return 0;
  }

  private static void entries(
      PrintWriter out,
      String heading,
      List<BankEntry> entries,
      List<PartSpec> parts,
      StoryBankContent content) {
    if (entries.isEmpty()) {
      out.println(heading + ": none yet.");
      return;
    }
    out.println(heading + ":");
    Table t =
        new Table(List.of("#", "Title", "Prompt", "Gaps"), List.of(true, false, false, false));
    for (BankEntry e : entries) {
      List<Gap> gaps = CompletenessCheck.gaps(parts, e.parts());
      t.row(
          List.of(
              String.valueOf(e.number()),
              e.title(),
              e.prompt() == null
                  ? ""
                  : content.prompt(e.prompt()).map(Prompt::title).orElse(e.prompt()),
              gaps.isEmpty()
                  ? "complete"
                  : gaps.stream()
                      .map(g -> g.part().title())
                      .distinct()
                      .collect(Collectors.joining(", "))));
    }
    t.print(out);
  }

  Stories bank() {
    return root.services().workbench().stories();
  }

  static List<PartSpec> parts(StoryBankContent content, String kind) {
    return Stories.parts(content, kind);
  }

  static String kind(String text) {
    return Stories.kind(text);
  }

  /** Asks for each part in turn; an empty answer leaves the part out. */
  Map<String, String> ask(List<PartSpec> parts) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (PartSpec p : parts) {
      answers.put(
          p.id(),
          root.prompter()
              .paragraph(p.title() + ": " + p.ask() + " (an empty line ends it; none skips it)"));
    }
    return answers;
  }

  void printEntry(PrintWriter out, BankEntry e, List<PartSpec> parts, StoryBankContent content) {
    out.println(
        (e.kind().equals(STORY) ? "Story " : "Project brief ")
            + e.number()
            + ": "
            + e.title()
            + (e.prompt() == null
                ? ""
                : " (" + content.prompt(e.prompt()).map(Prompt::title).orElse(e.prompt()) + ")"));
    for (PartSpec p : parts) {
      out.println();
      out.println(p.title());
      out.println("  " + e.parts().getOrDefault(p.id(), "(missing)").replace("\n", "\n  "));
    }
    List<Gap> gaps = CompletenessCheck.gaps(parts, e.parts());
    out.println();
    if (gaps.isEmpty()) {
      out.println("Complete.");
    } else {
      gaps.forEach(g -> out.println("Gap: " + g));
      out.println("Fill them: allclose stories edit " + e.kind() + " " + e.number());
    }
    out.flush();
  }

  /** {@code stories add PROMPT}: a new STAR(L) story, part by part. */
  @Command(
      name = "add",
      description = "Write a STAR(L) story for a prompt (conflict, failure, ...).")
  static final class Add implements Callable<Integer> {
    @ParentCommand StoriesCommand stories;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PROMPT", description = "The prompt's id.")
    String prompt;

    @Option(names = "--title", paramLabel = "TEXT", description = "A short name.")
    @Nullable String title;

    @Override
    public Integer call() {
      StoryBankContent content = StoryBankContent.load();
      Prompt p =
          content
              .prompt(prompt)
              .orElseThrow(
                  () ->
                      new UserError(
                          "no prompt '"
                              + prompt
                              + "'; the prompts are "
                              + content.prompts().stream()
                                  .map(Prompt::id)
                                  .collect(Collectors.joining(", "))));
      PrintWriter out = spec.commandLine().getOut();
      out.println(p.title() + ": " + p.ask());
      String name = title(stories, title);
      BankEntry e = stories.bank().add(STORY, p.id(), name, stories.ask(content.storyParts()));
      out.println();
      stories.printEntry(out, e, content.storyParts(), content);
      return 0;
    }
  }

  static String title(StoriesCommand stories, @Nullable String given) {
    String name = given != null ? given : stories.root.prompter().line("Title: ").orElse("");
    if (name.isBlank()) {
      throw new UserError("the entry needs a title (type it, or give --title)");
    }
    return name.strip();
  }

  /** {@code stories project}: a new project brief, part by part. */
  @Command(name = "project", description = "Write a one-page project brief, part by part.")
  static final class Project implements Callable<Integer> {
    @ParentCommand StoriesCommand stories;
    @Spec CommandSpec spec;

    @Option(names = "--title", paramLabel = "TEXT", description = "The project.")
    @Nullable String title;

    @Override
    public Integer call() {
      StoryBankContent content = StoryBankContent.load();
      String name = title(stories, title);
      BankEntry e = stories.bank().add(PROJECT, null, name, stories.ask(content.projectParts()));
      stories.printEntry(spec.commandLine().getOut(), e, content.projectParts(), content);
      return 0;
    }
  }

  /** {@code stories edit KIND N [PART...]}: rewrites parts (by default those with gaps). */
  @Command(name = "edit", description = "Rewrite parts of an entry (by default those with gaps).")
  static final class Edit implements Callable<Integer> {
    @ParentCommand StoriesCommand stories;
    @Spec CommandSpec spec;

    @Mixin EntryRef ref;

    @Parameters(index = "2..*", paramLabel = "PART", description = "Part ids.")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() {
      StoryBankContent content = StoryBankContent.load();
      List<PartSpec> parts = parts(content, ref.kind());
      BankEntry e = ref.entry(stories);
      for (String id : only) {
        if (parts.stream().noneMatch(p -> p.id().equals(id))) {
          throw new UserError(
              "no part '"
                  + id
                  + "'; the parts are "
                  + parts.stream().map(PartSpec::id).collect(Collectors.joining(", ")));
        }
      }
      List<PartSpec> asked =
          only.isEmpty()
              ? CompletenessCheck.gaps(parts, e.parts()).stream().map(Gap::part).distinct().toList()
              : parts.stream().filter(p -> only.contains(p.id())).toList();
      if (asked.isEmpty()) {
        spec.commandLine()
            .getOut()
            .println("Nothing to fill: the entry is complete. Name parts to rewrite them.");
        spec.commandLine().getOut().flush();
        return 0;
      }
      Map<String, String> answers = stories.ask(asked);
      answers.values().removeIf(String::isBlank);
      BankEntry updated = stories.bank().update(ref.kind(), ref.number, answers);
      stories.printEntry(spec.commandLine().getOut(), updated, parts, content);
      return 0;
    }
  }

  /** The KIND N that names an entry on the command line. */
  static final class EntryRef {
    @Parameters(
        index = "0",
        paramLabel = "KIND",
        description = "The kind of entry: story or project.")
    String kind;

    @Parameters(index = "1", paramLabel = "N", description = "Its number.")
    int number;

    String kind() {
      return StoriesCommand.kind(kind);
    }

    BankEntry entry(StoriesCommand stories) {
      return stories.bank().entry(kind(), number);
    }
  }

  /** {@code stories show KIND N}. */
  @Command(name = "show", description = "Print an entry with its gaps.")
  static final class Show implements Callable<Integer> {
    @ParentCommand StoriesCommand stories;
    @Spec CommandSpec spec;

    @Mixin EntryRef ref;

    @Override
    public Integer call() {
      StoryBankContent content = StoryBankContent.load();
      stories.printEntry(
          spec.commandLine().getOut(), ref.entry(stories), parts(content, ref.kind()), content);
      return 0;
    }
  }

  /** {@code stories check}: every gap in the bank; exit 1 when there is any. */
  @Command(
      name = "check",
      description =
          "List every gap: prompts without a story, parts missing, thin or without a figure."
              + " Exit 1 when anything is missing.")
  static final class Check implements Callable<Integer> {
    @ParentCommand StoriesCommand stories;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      StoryBankContent content = StoryBankContent.load();
      PrintWriter out = spec.commandLine().getOut();
      List<String> found = stories.bank().gaps(content);
      found.forEach(out::println);
      int gaps = found.size();
      out.println(gaps == 0 ? "The bank is complete." : gaps + (gaps == 1 ? " gap." : " gaps."));
      out.flush();
      return gaps == 0 ? 0 : 1;
    }
  }

  /** {@code stories remove KIND N}. */
  @Command(name = "remove", description = "Delete an entry.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand StoriesCommand stories;
    @Spec CommandSpec spec;

    @Mixin EntryRef ref;

    @Override
    public Integer call() {
      BankEntry e = stories.bank().remove(ref.kind(), ref.number);
      spec.commandLine()
          .getOut()
          .println("Removed " + ref.kind() + " " + ref.number + " (" + e.title() + ").");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
