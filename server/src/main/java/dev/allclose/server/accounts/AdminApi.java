package dev.allclose.server.accounts;

import dev.allclose.app.accounts.AccountService;
import dev.allclose.app.accounts.AccountService.Invitation;
import dev.allclose.app.accounts.Role;
import dev.allclose.server.ApiError;
import dev.allclose.server.Bodies;
import dev.allclose.server.guard.SignedInOnly;
import dev.allclose.server.guard.SiteOrigin;
import dev.allclose.store.Accounts.Account;
import dev.allclose.store.AuditLog;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An admin's management of a shared server's accounts (docs/api.md, "Admin"): list them, invite a
 * new one, send a new link, change a role, disable one, and read the audit log every such action
 * writes to. {@link dev.allclose.server.guard.SignedInOnly} keeps {@code /api/admin} to admins.
 */
public final class AdminApi {
  private static final int AUDIT_PAGE = 200;

  private final AccountService accounts;
  private final SiteOrigin site;

  public AdminApi(AccountService accounts, SiteOrigin site) {
    this.accounts = accounts;
    this.site = site;
  }

  public void register(Javalin server) {
    server.get(
        "/api/admin/users", ctx -> ctx.json(accounts.users().stream().map(User::of).toList()));
    server.post("/api/admin/users", this::create);
    server.post("/api/admin/users/{email}/invitation", this::reinvite);
    server.put("/api/admin/users/{email}/role", this::setRole);
    server.delete("/api/admin/users/{email}", this::disable);
    server.get("/api/admin/audit", this::audit);
  }

  /**
   * An account as an admin sees it.
   *
   * @param invited true until the account's owner chose a password
   */
  record User(String email, String role, boolean invited, boolean disabled, Instant createdAt) {
    static User of(Account a) {
      return new User(a.email(), a.role(), !a.hasPassword(), a.disabledAt() != null, a.createdAt());
    }
  }

  record NewUser(@Nullable String email, @Nullable String role) {}

  record RoleBody(@Nullable String role) {}

  /** The link to hand to the new user, once. */
  record Link(String email, String role, String link, Instant expiresAt) {}

  private void create(Context ctx) {
    NewUser body = Bodies.read(ctx, NewUser.class, "{\"email\": \"...\", \"role\": \"candidate\"}");
    if (body.email() == null || body.role() == null) {
      throw ApiError.badRequest("a new account needs \"email\" and \"role\"");
    }
    Invitation invitation = accounts.createUser(actor(ctx), body.email(), Role.of(body.role()));
    ctx.status(201).json(link(ctx, invitation));
  }

  private void reinvite(Context ctx) {
    ctx.json(link(ctx, accounts.reinvite(actor(ctx), ctx.pathParam("email"))));
  }

  private Link link(Context ctx, Invitation invitation) {
    return new Link(
        invitation.account().email(),
        invitation.account().role(),
        InvitationLinks.of(site.origin(ctx.req().getLocalPort()), invitation.token()),
        invitation.expiresAt());
  }

  private void setRole(Context ctx) {
    RoleBody body = Bodies.read(ctx, RoleBody.class, "{\"role\": \"coach\"}");
    if (body.role() == null) {
      throw ApiError.badRequest("the change needs a \"role\"");
    }
    ctx.json(User.of(accounts.setRole(actor(ctx), ctx.pathParam("email"), Role.of(body.role()))));
  }

  private void disable(Context ctx) {
    Account me = SignedInOnly.account(ctx);
    if (me != null && me.email().equalsIgnoreCase(ctx.pathParam("email").strip())) {
      throw ApiError.badRequest("an admin cannot disable their own account");
    }
    accounts.disable(actor(ctx), ctx.pathParam("email"));
    ctx.status(204);
  }

  private void audit(Context ctx) {
    List<AuditLog.Entry> entries = accounts.audit(AUDIT_PAGE);
    ctx.json(entries);
  }

  private static String actor(Context ctx) {
    Account me = SignedInOnly.account(ctx);
    if (me == null) {
      throw new ApiError(401, "not signed in");
    }
    return me.email();
  }
}
