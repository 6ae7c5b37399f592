package dev.allclose.judge.problem;

import org.jspecify.annotations.Nullable;

/**
 * A named argument or result of an entry point.
 *
 * @param defaultValue the Python default (a number, boolean or string), or null when the argument
 *     is required; Java solutions receive it when a case leaves the argument out
 */
public record Param(String name, ValueType type, @Nullable Object defaultValue) {
  public boolean hasDefault() {
    return defaultValue != null;
  }
}
