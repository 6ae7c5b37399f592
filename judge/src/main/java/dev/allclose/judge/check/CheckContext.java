package dev.allclose.judge.check;

import dev.allclose.harness.protocol.Event.OutputInfo;
import dev.allclose.judge.cases.TestCase;
import dev.allclose.judge.problem.ProblemMetadata;
import dev.allclose.judge.problem.ValueType;
import dev.allclose.numeric.NdArray;
import java.util.Map;
import java.util.Optional;

/**
 * What a checker sees of one finished case.
 *
 * @param actual the results the solution returned that could be read as arrays, by name
 * @param outputs what each returned result was, including those that could not be stored
 * @param resultTypes the contract type of every result the case's calls produce
 */
public record CheckContext(
    ProblemMetadata metadata,
    TestCase testCase,
    Map<String, NdArray> actual,
    Map<String, OutputInfo> outputs,
    Map<String, ValueType> resultTypes) {

  public Optional<NdArray> result(String name) {
    return Optional.ofNullable(actual.get(name));
  }

  public NdArray input(String name) {
    NdArray a = testCase.inputs().get(name);
    if (a == null) {
      throw new IllegalStateException("case " + testCase.name() + " has no input " + name);
    }
    return a;
  }
}
