package dev.allclose.judge.cases;

import java.util.List;

/**
 * Makes a problem's cases from a seed: inputs, and expected results from the reference
 * implementation. Implementations must be deterministic for a given seed and stateless. A built-in
 * problem's is found from its slug ({@code generator: built-in}, see {@code ProblemCodes}); a
 * package may also name a class on the class path with a public no-argument constructor, {@code
 * generator: java:<class>}.
 */
public interface CaseGenerator {
  List<TestCase> generate(GenerationContext context);
}
