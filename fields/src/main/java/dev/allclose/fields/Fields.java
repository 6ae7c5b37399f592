package dev.allclose.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of one YAML file's tree that report a defect for every missing or ill-typed field
 * instead of stopping at the first, so that a validator can list all of them at once. A defect
 * names the field by its path in the file ({@code entry_points[0].args[2].type}); where it goes is
 * the caller's (each validator has its own record of defects, with the file). A read that finds a
 * defect returns null or an empty list, and the caller carries on.
 */
public final class Fields {
  /** Receives one defect: the field's path and what is wrong with it. */
  @FunctionalInterface
  public interface Sink {
    void defect(String field, String message);
  }

  /** A line break with the spaces around it, and any blank lines after it. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\h*\\R\\s*");

  private final Sink sink;

  public Fields(Sink sink) {
    this.sink = sink;
  }

  public void defect(String field, String message) {
    sink.defect(field, message);
  }

  public boolean has(JsonNode node, String key) {
    return node.hasNonNull(key);
  }

  /**
   * {@code text} stripped and made one line: each line break, with the spaces around it, becomes
   * one space. A literal ({@code |}) block keeps the lines it was wrapped into, and so does a
   * folded ({@code >}) one wherever a line is indented further; a point, a claim or a paragraph
   * read as one must not carry those breaks into what is printed or scored.
   */
  public static String oneLine(String text) {
    return LINE_BREAK.matcher(text.strip()).replaceAll(" ");
  }

  /** Required non-empty text, as {@link #oneLine one line}. */
  public @Nullable String line(JsonNode node, String key, String path) {
    String text = text(node, key, path);
    return text == null ? null : oneLine(text);
  }

  /** Required non-empty text (a number counts as its text). */
  public @Nullable String text(JsonNode node, String key, String path) {
    return string(node, key, path, true);
  }

  /** Text when present (then non-empty), null when absent. */
  public @Nullable String optionalText(JsonNode node, String key, String path) {
    return node.hasNonNull(key) ? text(node, key, path) : null;
  }

  /**
   * Text; when {@code required} is false an absent field is null and an empty one is empty, for
   * formats where an empty optional field means "none".
   */
  public @Nullable String string(JsonNode node, String key, String path, boolean required) {
    JsonNode v = present(node, key, path, required);
    if (v == null) {
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

  /** A required whole number in {@code [min, max]}. */
  public @Nullable Integer integer(JsonNode node, String key, String path, int min, int max) {
    return integer(node, key, path, min, max, true);
  }

  public @Nullable Integer integer(
      JsonNode node, String key, String path, int min, int max, boolean required) {
    JsonNode v = present(node, key, path, required);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
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

  /** A required whole number that may exceed an int (a seed). */
  public @Nullable Long longValue(JsonNode node, String key, String path) {
    JsonNode v = present(node, key, path, true);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      defect(join(path, key), "must be a whole number, not " + describe(v));
      return null;
    }
    return v.longValue();
  }

  /** A required finite number. */
  public @Nullable Double number(JsonNode node, String key, String path) {
    JsonNode v = present(node, key, path, true);
    if (v == null) {
      return null;
    }
    if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
      defect(join(path, key), "must be a number, not " + describe(v));
      return null;
    }
    return v.doubleValue();
  }

  /** A required finite number that is zero or more (a tolerance, a limit). */
  public @Nullable Double nonNegativeNumber(JsonNode node, String key, String path) {
    JsonNode v = present(node, key, path, true);
    if (v == null) {
      return null;
    }
    if (!v.isNumber() || !Double.isFinite(v.doubleValue()) || v.doubleValue() < 0) {
      defect(join(path, key), "must be a non-negative number, not " + describe(v));
      return null;
    }
    return v.doubleValue();
  }

  public @Nullable Boolean bool(JsonNode node, String key, String path) {
    JsonNode v = present(node, key, path, true);
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      defect(join(path, key), "must be true or false, not " + describe(v));
      return null;
    }
    return v.booleanValue();
  }

  /**
   * A list of non-empty texts; when {@code required}, an absent or empty list is a defect. Each bad
   * item is reported at its index and left out.
   */
  public List<String> strings(JsonNode node, String key, String path, boolean required) {
    List<String> out = new ArrayList<>();
    JsonNode v = present(node, key, path, required);
    if (v == null || !isList(v, key, path)) {
      return out;
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (!item.isValueNode() || item.asText().isBlank()) {
        defect(join(path, key) + "[" + i + "]", "must be non-empty text");
      } else {
        out.add(oneLine(item.asText()));
      }
    }
    if (required && v.isEmpty()) {
      defect(join(path, key), "is empty");
    }
    return out;
  }

  /** A required list of {@code min} to {@code max} non-empty texts. */
  public List<String> texts(JsonNode node, String key, String path, int min, int max) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : list(node, key, path, min, max)) {
      if (!item.isTextual() || item.asText().isBlank()) {
        defect(join(path, key) + "[" + out.size() + "]", "must be non-empty text");
      }
      out.add(oneLine(item.asText()));
    }
    return out;
  }

  /** The list at {@code key}, or an empty one (with a defect when it is present but no list). */
  public List<JsonNode> list(JsonNode node, String key, String path, boolean required) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode v = present(node, key, path, required);
    if (v != null && isList(v, key, path)) {
      v.forEach(out::add);
    }
    return out;
  }

  /** A required list with {@code min} to {@code max} items. */
  public List<JsonNode> list(JsonNode node, String key, String path, int min, int max) {
    JsonNode v = present(node, key, path, true);
    List<JsonNode> out = new ArrayList<>();
    if (v == null || !isList(v, key, path)) {
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

  /** A required mapping. */
  public @Nullable JsonNode object(JsonNode node, String key, String path) {
    return object(node, key, path, true);
  }

  public @Nullable JsonNode object(JsonNode node, String key, String path, boolean required) {
    JsonNode v = present(node, key, path, required);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      defect(join(path, key), "must be a mapping (key: value lines), not " + describe(v));
      return null;
    }
    return v;
  }

  /** Reports keys that the format does not define, which are almost always typos. */
  public void onlyKnownKeys(JsonNode node, String path, Set<String> known) {
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

  /** The path of {@code key} inside {@code path} ({@code a.b}; just {@code key} at the top). */
  public static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** A value as a message quotes it: 'text', or "a mapping", "a list". */
  public static String describe(JsonNode v) {
    if (v.isObject()) {
      return "a mapping";
    }
    if (v.isArray()) {
      return "a list";
    }
    return "'" + v.asText() + "'";
  }

  /** The value at {@code key}, or null (a defect when required) when it is absent or null. */
  private @Nullable JsonNode present(JsonNode node, String key, String path, boolean required) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      if (required) {
        defect(join(path, key), "is missing");
      }
      return null;
    }
    return v;
  }

  private boolean isList(JsonNode v, String key, String path) {
    if (!v.isArray()) {
      defect(join(path, key), "must be a list, not " + describe(v));
      return false;
    }
    return true;
  }
}
