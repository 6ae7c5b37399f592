package dev.allclose.judge.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Where the product's own problems keep their code, by slug. A package whose {@code problem.yaml}
 * says {@code cases: generator: built-in} takes its generator and checker from here, so a problem's
 * Java parts are named in one place (the {@code problems} module's table) rather than by class name
 * in its metadata. Implementations are found with {@link ServiceLoader}; the judge itself knows
 * none of them.
 */
public interface ProblemCodes {

  /** Every problem this library holds, by slug. */
  Map<String, ProblemCode> bySlug();

  /** The code of the problem {@code slug}, from every library on the class path. */
  static Optional<ProblemCode> find(String slug) {
    return Optional.ofNullable(Installed.ALL.get(slug));
  }

  /** Every problem of every library on the class path, by slug. */
  static Map<String, ProblemCode> installed() {
    return Installed.ALL;
  }

  /** Loaded once: the class path does not change while the product runs. */
  final class Installed {
    static final Map<String, ProblemCode> ALL = load();

    private Installed() {}

    private static Map<String, ProblemCode> load() {
      Map<String, ProblemCode> all = new LinkedHashMap<>();
      for (ProblemCodes library :
          ServiceLoader.load(ProblemCodes.class, ProblemCodes.class.getClassLoader())) {
        library
            .bySlug()
            .forEach(
                (slug, code) -> {
                  if (all.putIfAbsent(slug, code) != null) {
                    throw new IllegalStateException("two libraries hold the problem " + slug);
                  }
                });
      }
      return Map.copyOf(all);
    }
  }
}
