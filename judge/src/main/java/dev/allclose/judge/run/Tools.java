package dev.allclose.judge.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the sandbox's programs are found: {@code bwrap} at {@code $ALLCLOSE_BWRAP} when set, else
 * each program in the system's own folders (never a folder of the user's {@code PATH}, which anyone
 * who can write there could use to replace the sandbox).
 */
@FunctionalInterface
public interface Tools {
  /** The system's folders, and {@code ALLCLOSE_BWRAP}. */
  Tools SYSTEM =
      name -> {
        String configured = "bwrap".equals(name) ? System.getenv("ALLCLOSE_BWRAP") : null;
        if (configured != null && !configured.isBlank()) {
          Path p = Path.of(configured);
          return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        return List.of("/usr/bin", "/bin", "/usr/local/bin").stream()
            .map(d -> Path.of(d, name))
            .filter(Files::isExecutable)
            .findFirst();
      };

  Optional<Path> find(String name);
}
