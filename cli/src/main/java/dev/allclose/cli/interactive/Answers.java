package dev.allclose.cli.interactive;

import dev.allclose.cli.Environment;
import dev.allclose.cli.Prompter;
import dev.allclose.cli.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads what the user types in an interactive round. An answer comes from {@code $EDITOR} when it
 * is set and the terminal is interactive (the editor opens a file whose {@code #} lines hold the
 * question and are dropped), otherwise from standard input, ending at a line holding a single
 * {@code .} or at the end of input. Short replies (scores) are one line each. Not thread-safe.
 */
public final class Answers {
  public static final String END = ".";

  private final Environment environment;
  private final PrintWriter out;
  private final Prompter in;
  private boolean ended;

  /** Prompts go to {@code out}; lines come from the command line's one reader of stdin. */
  public Answers(Environment environment, Prompter in, PrintWriter out) {
    this.environment = environment;
    this.in = in;
    this.out = out;
  }

  /** Whether answers open in the user's editor. */
  public boolean usesEditor() {
    String editor = environment.get("EDITOR");
    return editor != null && !editor.isBlank() && environment.terminal();
  }

  /** A multi-line answer; {@code question} is shown in the editor file or before the prompt. */
  public String answer(String question) {
    if (usesEditor()) {
      out.println("(opening $EDITOR; save and close it to submit your answer)");
      out.flush();
      return fromEditor(question);
    }
    out.println("Type your answer; end it with a line holding a single '" + END + "'.");
    out.flush();
    return toEnd();
  }

  /** One line, or null at the end of input. */
  public @Nullable String line(String prompt) {
    out.print(prompt);
    out.flush();
    String line = next();
    out.println();
    return line;
  }

  /**
   * Asks until {@code parse} accepts a line (returns non-null); an empty line or the end of input
   * gives {@code fallback}.
   */
  public <T> T ask(String prompt, Function<String, @Nullable T> parse, T fallback, String retry) {
    for (int tries = 0; tries < 5; tries++) {
      String line = line(prompt);
      if (line == null || line.isBlank()) {
        return fallback;
      }
      T value = parse.apply(line.strip());
      if (value != null) {
        return value;
      }
      out.println(retry);
    }
    return fallback;
  }

  private @Nullable String next() {
    if (ended) {
      return null;
    }
    String line = in.read();
    ended = line == null;
    return line;
  }

  /**
   * Opens {@code $EDITOR} on a Markdown file holding {@code initial} and returns what the user
   * saved, every line kept (a derivation's {@code #} headings are text). Call only when {@link
   * #usesEditor()}.
   */
  public String edit(String initial) {
    return inEditor(initial, text -> text.strip());
  }

  /**
   * Reads a whole text from standard input, to its end or to a line holding a single {@code .},
   * with a prompt saying so when a person types it.
   */
  public String typed(String what) {
    if (environment.terminal()) {
      out.println("Type " + what + "; end it with a line holding a single '" + END + "'.");
      out.flush();
    }
    return toEnd();
  }

  private String toEnd() {
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = next()) != null && !line.strip().equals(END)) {
      lines.add(line);
    }
    return String.join("\n", lines).strip();
  }

  private String fromEditor(String question) {
    StringBuilder template = new StringBuilder();
    question.lines().forEach(l -> template.append("# ").append(l).append('\n'));
    template.append("# Write your answer below; lines starting with # are ignored.\n\n");
    return inEditor(
        template.toString(),
        text ->
            text.lines()
                .filter(l -> !l.startsWith("#"))
                .reduce((a, b) -> a + "\n" + b)
                .orElse("")
                .strip());
  }

  private String inEditor(String initial, Function<String, String> read) {
    String editor = environment.get("EDITOR");
    try {
      Path file = Files.createTempFile("allclose-answer-", ".md");
      try {
        Files.writeString(file, initial);
        List<String> command =
            new ArrayList<>(List.of(String.valueOf(editor).strip().split("\\s+")));
        command.add(file.toString());
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
          throw new UserError(
              "the editor (" + editor + ") exited with status " + exit + "; answer not taken");
        }
        return read.apply(Files.readString(file));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UserError("cannot run the editor '" + editor + "': " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted while waiting for the editor");
    }
  }
}
