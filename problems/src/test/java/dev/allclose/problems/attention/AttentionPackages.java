package dev.allclose.problems.attention;

import dev.allclose.judge.cases.CaseGenerator;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.numeric.NestedArrays;
import dev.allclose.problems.BuiltInPackages;
import java.util.List;

/** The cases a built-in generator makes with its package's own seed, and small readers. */
final class AttentionPackages {
  private AttentionPackages() {}

  static List<TestCase> cases(String slug, CaseGenerator generator) {
    return BuiltInPackages.cases(slug, generator);
  }

  static TestCase named(List<TestCase> cases, String name) {
    return BuiltInPackages.named(cases, name);
  }

  static double[][][] cube(TestCase c, String input) {
    return NestedArrays.toCube(c.inputs().get(input));
  }
}
