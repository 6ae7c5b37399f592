package dev.allclose.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Says what is wrong with a JSON body in the user's words: where (the line and column of a syntax
 * error, or the field) and what kind of JSON value was expected there instead of the one sent.
 * Jackson's own messages name Java types ({@code dev.allclose...RunRequest}, {@code
 * java.lang.String}), which mean nothing to the user and describe the internals to anyone, so none
 * of them is passed on.
 */
final class BodyErrors {
  private BodyErrors() {}

  /** For a body that is not JSON at all. */
  static String syntax(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1
        ? "the request body is not valid JSON"
        : "the request body is not valid JSON at line "
            + at.getLineNr()
            + ", column "
            + at.getColumnNr();
  }

  /** For JSON of the wrong shape; {@code tree} is the body as parsed. */
  static String shape(JsonProcessingException e, JsonNode tree) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "the request body has an unknown field \"" + u.getPropertyName() + "\"";
    }
    if (!(e instanceof JsonMappingException m)) {
      return "the request body does not have the expected fields";
    }
    String where = m.getPath().isEmpty() ? "the request body" : "field " + path(m.getPath());
    if (!(e instanceof MismatchedInputException mismatch)) {
      return where + " has a value that does not fit";
    }
    JsonNode sent = at(tree, m.getPath());
    return where
        + " must be "
        + expectedKind(mismatch.getTargetType())
        + (sent == null ? "" : ", not " + kind(sent));
  }

  /** {@code "cases"[2]."name"}: the field names and array positions down to the value. */
  private static String path(List<JsonMappingException.Reference> path) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        out.append(out.isEmpty() ? "" : ".").append('"').append(r.getFieldName()).append('"');
      } else {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return out.toString();
  }

  private static @Nullable JsonNode at(JsonNode tree, List<JsonMappingException.Reference> path) {
    JsonNode node = tree;
    for (JsonMappingException.Reference r : path) {
      String field = r.getFieldName();
      node = field != null ? node.get(field) : node.get(r.getIndex());
      if (node == null) {
        return null;
      }
    }
    return node;
  }

  /** The kind of JSON value a Java type is read from. */
  private static String expectedKind(@Nullable Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == String.class || type == Character.class || type == char.class || type.isEnum()) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return Map.class.isAssignableFrom(type) || !type.isInterface() ? "an object" : "a value";
  }

  private static String kind(JsonNode sent) {
    return switch (sent.getNodeType()) {
      case OBJECT, POJO -> "an object";
      case ARRAY -> "an array";
      case STRING, BINARY -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case NULL, MISSING -> "null";
    };
  }
}
