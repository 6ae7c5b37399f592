package dev.allclose.judge.problem;

import org.jspecify.annotations.Nullable;

/** The exact signatures a statement quotes, per language. */
public record Signatures(String python, @Nullable String java) {
  public @Nullable String of(Language language) {
    return language == Language.PYTHON ? python : java;
  }
}
