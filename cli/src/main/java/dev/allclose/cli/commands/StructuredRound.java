package dev.allclose.cli.commands;

import dev.allclose.app.Json;
import dev.allclose.cli.AllcloseCommand;
import dev.allclose.cli.interactive.Answers;
import dev.allclose.cli.interactive.Stopwatch;
import dev.allclose.interview.bank.AnswerPart;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the critique, design and open-problems rounds share: which bank item comes next, where the
 * dialogue goes (stdout, or stderr under {@code --json} so that stdout holds only the report), an
 * answer asked for part by part against the clock, one stored practice session, and the report.
 */
final class StructuredRound {
  /** The JSON of a finished round; {@code result} is the round's own scored result. */
  record Report(String session, Object result, long elapsedMs, long budgetMs) {}

  private final AllcloseCommand root;
  private final CommandSpec spec;
  private final String kind;
  private final boolean json;
  private @Nullable Instant start;
  private @Nullable Stopwatch watch;
  private @Nullable Answers answers;

  /**
   * @param kind the round's name in the store ({@code critique}, {@code design}, {@code open})
   */
  StructuredRound(AllcloseCommand root, CommandSpec spec, String kind, boolean json) {
    this.root = root;
    this.spec = spec;
    this.kind = kind;
    this.json = json;
  }

  PrintWriter out() {
    return json ? spec.commandLine().getErr() : spec.commandLine().getOut();
  }

  /** The item practised least in this round; among equals, the first in bank order. */
  <T> T leastPractised(List<T> items, Function<T, String> id, String noneMessage) {
    return root.services().rounds().leastPractised(kind, items, id, noneMessage);
  }

  /**
   * Starts the clock and asks for each part of {@code parts} in order; {@code context} heads the
   * editor file when answers open in {@code $EDITOR}.
   */
  <P extends Enum<P> & AnswerPart> Map<P, String> ask(Class<P> parts, int minutes, String context) {
    start = root.environment().clock().instant();
    watch = new Stopwatch(root.environment().clock(), Duration.ofMinutes(minutes));
    PrintWriter out = out();
    answers = new Answers(root.environment(), root.prompter(), out);
    Map<P, String> answer = new EnumMap<>(parts);
    for (P part : parts.getEnumConstants()) {
      out.println();
      out.println(part.question());
      out.flush();
      answer.put(part, answers.answer(context + "\n\n" + part.question()));
    }
    out.println(watch.report());
    return answer;
  }

  /** The reader of the answers, for the questions a round asks after them (self-scores). */
  Answers answers() {
    return started(answers);
  }

  /**
   * Stores the session: one answer, its parts by id, the result and its score.
   *
   * @return the session's id
   */
  String save(String item, Map<? extends AnswerPart, String> answer, Object result, double score) {
    Stopwatch w = started(watch);
    Map<String, String> written = new LinkedHashMap<>();
    answer.forEach((part, text) -> written.put(part.id(), text));
    return root.services()
        .rounds()
        .record(
            kind,
            item,
            started(start),
            root.environment().clock().instant(),
            written,
            w.elapsed().toMillis(),
            w.budget().toMillis(),
            result,
            score);
  }

  /** Under {@code --json}, prints the report on stdout. */
  void report(String session, Object result) {
    if (!json) {
      return;
    }
    Stopwatch w = started(watch);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        Json.write(new Report(session, result, w.elapsed().toMillis(), w.budget().toMillis())));
    stdout.flush();
  }

  private static <T> T started(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("ask() comes first");
    }
    return value;
  }
}
