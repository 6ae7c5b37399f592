package dev.allclose.interview.bank;

import com.fasterxml.jackson.annotation.JsonValue;

/** How hard a question is. */
public enum Level implements Named {
  EASY("easy"),
  MEDIUM("medium"),
  HARD("hard");

  private final String id;

  Level(String id) {
    this.id = id;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }
}
