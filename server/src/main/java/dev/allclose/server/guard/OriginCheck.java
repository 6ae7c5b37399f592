package dev.allclose.server.guard;

import dev.allclose.server.ApiError;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.Header;

/**
 * Refuses (403) a request that changes data (POST, PUT, PATCH, DELETE) unless it comes from the
 * server's own pages: its {@code Origin} is the server's, or, where a browser sent no {@code
 * Origin}, {@code Sec-Fetch-Site} is {@code same-origin}. A request with neither header did not
 * come from a browser's page (browsers send {@code Origin} on every such request); it is let
 * through only with an {@code Authorization} header, whose secret {@link SecretGate} then checks.
 * The cookie alone is not enough: another local server's page is the same site for the browser and
 * gets the cookie sent with its requests.
 */
final class OriginCheck implements Handler {
  private static final String SEC_FETCH_SITE = "Sec-Fetch-Site";

  private final SiteOrigin site;
  private final String scriptHeader;

  /**
   * @param scriptHeader the header that a script's request without {@code Origin} must carry, for
   *     the next check to verify: {@code Authorization} (the launch secret) or {@code X-CSRF-Token}
   *     (a shared server's session)
   */
  OriginCheck(SiteOrigin site, String scriptHeader) {
    this.site = site;
    this.scriptHeader = scriptHeader;
  }

  @Override
  public void handle(Context ctx) {
    if (!StateChanging.is(ctx)) {
      return;
    }
    int port = ctx.req().getLocalPort();
    String origin = ctx.header(Header.ORIGIN);
    if (origin != null) {
      if (!site.isOwnOrigin(origin, port)) {
        throw ApiError.forbidden(
            "refused a change requested by the page of "
                + origin
                + "; only this server's own pages ("
                + site.origin(port)
                + ") may change your data");
      }
      return;
    }
    String fetchSite = ctx.header(SEC_FETCH_SITE);
    boolean sameOrigin = "same-origin".equals(fetchSite);
    boolean script = fetchSite == null && ctx.header(scriptHeader) != null;
    if (!sameOrigin && !script) {
      throw ApiError.forbidden(
          "a request that changes data must come from this server's pages (Origin "
              + site.origin(port)
              + ") or carry '"
              + scriptHeader
              + "'");
    }
  }
}
