package dev.allclose.interview.bank;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kinds of flaw planted in the critique round's papers, after the seeds' critique framework:
 * the claim and the experiment that would falsify it, baselines, ablations, contamination, and the
 * statistics of the results.
 */
public enum FlawKind implements Named {
  UNTESTED_CLAIM(
      "untested-claim", "The claim is never put to the experiment that could falsify it"),
  STALE_BASELINE("stale-baseline", "Baselines are out of date"),
  UNTUNED_BASELINE("untuned-baseline", "Baselines were not tuned as carefully as the method"),
  UNINFORMATIVE_ABLATION(
      "uninformative-ablation", "The ablation cannot show which component matters"),
  CONTAMINATION("contamination", "The benchmark may be in the training data"),
  SINGLE_SEED("single-seed", "Results come from a single seed"),
  POST_HOC_METRIC("post-hoc-metric", "The metric was chosen after seeing the results"),
  NO_CONFIDENCE_INTERVALS(
      "no-confidence-intervals", "Differences are reported without uncertainty");

  private final String id;
  private final String title;

  FlawKind(String id, String title) {
    this.id = id;
    this.title = title;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }
}
