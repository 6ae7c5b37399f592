package dev.allclose.judge.problem;

import java.util.Locale;
import java.util.Optional;

public enum Difficulty {
  EASY,
  MEDIUM,
  HARD;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String title() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }

  public static Optional<Difficulty> of(String text) {
    for (Difficulty d : values()) {
      if (d.id().equalsIgnoreCase(text.trim())) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
