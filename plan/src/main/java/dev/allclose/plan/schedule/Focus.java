package dev.allclose.plan.schedule;

import java.util.Locale;
import java.util.Optional;

/** The role a plan prepares for; each has its own plan structure in the content. */
public enum Focus {
  ENGINEER,
  SCIENTIST;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Focus> of(String text) {
    for (Focus f : values()) {
      if (f.id().equalsIgnoreCase(text.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
