package dev.allclose.judge.cases;

import java.nio.file.Path;
import java.util.List;

/**
 * A problem's cases, in memory and written to {@code directory} in the {@link CaseFolder} form so
 * harnesses can read each case's inputs.
 */
public record CaseSet(List<TestCase> cases, Path directory) {
  public CaseSet {
    cases = List.copyOf(cases);
  }

  public Path inputFile(TestCase c) {
    return CaseFolder.inputFile(directory, c.name());
  }

  public List<TestCase> samples() {
    return cases.stream().filter(TestCase::visible).toList();
  }
}
