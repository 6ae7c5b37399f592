package dev.allclose.app.judging;

import dev.allclose.judge.Judge;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The judges of a process that runs one command after another (the background process behind {@code
 * ./allclose}): one per home folder, made by the first command that judges there and kept with a
 * Python harness always started ahead of time, so that the next {@code submit} finds NumPy already
 * imported instead of paying for a fresh interpreter. Every other part of a command (its store,
 * catalog and settings) is still made fresh, so a command sees the home folder as it is now.
 * Thread-safe.
 */
public final class KeptJudges {
  private final Map<Path, Judge> byHome = new ConcurrentHashMap<>();

  /** The judge kept for {@code home}, made by {@code make} the first time. */
  public Judge forHome(Path home, Supplier<Judge> make) {
    return byHome.computeIfAbsent(
        home.toAbsolutePath().normalize(),
        h -> {
          Judge judge = make.get();
          judge.keepWarm();
          return judge;
        });
  }
}
