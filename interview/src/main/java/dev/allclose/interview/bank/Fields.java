package dev.allclose.interview.bank;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of one bank file's YAML tree that record a {@link Defect} for every missing or
 * ill-typed field instead of stopping at the first, so the validator reports all of them.
 */
final class Fields {
  private final String file;
  private final List<Defect> defects;

  Fields(String file, List<Defect> defects) {
    this.file = file;
    this.defects = defects;
  }

  void defect(String field, String message) {
    defects.add(new Defect(file, field, message));
  }

  /** Required non-empty text. */
  @Nullable String text(JsonNode node, String key, String path) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      defect(join(path, key), "is missing");
      return null;
    }
    if (!v.isTextual() && !v.isNumber()) {
      defect(join(path, key), "must be text, not " + describe(v));
      return null;
    }
    String text = v.asText().strip();
    if (text.isEmpty()) {
      defect(join(path, key), "is empty");
      return null;
    }
    return text;
  }

  /** Optional text: null when absent, a defect when present but not text. */
  @Nullable String optionalText(JsonNode node, String key, String path) {
    return node.hasNonNull(key) ? text(node, key, path) : null;
  }

  @Nullable Integer integer(JsonNode node, String key, String path, int min, int max) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      defect(join(path, key), "is missing");
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      defect(join(path, key), "must be a whole number, not " + describe(v));
      return null;
    }
    if (v.intValue() < min || v.intValue() > max) {
      defect(join(path, key), "must be between " + min + " and " + max + ", not " + v.intValue());
      return null;
    }
    return v.intValue();
  }

  @Nullable Double number(JsonNode node, String key, String path) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      defect(join(path, key), "is missing");
      return null;
    }
    if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
      defect(join(path, key), "must be a number, not " + describe(v));
      return null;
    }
    return v.doubleValue();
  }

  @Nullable Boolean bool(JsonNode node, String key, String path) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      defect(join(path, key), "is missing");
      return null;
    }
    if (!v.isBoolean()) {
      defect(join(path, key), "must be true or false, not " + describe(v));
      return null;
    }
    return v.booleanValue();
  }

  /** A list of non-empty texts with between {@code min} and {@code max} items. */
  List<String> texts(JsonNode node, String key, String path, int min, int max) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : list(node, key, path, min, max)) {
      if (!item.isTextual() || item.asText().isBlank()) {
        defect(join(path, key) + "[" + out.size() + "]", "must be non-empty text");
      }
      out.add(item.asText().strip());
    }
    return out;
  }

  /** A list with between {@code min} and {@code max} items (a defect otherwise). */
  List<JsonNode> list(JsonNode node, String key, String path, int min, int max) {
    JsonNode v = node.get(key);
    List<JsonNode> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      defect(join(path, key), "is missing");
      return out;
    }
    if (!v.isArray()) {
      defect(join(path, key), "must be a list, not " + describe(v));
      return out;
    }
    v.forEach(out::add);
    if (out.size() < min || out.size() > max) {
      defect(
          join(path, key),
          (min == max ? "must have " + min : "must have " + min + " to " + max)
              + " items, not "
              + out.size());
    }
    return out;
  }

  @Nullable JsonNode object(JsonNode node, String key, String path) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      defect(join(path, key), "is missing");
      return null;
    }
    if (!v.isObject()) {
      defect(join(path, key), "must be a mapping (key: value lines), not " + describe(v));
      return null;
    }
    return v;
  }

  /** The constant of {@code type} spelled at {@code key}, or a defect listing the spellings. */
  <E extends Enum<E> & Named> @Nullable E named(
      JsonNode node, String key, String path, Class<E> type) {
    String id = text(node, key, path);
    return id == null ? null : named(id, join(path, key), type);
  }

  <E extends Enum<E> & Named> @Nullable E named(String id, String field, Class<E> type) {
    Optional<E> found = Named.find(type, id);
    if (found.isEmpty()) {
      defect(field, "must be one of " + Named.ids(type) + ", not '" + id + "'");
      return null;
    }
    return found.get();
  }

  /** Reports keys that the format does not define, which are almost always typos. */
  void onlyKnownKeys(JsonNode node, String path, Set<String> known) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        defect(
            join(path, key),
            "is not a field of this format (known: "
                + String.join(", ", new TreeSet<>(known))
                + ")");
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
}
