package dev.allclose.judge.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@code problem.yaml} says about a problem. See {@code docs/problem-format.md}.
 *
 * @param outputTolerances per-result overrides of {@code tolerance}, by result name
 * @param checker the Java class of a custom checker, or null for the default per-output comparison
 * @param reference where the reference implementation lives and what it cites (documentation)
 * @param derivationPoints the key points a derivation of the method should make, scored by the
 *     rubric; empty when the problem asks for no derivation (every section 2 problem asks for one)
 */
public record ProblemMetadata(
    int number,
    String slug,
    String title,
    Section section,
    Difficulty difficulty,
    int minutes,
    List<String> concepts,
    String why,
    List<String> companies,
    List<Language> languages,
    List<EntryPoint> entryPoints,
    Tolerance tolerance,
    Map<String, Tolerance> outputTolerances,
    Limits limits,
    BannedCalls banned,
    @Nullable String checker,
    CaseSource cases,
    String reference,
    List<String> derivationPoints) {

  public ProblemMetadata {
    concepts = List.copyOf(concepts);
    companies = List.copyOf(companies);
    languages = List.copyOf(languages);
    entryPoints = List.copyOf(entryPoints);
    outputTolerances = Map.copyOf(outputTolerances);
    derivationPoints = List.copyOf(derivationPoints);
  }

  /** Whether the problem asks for a derivation with the code (and has a model one to show). */
  public boolean asksForDerivation() {
    return !derivationPoints.isEmpty();
  }

  public Tolerance toleranceFor(String result) {
    return outputTolerances.getOrDefault(result, tolerance);
  }

  public Optional<EntryPoint> entryPoint(String name) {
    return entryPoints.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  public boolean supports(Language language) {
    return languages.contains(language);
  }
}
