package dev.allclose.judge.run;

import dev.allclose.harness.protocol.Manifest;
import dev.allclose.judge.problem.BannedCalls;
import dev.allclose.judge.problem.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs solutions of one language: prepares the source (copy, or compile and check banned names),
 * then starts the language's harness on a batch's manifest. Everything a runner starts goes through
 * its {@link ProcessLauncher}, which decides how the process is contained; the runner says what the
 * process needs to see.
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
   * Where batch {@code index} of a run will work: fresh folders under {@code runDir}, or those of a
   * harness this runner started ahead of time.
   */
  default Slot slot(Path runDir, int index) throws IOException {
    return Slot.fresh(runDir, index);
  }

  /** How the manifest names the solution to this language's harness working in {@code slot}. */
  String manifestSolution(Prepared.Ready prepared, Slot slot);

  /**
   * The rule the harness applies at run time to builtin sorts, or null where the language's banned
   * calls are all found before running.
   */
  default Manifest.@Nullable FullSort runtimeSortRule(BannedCalls banned) {
    return null;
  }

  /**
   * Starts the harness on the manifest in the slot's folder, or hands the manifest to the harness
   * waiting there.
   *
   * @param memoryMb the problem's memory budget for the solution
   * @param limits the run's limits; the runner adds its harness's own footprint to the process and
   *     memory counts
   */
  ContainedProcess start(Prepared.Ready prepared, Slot slot, int memoryMb, ProcessLimits limits)
      throws IOException;

  /**
   * Starts, in the background, what makes this runner's next harness start sooner, if anything.
   *
   * @param again do so again after every run from now on
   */
  default void warmUp(boolean again) {}

  /** The processes this runner keeps waiting for runs to come (none unless it warms up). */
  default java.util.List<ProcessHandle> waitingProcesses() throws InterruptedException {
    return java.util.List.of();
  }

  /**
   * Starts the language's runtime the way a harness starts (same launcher, same visible folders)
   * and returns its version line, for {@code allclose doctor}.
   *
   * @param scratch an empty folder the check may use
   * @throws IOException when the runtime does not start, with the reason
   */
  String version(Path scratch) throws IOException;
}
