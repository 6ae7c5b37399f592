package dev.allclose.server.guard;

import dev.allclose.server.ApiError;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.SameSite;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Lets through only requests that hold the {@link LaunchSecret}, as Jupyter's token does.
 *
 * <ul>
 *   <li>{@code GET PATH?token=SECRET} (the link {@code allclose serve} prints) sets the cookie
 *       {@code allclose_token_PORT} (HttpOnly, SameSite=Strict, Path=/, for the browser session;
 *       not Secure, since it is plain HTTP on loopback; the port in the name keeps two servers
 *       apart) and redirects (302) to the same path without the token, so that the secret leaves
 *       the address bar. A wrong token is a 401.
 *   <li>{@code Authorization: Token SECRET}, for scripts: when present it alone decides.
 *   <li>Otherwise the cookie must hold the secret.
 * </ul>
 *
 * Static assets ({@code /static/}, {@code /webjars/}, {@code /favicon.ico}) are public: they are
 * the product's own files and hold no data. A refusal is a 401 with {@code WWW-Authenticate:
 * Token}: JSON under {@code /api}, a short HTML page elsewhere, both saying to open the printed
 * link.
 */
final class SecretGate implements Handler {
  private static final String TOKEN_PARAM = "token";
  private static final String SCHEME = "Token";
  private static final String[] PUBLIC_PREFIXES = {"/static/", "/webjars/"};

  private final LaunchSecret secret;

  SecretGate(LaunchSecret secret) {
    this.secret = secret;
  }

  private static String cookieName(int port) {
    return "allclose_token_" + port;
  }

  @Override
  public void handle(Context ctx) {
    if (isPublic(ctx.path())) {
      return;
    }
    int port = ctx.req().getLocalPort();
    String token = ctx.queryParam(TOKEN_PARAM);
    boolean navigation = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    if (token != null && navigation) {
      signIn(ctx, token, port);
      return;
    }
    String authorization = ctx.header(Header.AUTHORIZATION);
    if (authorization != null) {
      if (!secret.matches(tokenOf(authorization))) {
        refuse(
            ctx,
            "the Authorization header does not hold this launch's secret; send 'Authorization:"
                + " Token SECRET' with the secret of the link 'allclose serve' printed");
      }
      return;
    }
    if (!hasCookie(ctx, port)) {
      refuse(
          ctx,
          "open the link 'allclose serve' printed ("
              + LoopbackNames.origin(port)
              + "/?token=...) in this browser first; the secret in it changes at every launch");
    }
  }

  private void signIn(Context ctx, String token, int port) {
    if (!secret.matches(token)) {
      refuse(
          ctx,
          "the link's token is not this launch's secret; open the link the running 'allclose"
              + " serve' printed");
      return;
    }
    Cookie cookie = new Cookie(cookieName(port), secret.text());
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setPath("/");
    ctx.cookie(cookie);
    ctx.redirect(withoutToken(ctx.path(), ctx.queryString()));
  }

  private boolean hasCookie(Context ctx, int port) {
    jakarta.servlet.http.Cookie[] cookies = ctx.req().getCookies();
    String name = cookieName(port);
    return cookies != null
        && Arrays.stream(cookies)
            .anyMatch(c -> c.getName().equals(name) && secret.matches(c.getValue()));
  }

  private static void refuse(Context ctx, String message) {
    ctx.header(Header.WWW_AUTHENTICATE, SCHEME);
    if (isApi(ctx.path())) {
      throw new ApiError(401, message);
    }
    ctx.status(401).html(SignInPage.html(message));
    ctx.skipRemainingHandlers();
  }

  /** The secret of {@code Token SECRET}, or null for another scheme. */
  private static @Nullable String tokenOf(String authorization) {
    String[] parts = authorization.strip().split("\\s+", 2);
    return parts.length == 2 && parts[0].equalsIgnoreCase(SCHEME) ? parts[1] : null;
  }

  /**
   * The path and query without the token. Leading slashes and backslashes collapse to one, so that
   * {@code //other.example/?token=...} cannot redirect to another host.
   */
  private static String withoutToken(String path, @Nullable String query) {
    String local = "/" + path.replaceFirst("^[/\\\\]+", "");
    String rest =
        query == null
            ? ""
            : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !isTokenParam(p))
                .collect(Collectors.joining("&"));
    return rest.isEmpty() ? local : local + "?" + rest;
  }

  private static boolean isTokenParam(String pair) {
    String name = pair.split("=", 2)[0];
    return URLDecoder.decode(name, StandardCharsets.UTF_8).equals(TOKEN_PARAM);
  }

  private static boolean isPublic(String path) {
    if (path.equals("/favicon.ico")) {
      return true;
    }
    return Arrays.stream(PUBLIC_PREFIXES).anyMatch(path::startsWith);
  }

  private static boolean isApi(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.equals("/api") || p.startsWith("/api/");
  }
}
