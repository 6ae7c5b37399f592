package dev.allclose.server.guard;

import dev.allclose.app.accounts.AccountService;
import dev.allclose.store.Accounts.Account;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The guard of a shared server ({@code allclose serve --accounts}), as {@link LocalOnly} is the
 * one-user server's, with accounts in place of the launch secret. Before any route's handler, every
 * request passes, in this order:
 *
 * <ol>
 *   <li>{@link HostCheck}: the {@code Host} is the server's public origin or a loopback name (403);
 *   <li>{@link OriginCheck}: a change comes from the server's own origin (403);
 *   <li>{@link JsonContentCheck}: a change is sent as {@code application/json} (415);
 *   <li>{@link SessionGate}: the request holds a live session, a change its CSRF token, and the
 *       route is open to the account's role (401, 403);
 *   <li>{@link BodyLimit}: a change's body is at most {@value BodyLimit#MAX_BYTES} bytes (413).
 * </ol>
 */
public final class SignedInOnly {
  private final SiteOrigin site;
  private final AccountService accounts;

  public SignedInOnly(SiteOrigin site, AccountService accounts) {
    this.site = site;
    this.accounts = accounts;
  }

  public void configure(JavalinConfig config) {
    Checks.install(
        config,
        new HostCheck(site),
        new OriginCheck(site, SessionGate.CSRF_HEADER),
        new JsonContentCheck(),
        new SessionGate(accounts));
  }

  /** The signed-in account a request was let through for; null on the public routes. */
  public static @Nullable Account account(Context ctx) {
    return SessionGate.account(ctx);
  }

  /**
   * Sets the cookies of a new session: the session's secret (HttpOnly: no script reads it) and the
   * CSRF token (readable by the pages, which send it back in a header). SameSite=Lax keeps both off
   * other sites' requests except a top-level link, so that following a link to the server finds the
   * user signed in; changes need the header as well, which no other site can read.
   */
  public void setSessionCookies(Context ctx, String token, String csrf, Instant expires) {
    int maxAge = (int) Math.max(0, expires.getEpochSecond() - Instant.now().getEpochSecond());
    ctx.cookie(cookie(SessionGate.SESSION_COOKIE, token, maxAge, true));
    ctx.cookie(cookie(SessionGate.CSRF_COOKIE, csrf, maxAge, false));
  }

  /** Removes the session's cookies from the browser. */
  public void clearSessionCookies(Context ctx) {
    ctx.cookie(cookie(SessionGate.SESSION_COOKIE, "", 0, true));
    ctx.cookie(cookie(SessionGate.CSRF_COOKIE, "", 0, false));
  }

  /** The session cookie's value a request carries, if any. */
  public static @Nullable String sessionToken(Context ctx) {
    return ctx.cookie(SessionGate.SESSION_COOKIE);
  }

  private Cookie cookie(String name, String value, int maxAge, boolean httpOnly) {
    Cookie c = new Cookie(name, value);
    c.setPath("/");
    c.setMaxAge(maxAge);
    c.setHttpOnly(httpOnly);
    c.setSecure(site.secure());
    c.setSameSite(SameSite.LAX);
    return c;
  }

  public SiteOrigin site() {
    return site;
  }
}
