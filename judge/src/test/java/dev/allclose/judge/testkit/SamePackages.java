package dev.allclose.judge.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allclose.judge.problem.ProblemPackage;
import java.util.List;

/**
 * Asserts that two lists of packages are the same packages in the same order: equal in every field
 * a package is built with (root, origin, metadata, hints, known submissions), which is everything
 * {@link ProblemPackage} does not read lazily from its folder.
 */
public final class SamePackages {
  private SamePackages() {}

  public static void assertSamePackages(
      List<ProblemPackage> actual, List<ProblemPackage> expected) {
    assertThat(actual).extracting(ProblemPackage::slug).containsExactlyElementsOf(slugs(expected));
    for (int i = 0; i < expected.size(); i++) {
      assertSamePackage(actual.get(i), expected.get(i));
    }
  }

  public static void assertSamePackage(ProblemPackage actual, ProblemPackage expected) {
    String slug = expected.slug();
    assertThat(actual.root()).as(slug + " root").isEqualTo(expected.root());
    assertThat(actual.origin()).as(slug + " origin").isEqualTo(expected.origin());
    assertThat(actual.metadata()).as(slug + " metadata").isEqualTo(expected.metadata());
    assertThat(actual.hints()).as(slug + " hints").isEqualTo(expected.hints());
    assertThat(actual.submissions()).as(slug + " submissions").isEqualTo(expected.submissions());
  }

  private static List<String> slugs(List<ProblemPackage> packages) {
    return packages.stream().map(ProblemPackage::slug).toList();
  }
}
