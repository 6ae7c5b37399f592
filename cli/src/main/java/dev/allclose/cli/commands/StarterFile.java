package dev.allclose.cli.commands;

import dev.allclose.cli.Services;
import dev.allclose.cli.UserError;
import dev.allclose.judge.problem.Language;
import dev.allclose.judge.problem.ProblemPackage;
import java.nio.file.Path;

/**
 * A problem, a language it offers and its starter file, from what the user typed ({@code start},
 * {@code debug}); a language the problem does not offer is a one-line error.
 */
record StarterFile(ProblemPackage problem, Language language, Path starter) {
  static StarterFile of(Services services, String problem, String lang) {
    Language language =
        Language.fromId(lang)
            .orElseThrow(() -> new UserError("--lang must be python or java, not '" + lang + "'"));
    ProblemPackage p = services.problem(problem);
    if (!p.metadata().supports(language)) {
      throw new UserError(
          p.slug() + " has no " + language + " version; it offers " + p.metadata().languages());
    }
    Path starter =
        p.starter(language)
            .orElseThrow(() -> new IllegalStateException("validated package without a starter"));
    return new StarterFile(p, language, starter);
  }

  /** The starter's file name, which the Java class name and {@code allclose submit} rely on. */
  String fileName() {
    return String.valueOf(starter.getFileName()).replace("/", "");
  }
}
