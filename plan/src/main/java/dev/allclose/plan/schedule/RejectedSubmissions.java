package dev.allclose.plan.schedule;

import dev.allclose.store.SubmissionSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The review source available without a scheduler: a problem whose latest full submission was
 * rejected comes back, whatever the day, until a later full submission is accepted.
 */
public final class RejectedSubmissions implements ReviewSource {
  private final Set<String> failing;

  /**
   * @param history every submission, oldest first
   */
  public RejectedSubmissions(List<SubmissionSummary> history) {
    Map<String, SubmissionSummary> latest = new TreeMap<>();
    history.stream().filter(SubmissionSummary::full).forEach(s -> latest.put(s.problem(), s));
    failing = new TreeSet<>();
    latest.values().stream().filter(s -> !s.accepted()).forEach(s -> failing.add(s.problem()));
  }

  @Override
  public Set<String> due(LocalDate day) {
    return failing;
  }
}
