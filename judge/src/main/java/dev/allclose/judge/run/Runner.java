package dev.allclose.judge.run;

import dev.allclose.judge.problem.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs solutions of one language: prepares the source (copy, or compile and check banned names),
 * then starts the language's harness on a manifest. Everything a runner starts goes through its
 * {@link ProcessLauncher}, the place a sandbox wraps.
 */
public interface Runner {
  Language language();

  /**
   * Makes the solution ready in {@code workDir}.
   *
   * @param displayName the file name the candidate knows
   * @param banned the problem's banned-name patterns for this language
   */
  Prepared prepare(String source, String displayName, List<String> banned, Path workDir)
      throws IOException;

  /**
   * Starts the harness on {@code manifest} with the given memory budget.
   *
   * @param scratch the solution's working directory: it may write there, nothing else lives there
   */
  Process start(
      Prepared.Ready prepared, Path manifest, int memoryMb, Path scratch, ProcessLimits limits)
      throws IOException;
}
