package dev.allclose.judge.problem;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Names a solution may not use, checked statically before it runs.
 *
 * @param python patterns for Python: {@code numpy.sort} (a module attribute however imported),
 *     {@code .sort} (an attribute or method of that name on any object) or {@code sorted} (a
 *     builtin)
 * @param java patterns for Java: {@code java.util.Arrays.sort} (a method of a type or its subtypes,
 *     any overload) or {@code java.util.TreeMap} (any use of a type's members)
 * @param reason one sentence that says why, shown with the verdict
 * @param fullSort Python only, checked at run time: a builtin sort ({@code sorted()}, {@code
 *     list.sort()}) of at least as many items as the input array {@code input} holds is refused
 *     whenever the integer input {@code count} is smaller than that array (sorting every item when
 *     all of them are wanted is allowed); {@code ndarray.sort()} is always refused. Null when the
 *     problem has no such rule.
 */
public record BannedCalls(
    List<String> python, List<String> java, String reason, @Nullable FullSortRule fullSort) {
  public static final BannedCalls NONE = new BannedCalls(List.of(), List.of(), "", null);

  /** Which inputs bound a builtin sort: see {@link BannedCalls#fullSort()}. */
  public record FullSortRule(String input, String count) {}

  public BannedCalls {
    python = List.copyOf(python);
    java = List.copyOf(java);
  }

  public List<String> of(Language language) {
    return language == Language.PYTHON ? python : java;
  }

  public boolean isEmpty() {
    return python.isEmpty() && java.isEmpty() && fullSort == null;
  }
}
