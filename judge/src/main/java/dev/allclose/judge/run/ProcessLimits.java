package dev.allclose.judge.run;

/**
 * Limits set on a harness process by the operating system and by the judge that watches it.
 *
 * @param cpuSeconds CPU time for the whole process (RLIMIT_CPU)
 * @param fileBytes the largest file it may write (RLIMIT_FSIZE), and the most its writable folders
 *     may hold in all before the judge stops it
 * @param processes processes and threads the whole run may hold at once, the harness's own included
 *     (a cgroup's pids.max, or RLIMIT_NPROC inside the sandbox's user namespace)
 * @param memoryMb memory the whole run may hold, the interpreter's own included (a cgroup's limit
 *     where one can be made; the harness also caps its own heap or address space)
 * @param captureBytes what the process may write to its diagnostic stream (stderr) in all
 * @param startupMs time until the harness says it is ready, and until it finishes after its last
 *     case
 */
public record ProcessLimits(
    int cpuSeconds,
    long fileBytes,
    int processes,
    int memoryMb,
    long captureBytes,
    long startupMs) {

  /**
   * These limits for a whole run: the process count with a harness's own processes and threads
   * added, and the given memory (the solution's budget with the harness's own footprint).
   */
  public ProcessLimits forRun(int ownProcesses, int runMemoryMb) {
    return new ProcessLimits(
        cpuSeconds, fileBytes, processes + ownProcesses, runMemoryMb, captureBytes, startupMs);
  }
}
