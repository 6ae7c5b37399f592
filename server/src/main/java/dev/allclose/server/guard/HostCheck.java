package dev.allclose.server.guard;

import dev.allclose.server.ApiError;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;

/**
 * Refuses (403) a request whose {@code Host} header is not one of the server's loopback names with
 * its port. A page of another site can make the browser resolve that site's name to 127.0.0.1 (DNS
 * rebinding) and then read the answers as same-origin; its requests still carry its own name in
 * {@code Host}, which is what this check looks at.
 */
final class HostCheck implements Handler {
  private final SiteOrigin site;

  HostCheck(SiteOrigin site) {
    this.site = site;
  }

  @Override
  public void handle(Context ctx) {
    int port = ctx.req().getLocalPort();
    String host = ctx.header(Header.HOST);
    if (!site.isOwnAuthority(host, port)) {
      throw ApiError.forbidden(
          (host == null ? "the request names no Host" : "Host '" + host + "' is not this server")
              + "; it answers only to "
              + site.origin(port)
              + " and localhost:"
              + port);
    }
  }
}
