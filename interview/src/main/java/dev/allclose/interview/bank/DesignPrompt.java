package dev.allclose.interview.bank;

import java.util.List;
import java.util.Map;

/**
 * A hypothesis for the experimental-design round, with a model design: one answer per section of
 * the {@link DesignSection} template.
 */
public record DesignPrompt(
    String id,
    String title,
    int minutes,
    String hypothesis,
    String context,
    Pilot pilot,
    Map<DesignSection, String> model,
    List<String> pitfalls) {
  public DesignPrompt {
    model = Map.copyOf(model);
    pitfalls = List.copyOf(pitfalls);
  }

  /** The model answer for one section (the reader guarantees every section has one). */
  public String modelFor(DesignSection section) {
    return java.util.Objects.requireNonNull(model.get(section), section.id());
  }
}
