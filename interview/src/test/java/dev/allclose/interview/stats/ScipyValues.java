package dev.allclose.interview.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The reference values of {@code scipy-values.json} (made by make_scipy_values.py beside it). */
final class ScipyValues {
  private static final JsonNode ROOT = load();

  private ScipyValues() {}

  static List<JsonNode> section(String name) {
    List<JsonNode> out = new ArrayList<>();
    ROOT.get(name).forEach(out::add);
    return out;
  }

  static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  private static JsonNode load() {
    try (InputStream in = ScipyValues.class.getResourceAsStream("scipy-values.json")) {
      if (in == null) {
        throw new IllegalStateException("scipy-values.json is missing from the test resources");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
