package dev.allclose.server.accounts;

import dev.allclose.app.accounts.AccountService;
import dev.allclose.app.accounts.AccountService.SignedIn;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.guard.SignedInOnly;
import dev.allclose.store.Accounts.Account;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;

/**
 * Signing in and out of a shared server, and choosing a password from an invitation (docs/api.md,
 * "Accounts"). Sessions live in cookies that {@link SignedInOnly} sets and checks.
 */
public final class AccountApi {
  private final AccountService accounts;
  private final SignedInOnly guard;

  public AccountApi(AccountService accounts, SignedInOnly guard) {
    this.accounts = accounts;
    this.guard = guard;
  }

  public void register(Javalin server) {
    server.post("/api/session", this::signIn);
    server.get("/api/session", this::current);
    server.delete("/api/session", this::signOut);
    server.post("/api/invitations", this::acceptInvitation);
  }

  record SignInBody(@Nullable String email, @Nullable String password) {}

  record InvitationBody(@Nullable String token, @Nullable String password) {}

  /** Who is signed in: what the pages show and what decides which links they offer. */
  record Me(String email, String role) {
    static Me of(Account a) {
      return new Me(a.email(), a.role());
    }
  }

  private void signIn(Context ctx) {
    SignInBody body =
        Bodies.read(ctx, SignInBody.class, "{\"email\": \"...\", \"password\": \"...\"}");
    if (body.email() == null || body.password() == null) {
      throw ApiError.badRequest("signing in needs \"email\" and \"password\"");
    }
    SignedIn session = accounts.signIn(body.email(), body.password(), ctx.ip());
    started(ctx, session);
  }

  private void acceptInvitation(Context ctx) {
    InvitationBody body =
        Bodies.read(ctx, InvitationBody.class, "{\"token\": \"...\", \"password\": \"...\"}");
    if (body.token() == null || body.password() == null) {
      throw ApiError.badRequest("choosing a password needs the link's \"token\" and \"password\"");
    }
    started(ctx, accounts.acceptInvitation(body.token(), body.password()));
  }

  private void started(Context ctx, SignedIn session) {
    guard.setSessionCookies(ctx, session.token(), session.csrf(), session.expiresAt());
    ctx.json(Me.of(session.account()));
  }

  private void current(Context ctx) {
    Account account = SignedInOnly.account(ctx);
    if (account == null) {
      throw new ApiError(401, "not signed in");
    }
    ctx.json(Me.of(account));
  }

  private void signOut(Context ctx) {
    String token = SignedInOnly.sessionToken(ctx);
    if (token != null) {
      accounts.signOut(token);
    }
    guard.clearSessionCookies(ctx);
    ctx.status(204);
  }
}
