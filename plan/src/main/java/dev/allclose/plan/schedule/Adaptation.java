package dev.allclose.plan.schedule;

import dev.allclose.store.NewPlanItem;
import dev.allclose.store.PlanItemMove;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What changes in a stored plan when it adapts to the day: items now done (and when), items moved
 * forward, and problems added back for review.
 */
public record Adaptation(
    Map<String, Instant> done, List<PlanItemMove> moves, List<NewPlanItem> added) {
  public Adaptation {
    done = Map.copyOf(done);
    moves = List.copyOf(moves);
    added = List.copyOf(added);
  }

  public boolean isEmpty() {
    return done.isEmpty() && moves.isEmpty() && added.isEmpty();
  }
}
