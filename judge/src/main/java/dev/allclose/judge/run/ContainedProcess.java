package dev.allclose.judge.run;

import java.io.IOException;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A started harness and what contains it: the process the judge talks to, and the control groups
 * that bound the whole run where the launcher could make them. Closing it kills every process of
 * the run and removes the groups.
 */
public final class ContainedProcess implements AutoCloseable {
  private final Process process;
  private final ProcessTree tree;
  private final Cgroups.@Nullable Run groups;
  private final Runnable afterClose;

  ContainedProcess(Process process, Cgroups.@Nullable Run groups) {
    this(process, groups, () -> {});
  }

  private ContainedProcess(Process process, Cgroups.@Nullable Run groups, Runnable afterClose) {
    this.process = process;
    this.tree = new ProcessTree(process);
    this.groups = groups;
    this.afterClose = afterClose;
  }

  /** The same run, which also does {@code then} once it is closed (its processes dead). */
  ContainedProcess thenOnClose(Runnable then) {
    return new ContainedProcess(process, groups, then);
  }

  /** Sets the run's memory and process bounds anew, where control groups hold it. */
  void limit(ProcessLimits limits) throws IOException {
    if (groups != null) {
      groups.limit(limits);
    }
  }

  /** A process started without any container (tests of the supervision itself). */
  public static ContainedProcess of(Process process) {
    return new ContainedProcess(process, null);
  }

  public Process process() {
    return process;
  }

  public ProcessTree tree() {
    return tree;
  }

  /** The run's peak memory as the kernel counted it, when a control group held the run. */
  public OptionalLong peakMemoryKb() {
    long kb = groups == null ? 0 : groups.peakKb();
    return kb > 0 ? OptionalLong.of(kb) : OptionalLong.empty();
  }

  /** Whether the kernel killed a process of the run because the run's memory limit was hit. */
  public boolean killedForMemory() {
    return groups != null && groups.oomKilled();
  }

  @Override
  public void close() {
    tree.kill();
    if (groups != null) {
      groups.close();
    }
    afterClose.run();
  }
}
