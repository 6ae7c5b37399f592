package dev.allclose.judge.problem;

/** Where a problem's cases come from. */
public sealed interface CaseSource {

  /**
   * The product's own generator for the package's slug ({@link ProblemCodes}), which also brings
   * the problem's checker: written {@code generator: built-in}.
   */
  record BuiltIn(long seed) implements CaseSource {}

  /**
   * A Java class implementing {@code dev.allclose.judge.cases.CaseGenerator}, on the product's
   * classpath (the built-in problems).
   */
  record JavaGenerator(String className, long seed) implements CaseSource {}

  /**
   * A Python script in the package, run as {@code python3 SCRIPT --seed SEED --out DIR}; it writes
   * what a case folder holds.
   */
  record PythonGenerator(String script, long seed) implements CaseSource {}

  /** A folder of the package holding the cases ({@code cases/} by default). */
  record Folder(String directory) implements CaseSource {}
}
