package dev.allclose.reference;

import dev.allclose.numeric.NdArray;
import dev.allclose.numeric.Npz;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The golden cases of {@code oracles/<slug>/}, made with PyTorch, PEFT and transformers (see the
 * README there): inputs under the contract's argument names, outputs as {@code out_0}, {@code
 * out_1}, ...
 */
public final class GoldenCases {
  private GoldenCases() {}

  /** One golden case: its file name and its arrays. */
  public record Golden(String name, Map<String, NdArray> arrays) {
    public NdArray get(String key) {
      NdArray a = arrays.get(key);
      if (a == null) {
        throw new IllegalArgumentException(
            name + " has no array " + key + " (has " + arrays.keySet() + ")");
      }
      return a;
    }

    public double scalar(String key) {
      return get(key).getDouble(0);
    }

    public int integer(String key) {
      return Math.toIntExact(get(key).getLong(0));
    }

    public boolean flag(String key) {
      return get(key).getBoolean(0);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  public static List<Golden> of(String slug) {
    try {
      Path dir = Path.of(GoldenCases.class.getResource("/oracles/" + slug).toURI());
      try (Stream<Path> files = Files.list(dir)) {
        List<Golden> cases =
            files
                .filter(p -> p.toString().endsWith(".npz"))
                .sorted()
                .map(GoldenCases::read)
                .toList();
        if (cases.isEmpty()) {
          throw new IllegalStateException("no golden cases for " + slug);
        }
        return cases;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no oracle folder for " + slug, e);
    }
  }

  /**
   * The cases a NumPy/SciPy script in the test resources wrote beside itself: every {@code
   * <prefix>*.npz} in the folder of {@code script}, resolved against {@code anchor}'s package, in
   * name order.
   */
  public static List<Golden> besideScript(Class<?> anchor, String script, String prefix) {
    try {
      Path dir = Path.of(anchor.getResource(script).toURI()).getParent();
      try (Stream<Path> files = Files.list(dir)) {
        List<Golden> cases =
            files
                .filter(p -> p.getFileName().toString().startsWith(prefix))
                .filter(p -> p.getFileName().toString().endsWith(".npz"))
                .sorted()
                .map(GoldenCases::read)
                .toList();
        if (cases.isEmpty()) {
          throw new IllegalStateException("no " + prefix + "*.npz beside " + script);
        }
        return cases;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException(script + " is not in the test resources of " + anchor, e);
    }
  }

  private static Golden read(Path file) {
    try {
      String name = file.getFileName().toString().replace(".npz", "");
      return new Golden(name, Npz.read(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
