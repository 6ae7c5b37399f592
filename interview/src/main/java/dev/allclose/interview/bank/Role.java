package dev.allclose.interview.bank;

import com.fasterxml.jackson.annotation.JsonValue;

/** The role a question is typical of; a mock-interview preset picks questions by role. */
public enum Role implements Named {
  RESEARCH_ENGINEER("research-engineer"),
  RESEARCH_SCIENTIST("research-scientist");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }
}
