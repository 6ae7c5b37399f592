package dev.allclose.server.guard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.servlet.FilterHolder;

/** Installs a guard's checks: in order, before any route, then the body limit last. */
final class Checks {
  private Checks() {}

  static void install(JavalinConfig config, Handler... checks) {
    config.http.maxRequestSize = BodyLimit.MAX_BYTES;
    config.jetty.modifyServletContextHandler(
        context ->
            context.addFilter(
                new FilterHolder(BodyLimit.filter()), "/*", EnumSet.of(DispatcherType.REQUEST)));
    config.router.mount(
        router -> {
          for (Handler check : checks) {
            router.before(check);
          }
          router.before(new BodyLimit());
        });
  }
}
