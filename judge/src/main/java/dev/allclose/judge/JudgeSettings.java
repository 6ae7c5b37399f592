package dev.allclose.judge;

import dev.allclose.judge.problem.Allowances;

/**
 * Settings of the judge that are not per problem.
 *
 * @param startupMs time a harness may take to load before its first case, and between cases
 * @param processes processes and threads a solution may start beyond the user's current count
 * @param fileBytes the largest file a solution's process may write
 * @param keepWorkDirs keep each run's working folder for debugging instead of deleting it
 */
public record JudgeSettings(long startupMs, int processes, long fileBytes, boolean keepWorkDirs) {
  public static final JudgeSettings DEFAULT =
      new JudgeSettings(Allowances.STARTUP_MS, 32, 256L << 20, false);
}
