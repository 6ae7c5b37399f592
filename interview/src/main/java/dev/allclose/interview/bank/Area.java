package dev.allclose.interview.bank;

import com.fasterxml.jackson.annotation.JsonValue;

/** The assessment areas of a mock interview, after the areas the seeds' mock interviews name. */
public enum Area implements Named {
  CORE_CONCEPTS("core-concepts", "Core concepts and theory"),
  APPLIED_DESIGN("applied-design", "Applied problem solving and system design"),
  RESEARCH_ACUMEN("research-acumen", "Research acumen"),
  RIGOUR("rigour", "Critical thinking and rigour"),
  BEHAVIOURAL("behavioural", "Behavioural");

  private final String id;
  private final String title;

  Area(String id, String title) {
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
