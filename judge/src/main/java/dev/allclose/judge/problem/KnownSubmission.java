package dev.allclose.judge.problem;

import dev.allclose.judge.report.Verdict;
import java.nio.file.Path;

/**
 * A solution kept in a package's {@code submissions/<verdict>/} folder and its expected verdict.
 */
public record KnownSubmission(Path file, Language language, Verdict expected) {
  public String name() {
    return expected.id() + "/" + file.getFileName();
  }
}
