package dev.allclose.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.allclose.judge.report.ReportJson;
import io.javalin.http.Context;

/** Reads JSON request bodies, turning malformed ones into a 400 that says what was expected. */
public final class Bodies {
  private Bodies() {}

  public static <T> T read(Context ctx, Class<T> type, String expected) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw ApiError.badRequest("the request needs a JSON body: " + expected);
    }
    try {
      T value = ReportJson.mapper().readValue(body, type);
      if (value == null) {
        throw ApiError.badRequest("the request body must be a JSON object: " + expected);
      }
      return value;
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(
          "the request body is not " + expected + ": " + e.getOriginalMessage());
    }
  }
}
