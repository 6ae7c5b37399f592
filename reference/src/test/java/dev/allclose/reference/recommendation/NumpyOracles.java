package dev.allclose.reference.recommendation;

import dev.allclose.numeric.Npz;
import dev.allclose.reference.GoldenCases.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cases written by {@code make_bpr.py} and {@code make_two_tower.py} (NumPy and SciPy, in this
 * package's test resources), read in the layout of the PyTorch golden cases: inputs under the
 * contract's argument names, outputs as {@code out_0}, {@code out_1}, ...
 */
final class NumpyOracles {
  private NumpyOracles() {}

  /** Every {@code <prefix>*.npz} beside the script that wrote it, in name order. */
  static List<Golden> of(String script, String prefix) {
    try {
      Path dir = Path.of(NumpyOracles.class.getResource(script).toURI()).getParent();
      try (Stream<Path> files = Files.list(dir)) {
        List<Golden> cases =
            files
                .filter(p -> p.getFileName().toString().startsWith(prefix))
                .filter(p -> p.getFileName().toString().endsWith(".npz"))
                .sorted()
                .map(NumpyOracles::read)
                .toList();
        if (cases.isEmpty()) {
          throw new IllegalStateException("no " + prefix + "*.npz beside " + script);
        }
        return cases;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Golden read(Path file) {
    try {
      return new Golden(file.getFileName().toString().replace(".npz", ""), Npz.read(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
