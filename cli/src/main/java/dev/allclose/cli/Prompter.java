package dev.allclose.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Asks the user questions on standard input, as interactive commands do: the question goes to the
 * command's output, the answer is the next line (or the next lines up to an empty one). One per
 * command line, so no answer is lost to a second reader's buffer. Not thread-safe.
 */
public final class Prompter {
  private final BufferedReader in;
  private final PrintWriter out;

  Prompter(InputStream in, PrintWriter out) {
    this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.out = out;
  }

  /** Prints the question and reads one line; empty at the end of the input. */
  public Optional<String> line(String question) {
    out.print(question);
    out.flush();
    String line = read();
    if (line == null) {
      out.println();
    }
    return Optional.ofNullable(line).map(String::strip);
  }

  /**
   * The next line of standard input as typed, or null at its end. Readers with their own prompts
   * (the talk rounds' answers) read through here, so no line is lost to a second buffer.
   */
  public @Nullable String read() {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Prints the question and reads lines until an empty line or the end of the input; the lines are
   * joined with newlines (empty when the first line is empty).
   */
  public String paragraph(String question) {
    out.println(question);
    List<String> lines = new ArrayList<>();
    while (true) {
      Optional<String> line = line("> ");
      if (line.isEmpty() || line.get().isEmpty()) {
        return String.join("\n", lines);
      }
      lines.add(line.get());
    }
  }
}
