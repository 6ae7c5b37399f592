package dev.allclose.interview.bank;

import com.fasterxml.jackson.annotation.JsonValue;

/** The fields of the open-problems round. */
public enum OpenField implements Named {
  RETRIEVAL("retrieval"),
  ALIGNMENT("alignment"),
  EFFICIENT_INFERENCE("efficient-inference"),
  MULTIMODAL("multimodal"),
  LONG_CONTEXT("long-context");

  private final String id;

  OpenField(String id) {
    this.id = id;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }
}
