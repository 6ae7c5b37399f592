package dev.allclose.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.allclose.judge.report.ReportJson;
import io.javalin.http.Context;

/**
 * Reads JSON request bodies, turning malformed ones into a 400 that says, in the user's words, what
 * is wrong and what was expected ({@link BodyErrors}).
 */
public final class Bodies {
  private Bodies() {}

  /**
   * @param expected an example of the body, shown in every error
   */
  public static <T> T read(Context ctx, Class<T> type, String expected) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw ApiError.badRequest("the request needs a JSON body: " + expected);
    }
    JsonNode tree;
    try {
      tree = ReportJson.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(BodyErrors.syntax(e) + "; expected " + expected);
    }
    // read in two steps so that a value of the wrong kind can be named from the tree
    try {
      T value = ReportJson.mapper().treeToValue(tree, type);
      if (value == null) {
        throw ApiError.badRequest("the request body must be a JSON object: " + expected);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(BodyErrors.shape(e, tree) + "; expected " + expected);
    }
  }
}
