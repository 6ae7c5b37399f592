package dev.allclose.plan.talk;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The slide budget and timeboxes of a talk of a given length, section by section. */
public record TalkBudget(int minutes, List<SectionBudget> sections) {
  public TalkBudget {
    sections = List.copyOf(sections);
  }

  public int slides() {
    return sections.stream().mapToInt(SectionBudget::slides).sum();
  }

  public Duration time() {
    return sections.stream().map(SectionBudget::time).reduce(Duration.ZERO, Duration::plus);
  }

  public Optional<SectionBudget> section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
