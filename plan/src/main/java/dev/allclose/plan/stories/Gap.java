package dev.allclose.plan.stories;

/** Something a story or brief lacks: which part, and what is wrong with it. */
public record Gap(PartSpec part, String problem) {
  @Override
  public String toString() {
    return part.title() + ": " + problem;
  }
}
