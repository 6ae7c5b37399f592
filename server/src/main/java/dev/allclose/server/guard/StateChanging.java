package dev.allclose.server.guard;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/** The methods that may change data, which the origin, content-type and body checks apply to. */
final class StateChanging {
  private static final Set<HandlerType> METHODS =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  private StateChanging() {}

  static boolean is(Context ctx) {
    return METHODS.contains(ctx.method());
  }
}
