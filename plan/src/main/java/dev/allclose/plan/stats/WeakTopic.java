package dev.allclose.plan.stats;

import java.util.List;

/**
 * A concept whose attempted problems went badly.
 *
 * @param score the mean {@link ProblemEffort#struggle()} of those problems
 * @param problems their labels ("#7 Flash Attention")
 * @param reason what went wrong, in words
 */
public record WeakTopic(String topic, double score, List<String> problems, String reason) {
  public WeakTopic {
    problems = List.copyOf(problems);
  }
}
