package dev.allclose.plan.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads YAML: the content shipped in this module's {@code content/} folder (on the class path under
 * {@code dev/allclose/plan/content/}) and the user's own files. Fractional numbers are read as
 * {@link java.math.BigDecimal}, so money written as {@code 0.10} stays exact.
 */
public final class ContentFiles {
  private static final String ROOT = "dev/allclose/plan/content/";
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ContentFiles() {}

  /** A shipped content file, such as {@code questions.yaml}. */
  public static ContentNode resource(String name) {
    return parse(text(name), name);
  }

  /** The text of a shipped content file, such as {@code offer-template.yaml}. */
  public static String text(String name) {
    try (InputStream in = ContentFiles.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new ContentException(name + ": is missing from the class path (" + ROOT + ")");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ContentException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** YAML text whose top level must be a mapping; {@code file} names it in messages. */
  public static ContentNode parse(String text, String file) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new ContentException(
          file + ": is not valid YAML" + where + ": " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ContentException(file + ": must be a YAML mapping of fields");
    }
    return new ContentNode(file, "", root);
  }
}
