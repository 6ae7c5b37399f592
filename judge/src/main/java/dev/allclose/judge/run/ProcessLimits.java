package dev.allclose.judge.run;

/**
 * Limits set on a harness process by the operating system and by the supervisor.
 *
 * @param cpuSeconds CPU time for the whole process (RLIMIT_CPU)
 * @param fileBytes the largest file it may write (RLIMIT_FSIZE)
 * @param processes extra processes and threads it may start (RLIMIT_NPROC, counted on top of what
 *     the user already runs; not enforced for root)
 * @param captureBytes stdout plus stderr the supervisor reads before it stops the process
 * @param startupMs time until the harness reports its first event
 */
public record ProcessLimits(
    int cpuSeconds, long fileBytes, int processes, long captureBytes, long startupMs) {}
