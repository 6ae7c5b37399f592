package dev.allclose.interview.design;

import java.util.List;

/**
 * A scored design: each template section against the model, the seeds against the power analysis,
 * and the overall score (the mean of the section scores).
 */
public record DesignResult(
    String prompt, List<SectionScore> sections, SeedCheck seeds, double score) {
  public DesignResult {
    sections = List.copyOf(sections);
  }
}
