package dev.allclose.judge.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of a YAML tree that record a {@link Defect} for every missing or ill-typed field
 * instead of stopping at the first, so a validator can report all of them at once.
 */
final class YamlFields {
  private final String file;
  private final List<Defect> defects;

  YamlFields(String file, List<Defect> defects) {
    this.file = file;
    this.defects = defects;
  }

  void defect(String field, String message) {
    defects.add(new Defect(file, field, message));
  }

  boolean has(JsonNode node, String key) {
    return node.hasNonNull(key);
  }

  @Nullable String string(JsonNode node, String key, String path, boolean required) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        defect(join(path, key), "is missing");
      }
      return null;
    }
    if (!v.isValueNode() || v.isBoolean()) {
      defect(join(path, key), "must be text, not " + describe(v));
      return null;
    }
    String text = v.asText().strip();
    if (required && text.isEmpty()) {
      defect(join(path, key), "is empty");
      return null;
    }
    return text;
  }

  @Nullable Integer integer(
      JsonNode node, String key, String path, int min, int max, boolean required) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        defect(join(path, key), "is missing");
      }
      return null;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      defect(join(path, key), "must be a whole number, not " + describe(v));
      return null;
    }
    int value = v.intValue();
    if (value < min || value > max) {
      defect(join(path, key), "must be between " + min + " and " + max + ", not " + value);
      return null;
    }
    return value;
  }

  @Nullable Long longValue(JsonNode node, String key, String path) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      defect(join(path, key), "is missing");
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      defect(join(path, key), "must be a whole number, not " + describe(v));
      return null;
    }
    return v.longValue();
  }

  @Nullable Double number(JsonNode node, String key, String path) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      defect(join(path, key), "is missing");
      return null;
    }
    if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || v.doubleValue() < 0) {
      defect(join(path, key), "must be a non-negative number, not " + describe(v));
      return null;
    }
    return v.doubleValue();
  }

  List<String> strings(JsonNode node, String key, String path, boolean required) {
    JsonNode v = node.get(key);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      if (required) {
        defect(join(path, key), "is missing");
      }
      return out;
    }
    if (!v.isArray()) {
      defect(join(path, key), "must be a list, not " + describe(v));
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (!item.isValueNode() || item.asText().isBlank()) {
        defect(join(path, key) + "[" + i + "]", "must be non-empty text");
      } else {
        out.add(item.asText().strip());
      }
    }
    if (required && out.isEmpty() && v.isEmpty()) {
      defect(join(path, key), "is empty");
    }
    return out;
  }

  /** The list at {@code key}, or an empty one with a defect when it is not a list. */
  List<JsonNode> list(JsonNode node, String key, String path, boolean required) {
    JsonNode v = node.get(key);
    List<JsonNode> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      if (required) {
        defect(join(path, key), "is missing");
      }
      return out;
    }
    if (!v.isArray()) {
      defect(join(path, key), "must be a list, not " + describe(v));
      return out;
    }
    v.forEach(out::add);
    return out;
  }

  @Nullable JsonNode object(JsonNode node, String key, String path, boolean required) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        defect(join(path, key), "is missing");
      }
      return null;
    }
    if (!v.isObject()) {
      defect(join(path, key), "must be a mapping (key: value lines), not " + describe(v));
      return null;
    }
    return v;
  }

  /** Reports keys that the format does not define, which are almost always typos. */
  void onlyKnownKeys(JsonNode node, String path, Set<String> known) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        defect(
            join(path, key),
            "is not a field of this format (known: " + String.join(", ", sorted(known)) + ")");
      }
    }
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String describe(JsonNode v) {
    if (v.isObject()) {
      return "a mapping";
    }
    if (v.isArray()) {
      return "a list";
    }
    return "'" + v.asText() + "'";
  }

  private static List<String> sorted(Set<String> keys) {
    List<String> list = new ArrayList<>(keys);
    list.sort(null);
    return list;
  }
}
