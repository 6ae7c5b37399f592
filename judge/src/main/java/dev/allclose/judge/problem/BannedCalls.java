package dev.allclose.judge.problem;

import java.util.List;

/**
 * Names a solution may not use, checked statically before it runs.
 *
 * @param python patterns for Python: {@code numpy.sort} (a module attribute however imported),
 *     {@code .sort} (an attribute or method of that name on any object) or {@code sorted} (a
 *     builtin)
 * @param java patterns for Java: {@code java.util.Arrays.sort} (a method of a type or its subtypes,
 *     any overload) or {@code java.util.TreeMap} (any use of a type's members)
 * @param reason one sentence that says why, shown with the verdict
 */
public record BannedCalls(List<String> python, List<String> java, String reason) {
  public static final BannedCalls NONE = new BannedCalls(List.of(), List.of(), "");

  public BannedCalls {
    python = List.copyOf(python);
    java = List.copyOf(java);
  }

  public List<String> of(Language language) {
    return language == Language.PYTHON ? python : java;
  }

  public boolean isEmpty() {
    return python.isEmpty() && java.isEmpty();
  }
}
