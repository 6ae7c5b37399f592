package dev.allclose.judge.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The CPU count and the kill of a process tree, on real processes. */
class ProcessTreeTest {

  @Test
  void countsTheCpuOfAGrandchildAndKillsIt() throws Exception {
    // the shell waits in `sleep`; the CPU is burnt two levels down, by a child of a child
    Process p =
        new ProcessBuilder("/bin/sh", "-c", "/bin/sh -c 'while :; do :; done' & sleep 60").start();
    ProcessTree tree = ContainedProcess.of(p).tree();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      double cpu = 0;
      while (cpu < 300 && System.nanoTime() < deadline) {
        Thread.sleep(50);
        cpu = tree.cpuMillis();
      }
      assertThat(cpu).as("CPU milliseconds of the tree").isGreaterThanOrEqualTo(300);
    } finally {
      List<ProcessHandle> descendants = p.descendants().toList();
      tree.kill();
      for (ProcessHandle h : descendants) {
        h.onExit().get(5, TimeUnit.SECONDS);
        assertThat(h.isAlive()).as("descendant " + h.pid()).isFalse();
      }
    }
  }
}
