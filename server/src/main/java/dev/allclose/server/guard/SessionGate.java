package dev.allclose.server.guard;

import dev.allclose.app.accounts.AccountService;
import dev.allclose.app.accounts.Role;
import dev.allclose.server.ApiError;
import dev.allclose.store.Accounts.Account;
import dev.allclose.store.Sessions.SessionRecord;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Lets through a shared server's requests from signed-in accounts only, and each to the routes of
 * its role. The session cookie ({@value #SESSION_COOKIE}) holds a secret whose hash the database
 * keeps; a change (POST, PUT, PATCH, DELETE) must also carry the session's CSRF token in {@value
 * #CSRF_HEADER}, which the pages read from the {@value #CSRF_COOKIE} cookie. A request without a
 * live session is a 401 under {@code /api}, and a redirect to the sign-in page elsewhere.
 *
 * <p>Public: the static assets, the sign-in and invitation pages, {@code POST /api/session} (sign
 * in) and {@code POST /api/invitations} (choose a password); they have no session to protect, and
 * the origin and content-type checks before this one keep other sites' pages off them.
 */
final class SessionGate implements Handler {
  static final String SESSION_COOKIE = "allclose_session";
  static final String CSRF_COOKIE = "allclose_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String ACCOUNT = "allclose.account";

  private static final List<String> PUBLIC_PREFIXES = List.of("/static/", "/webjars/");
  private static final Set<String> PUBLIC_PAGES = Set.of("/favicon.ico", "/login", "/invite");
  private static final Set<String> PUBLIC_POSTS = Set.of("/api/session", "/api/invitations");

  /** The routes kept to some roles: a path prefix, and who may use it. */
  private static final List<Rule> RULES =
      List.of(
          new Rule("/api/admin", Set.of(Role.ADMIN)),
          new Rule("/admin", Set.of(Role.ADMIN)),
          new Rule("/api/cohorts", Set.of(Role.COACH, Role.ADMIN)),
          new Rule("/cohorts", Set.of(Role.COACH, Role.ADMIN)));

  private record Rule(String prefix, Set<Role> roles) {
    boolean covers(String path) {
      return path.equals(prefix) || path.startsWith(prefix + "/");
    }
  }

  private final AccountService accounts;

  SessionGate(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public void handle(Context ctx) {
    String path = ctx.path().toLowerCase(Locale.ROOT);
    if (isPublic(ctx, path)) {
      return;
    }
    Optional<SessionRecord> session =
        Optional.ofNullable(ctx.cookie(SESSION_COOKIE)).flatMap(accounts::session);
    if (session.isEmpty()) {
      refuse(ctx, path);
      return;
    }
    if (StateChanging.is(ctx) && !csrfMatches(ctx.header(CSRF_HEADER), session.get().csrf())) {
      throw ApiError.forbidden(
          "the request lacks this session's "
              + CSRF_HEADER
              + " header; the pages send it from the "
              + CSRF_COOKIE
              + " cookie (reload the page)");
    }
    Account account = session.get().account();
    Role role = Role.of(account.role());
    for (Rule rule : RULES) {
      if (rule.covers(path) && !rule.roles().contains(role)) {
        throw ApiError.forbidden("the " + role.id() + " role may not use " + ctx.path());
      }
    }
    ctx.attribute(ACCOUNT, account);
  }

  private static boolean isPublic(Context ctx, String path) {
    if (PUBLIC_PREFIXES.stream().anyMatch(path::startsWith) || PUBLIC_PAGES.contains(path)) {
      return ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    }
    return ctx.method() == HandlerType.POST && PUBLIC_POSTS.contains(path);
  }

  private static boolean csrfMatches(@Nullable String given, String want) {
    return given != null
        && MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), want.getBytes(StandardCharsets.UTF_8));
  }

  private static void refuse(Context ctx, String path) {
    if (path.equals("/api") || path.startsWith("/api/")) {
      throw new ApiError(401, "sign in first: POST /api/session {\"email\", \"password\"}");
    }
    String next = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
    ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    ctx.skipRemainingHandlers();
  }

  /** The account a request was let through for; null on the public routes. */
  static @Nullable Account account(Context ctx) {
    return ctx.attribute(ACCOUNT);
  }
}
