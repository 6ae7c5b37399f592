package dev.allclose.plan.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A mapping in a YAML file, with typed reads that fail with a {@link ContentException} naming the
 * file and the field's full path ({@code phases[3].tasks[0].minutes: must be between 5 and 240, not
 * 0}). Immutable.
 */
public final class ContentNode {
  private static final Pattern LINE_BREAK = Pattern.compile("\\h*\\R\\s*");

  private final String file;
  private final String path;
  private final JsonNode node;

  ContentNode(String file, String path, JsonNode node) {
    this.file = file;
    this.path = path;
    this.node = node;
  }

  public String file() {
    return file;
  }

  /** The path of this mapping in its file, empty at the top. */
  public String path() {
    return path;
  }

  /** An error about one of this mapping's fields (or about the mapping when key is empty). */
  public ContentException error(String key, String message) {
    String where = join(key);
    return new ContentException(file + ": " + (where.isEmpty() ? "" : where + ": ") + message);
  }

  /** Fails on any field not named here, so a misspelt field is not silently ignored. */
  public void allow(String... keys) {
    List<String> allowed = Arrays.asList(keys);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw error(name, "is not a known field (expected one of " + String.join(", ", keys) + ")");
      }
    }
  }

  /**
   * {@code text} stripped, each line break with the spaces around it made one space: every text of
   * the content is a title, an item or a sentence, and a literal or folded YAML block would carry
   * the lines it was wrapped into onto the screen. (The question bank's reader, in a module the
   * plan does not depend on, reads its points the same way.)
   */
  private static String oneLine(String text) {
    return LINE_BREAK.matcher(text.strip()).replaceAll(" ");
  }

  public boolean has(String key) {
    return node.hasNonNull(key);
  }

  public String text(String key) {
    String text = optionalText(key);
    if (text == null) {
      throw error(key, "is missing");
    }
    return text;
  }

  public @Nullable String optionalText(String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode() || v.isBoolean()) {
      throw error(key, "must be text, not " + describe(v));
    }
    String text = oneLine(v.asText());
    if (text.isEmpty()) {
      throw error(key, "is empty");
    }
    return text;
  }

  public int integer(String key, int min, int max) {
    if (!has(key)) {
      throw error(key, "is missing");
    }
    return optionalInteger(key, min, max, min);
  }

  public int optionalInteger(String key, int min, int max, int fallback) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw error(key, "must be a whole number, not " + describe(v));
    }
    return inRange(key, v.intValue(), min, max);
  }

  public BigDecimal decimal(String key) {
    return optionalDecimal(key).orElseThrow(() -> error(key, "is missing"));
  }

  public Optional<BigDecimal> optionalDecimal(String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isNumber()) {
      throw error(key, "must be a number, not " + describe(v));
    }
    return Optional.of(v.decimalValue());
  }

  public boolean flag(String key, boolean fallback) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isBoolean()) {
      throw error(key, "must be true or false, not " + describe(v));
    }
    return v.booleanValue();
  }

  public Optional<LocalDate> optionalDate(String key) {
    String text = optionalText(key);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw error(key, "must be a date written YYYY-MM-DD, not '" + text + "'");
    }
  }

  public ContentNode child(String key) {
    return optionalChild(key).orElseThrow(() -> error(key, "is missing"));
  }

  public Optional<ContentNode> optionalChild(String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isObject()) {
      throw error(key, "must be a mapping of fields, not " + describe(v));
    }
    return Optional.of(new ContentNode(file, join(key), v));
  }

  /** A required, non-empty list of mappings. */
  public List<ContentNode> list(String key) {
    List<ContentNode> items = optionalList(key);
    if (items.isEmpty()) {
      throw error(key, has(key) ? "is empty" : "is missing");
    }
    return items;
  }

  public List<ContentNode> optionalList(String key) {
    List<ContentNode> items = new ArrayList<>();
    JsonNode v = array(key);
    for (int i = 0; i < v.size(); i++) {
      String at = join(key) + "[" + i + "]";
      if (!v.get(i).isObject()) {
        throw new ContentException(
            file + ": " + at + ": must be a mapping of fields, not " + describe(v.get(i)));
      }
      items.add(new ContentNode(file, at, v.get(i)));
    }
    return items;
  }

  /** A list of non-empty texts; empty when the field is absent. */
  public List<String> texts(String key) {
    List<String> items = new ArrayList<>();
    JsonNode v = array(key);
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (!item.isValueNode() || item.isBoolean() || item.asText().isBlank()) {
        throw new ContentException(
            file + ": " + join(key) + "[" + i + "]: must be non-empty text, not " + describe(item));
      }
      items.add(oneLine(item.asText()));
    }
    return items;
  }

  /** A list of numbers; empty when the field is absent. */
  public List<BigDecimal> decimals(String key) {
    List<BigDecimal> items = new ArrayList<>();
    JsonNode v = array(key);
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isNumber()) {
        throw new ContentException(
            file + ": " + join(key) + "[" + i + "]: must be a number, not " + describe(v.get(i)));
      }
      items.add(v.get(i).decimalValue());
    }
    return items;
  }

  private JsonNode array(String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }
    if (!v.isArray()) {
      throw error(key, "must be a list, not " + describe(v));
    }
    return v;
  }

  private int inRange(String key, int value, int min, int max) {
    if (value < min || value > max) {
      throw error(key, "must be between " + min + " and " + max + ", not " + value);
    }
    return value;
  }

  private String join(String key) {
    if (key.isEmpty()) {
      return path;
    }
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String describe(JsonNode v) {
    if (v.isObject()) {
      return "a mapping";
    }
    if (v.isArray()) {
      return "a list";
    }
    return v.isTextual() ? "'" + v.asText() + "'" : v.asText();
  }
}
