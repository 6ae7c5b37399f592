package dev.allclose.server.guard;

import dev.allclose.server.ApiError;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Refuses (415) a request that changes data unless its {@code Content-Type} is {@code
 * application/json}, with no charset or UTF-8 (RFC 8259 JSON is UTF-8). A page of another site can
 * send {@code text/plain}, a form or nothing without asking the browser's permission first, but not
 * JSON, so this closes the door even on a browser that left out {@code Origin}. Bodyless requests
 * (reveal a hint, give up) declare JSON too, as the pages' {@code api.js} does for every change.
 */
final class JsonContentCheck implements Handler {
  private static final String JSON = "application/json";

  @Override
  public void handle(Context ctx) {
    if (StateChanging.is(ctx) && !isJson(ctx.contentType())) {
      String given = ctx.contentType() == null ? "none" : "'" + ctx.contentType() + "'";
      throw new ApiError(
          415, "a change must be sent as 'Content-Type: application/json' (UTF-8), not " + given);
    }
  }

  static boolean isJson(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
    if (!parts[0].strip().equals(JSON)) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].strip().split("=", 2);
      if (param[0].strip().equals("charset")
          && !(param.length == 2 && param[1].strip().replace("\"", "").equals("utf-8"))) {
        return false;
      }
    }
    return true;
  }
}
