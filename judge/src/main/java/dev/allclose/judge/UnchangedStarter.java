package dev.allclose.judge;

import dev.allclose.judge.problem.EntryPoint;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Refuses a submission that is the package's starter for its language, unedited, before anything
 * runs: every case would only fail the same way (the starter raises "not implemented"), and one
 * line saying so helps more than a traceback per case. Line endings and trailing whitespace do not
 * count as edits, since editors and copy-paste change them.
 */
final class UnchangedStarter {
  private UnchangedStarter() {}

  static void refuse(ProblemPackage pkg, Language language, String source, String fileName)
      throws SubmissionException {
    Optional<Path> starter = pkg.starter(language);
    if (starter.isEmpty()) {
      return;
    }
    String original;
    try {
      original = Files.readString(starter.get(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return; // an unreadable starter cannot be compared; judging goes on as usual
    }
    if (normalised(original).equals(normalised(source))) {
      throw new SubmissionException(
          fileName
              + " is the starter of "
              + pkg.slug()
              + ", unchanged: write "
              + names(pkg, language)
              + " in it, then run it again");
    }
  }

  private static String normalised(String text) {
    return text.replace("\r\n", "\n")
        .replace('\r', '\n')
        .lines()
        .map(String::stripTrailing)
        .collect(Collectors.joining("\n"))
        .strip();
  }

  private static String names(ProblemPackage pkg, Language language) {
    return pkg.metadata().entryPoints().stream()
        .map(
            e ->
                e instanceof EntryPoint.Function f && language == Language.JAVA
                    ? f.javaName()
                    : e.name())
        .collect(Collectors.joining(", "));
  }
}
