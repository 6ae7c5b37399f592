package dev.allclose.interview.design;

import dev.allclose.interview.stats.PowerAnalysis;
import org.jspecify.annotations.Nullable;

/**
 * The number of seeds a design states against the number the pilot's power analysis asks for.
 *
 * @param stated the number of runs the seeds section states ("12 seeds", "10 runs per arm"), or
 *     null when it gives none
 */
public record SeedCheck(@Nullable Integer stated, PowerAnalysis analysis) {
  /** Whether the stated number reaches the power analysis. */
  public boolean enough() {
    return stated != null && stated >= analysis.runsPerArm();
  }
}
