package dev.allclose.server.guard;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Header;

/**
 * Makes the local web server answer only its own pages, in the browser that opened the link with
 * the {@link LaunchSecret}. Without it any web page the user visits while {@code allclose serve}
 * runs could post a solution to 127.0.0.1 and run code as the user. Before any route's handler,
 * every request passes, in this order:
 *
 * <ol>
 *   <li>{@link HostCheck}: the {@code Host} is the server's own loopback name and port (403);
 *   <li>{@link OriginCheck}: a change (POST, PUT, PATCH, DELETE) comes from the server's own origin
 *       (403);
 *   <li>{@link JsonContentCheck}: a change is sent as {@code application/json} (415);
 *   <li>{@link SecretGate}: the request holds the launch secret, in the cookie set by the printed
 *       link or in {@code Authorization: Token SECRET} (401), static assets excepted;
 *   <li>{@link BodyLimit}: a change's body is at most {@value BodyLimit#MAX_BYTES} bytes, chunked
 *       or not (413).
 * </ol>
 *
 * The cheap checks that need no secret come first, so a page of another site learns only that it
 * was refused. Each refusal is one line of JSON ({@code {"error": "..."}}), except the 401 for a
 * page, which is a short HTML page. The rules are documented in {@code docs/api.md}.
 */
public final class LocalOnly {
  private final LaunchSecret secret;

  public LocalOnly(LaunchSecret secret) {
    this.secret = secret;
  }

  /** Installs the checks into a Javalin configuration, ahead of any route registered later. */
  public void configure(JavalinConfig config) {
    Checks.install(
        config,
        new HostCheck(SiteOrigin.loopback()),
        new OriginCheck(SiteOrigin.loopback(), Header.AUTHORIZATION),
        new JsonContentCheck(),
        new SecretGate(secret));
  }
}
