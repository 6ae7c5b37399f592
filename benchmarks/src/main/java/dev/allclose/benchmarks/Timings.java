package dev.allclose.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Wall-clock samples of one measured thing, summarised by median and quartiles. */
final class Timings {
  private final String label;
  private final List<Double> ms = new ArrayList<>();

  Timings(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  void add(double millis) {
    ms.add(millis);
  }

  double median() {
    return quantile(0.5);
  }

  double quantile(double q) {
    List<Double> sorted = new ArrayList<>(ms);
    sorted.sort(null);
    double pos = q * (sorted.size() - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return sorted.get(lo) + (pos - lo) * (sorted.get(hi) - sorted.get(lo));
  }

  /** Runs {@code action} {@code warmup} times unmeasured, then {@code runs} times measured. */
  static Timings measure(String label, int warmup, int runs, ThrowingRunnable action)
      throws Exception {
    Timings t = new Timings(label);
    for (int i = 0; i < warmup + runs; i++) {
      long start = System.nanoTime();
      action.run();
      if (i >= warmup) {
        t.add((System.nanoTime() - start) / 1e6);
      }
    }
    return t;
  }

  /** One thing to measure: a label and the action. */
  record Task(String label, int warmup, ThrowingRunnable action) {}

  /**
   * Measures several tasks in turn, one run of each per round, so that whatever else the machine
   * does at a given moment weighs on all of them alike; each task first runs its warm-up rounds.
   * Each timed run starts after a pause of {@code settle}: for tasks that leave work behind them (a
   * process that starts its next harness ahead of time once a run ends), so that one task's
   * leftover work is not timed as part of the next task.
   */
  static List<Timings> alternate(List<Task> tasks, int runs, Duration settle) throws Exception {
    List<Timings> all = new ArrayList<>();
    for (Task task : tasks) {
      all.add(new Timings(task.label()));
      for (int i = 0; i < task.warmup(); i++) {
        task.action().run();
      }
    }
    for (int round = 0; round < runs; round++) {
      for (int i = 0; i < tasks.size(); i++) {
        Thread.sleep(settle.toMillis());
        long start = System.nanoTime();
        tasks.get(i).action().run();
        all.get(i).add((System.nanoTime() - start) / 1e6);
      }
    }
    return all;
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }
}
