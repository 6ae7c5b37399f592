package dev.allclose.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * The users of a shared server and their invitations ({@code db/accounts/V1__accounts.sql}). Emails
 * are kept as given to {@link #add}, which the caller has already normalised; tokens are kept as
 * their hashes only.
 */
public final class Accounts {
  private static final String COLUMNS =
      "id, email, role, workspace, created_at, disabled_at, password_hash IS NOT NULL";

  private final Jdbi jdbi;
  private final Clock clock;

  Accounts(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * A user as stored, without the password's hash.
   *
   * @param role the role's id ({@code admin}, {@code coach} or {@code candidate})
   * @param workspace the schema that holds the user's practice data
   * @param hasPassword whether the invitation was used
   */
  public record Account(
      String id,
      String email,
      String role,
      String workspace,
      Instant createdAt,
      @Nullable Instant disabledAt,
      boolean hasPassword) {}

  /**
   * Stores a new user without a password, and their invitation in the same transaction; empty when
   * the email is taken.
   *
   * @param workspacePrefix the new user's workspace is this followed by their id
   */
  public Optional<Account> add(
      String email, String role, String workspacePrefix, String invitationHash, Instant expires) {
    String id = Ids.next(clock);
    Account account =
        new Account(id, email, role, workspacePrefix + id, clock.instant(), null, false);
    return jdbi.inTransaction(
        h -> {
          boolean taken =
              h.createQuery("SELECT COUNT(*) FROM users WHERE email = :e")
                      .bind("e", email)
                      .mapTo(Integer.class)
                      .one()
                  > 0;
          if (taken) {
            return Optional.empty();
          }
          h.createUpdate(
                  "INSERT INTO users (id, email, role, password_hash, workspace, created_at)"
                      + " VALUES (:id, :email, :role, NULL, :ws, :at)")
              .bind("id", id)
              .bind("email", email)
              .bind("role", role)
              .bind("ws", account.workspace())
              .bind("at", account.createdAt().toEpochMilli())
              .execute();
          insertInvitation(h, id, invitationHash, expires);
          return Optional.of(account);
        });
  }

  /** A new invitation for an existing user; the earlier ones stop working. */
  public void reinvite(String userId, String invitationHash, Instant expires) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE invitations SET used_at = :at WHERE user_id = :u AND used_at IS NULL")
              .bind("at", clock.millis())
              .bind("u", userId)
              .execute();
          insertInvitation(h, userId, invitationHash, expires);
        });
  }

  private void insertInvitation(
      org.jdbi.v3.core.Handle h, String userId, String hash, Instant expires) {
    h.createUpdate(
            "INSERT INTO invitations (token_hash, user_id, created_at, expires_at, used_at)"
                + " VALUES (:t, :u, :at, :exp, NULL)")
        .bind("t", hash)
        .bind("u", userId)
        .bind("at", clock.millis())
        .bind("exp", expires.toEpochMilli())
        .execute();
  }

  /**
   * Uses an invitation: sets its user's password and marks it used, in one transaction; the user,
   * or empty when the invitation is unknown, used, expired, or its user disabled.
   */
  public Optional<Account> acceptInvitation(String invitationHash, String passwordHash) {
    long now = clock.millis();
    return jdbi.inTransaction(
        h -> {
          Optional<String> user =
              h.createQuery(
                      "SELECT i.user_id FROM invitations i JOIN users u ON u.id = i.user_id"
                          + " WHERE i.token_hash = :t AND i.used_at IS NULL AND i.expires_at > :now"
                          + " AND u.disabled_at IS NULL")
                  .bind("t", invitationHash)
                  .bind("now", now)
                  .mapTo(String.class)
                  .findOne();
          if (user.isEmpty()) {
            return Optional.empty();
          }
          // claimed first, so that two uses of one link racing each other set one password
          int claimed =
              h.createUpdate(
                      "UPDATE invitations SET used_at = :now WHERE token_hash = :t"
                          + " AND used_at IS NULL")
                  .bind("now", now)
                  .bind("t", invitationHash)
                  .execute();
          if (claimed == 0) {
            return Optional.empty();
          }
          h.createUpdate("UPDATE users SET password_hash = :p WHERE id = :u")
              .bind("p", passwordHash)
              .bind("u", user.get())
              .execute();
          return h.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :u")
              .bind("u", user.get())
              .map((rs, ctx) -> row(rs))
              .findOne();
        });
  }

  public Optional<Account> get(String id) {
    return one("id", id);
  }

  public Optional<Account> byEmail(String email) {
    return one("email", email);
  }

  /** The owner of a workspace. */
  public Optional<Account> byWorkspace(String workspace) {
    return one("workspace", workspace);
  }

  private Optional<Account> one(String column, String value) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM users WHERE " + column + " = :v")
                .bind("v", value)
                .map((rs, ctx) -> row(rs))
                .findOne());
  }

  /** The stored hash of the user's password, when they have set one. */
  public Optional<String> passwordHash(String userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT password_hash FROM users WHERE id = :u")
                .bind("u", userId)
                .mapTo(String.class)
                .findOne());
  }

  /** Replaces a user's password hash (a rehash with stronger parameters, or a new password). */
  public void setPasswordHash(String userId, String passwordHash) {
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE users SET password_hash = :p WHERE id = :u")
                .bind("p", passwordHash)
                .bind("u", userId)
                .execute());
  }

  /** Every user, by email. */
  public List<Account> list() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY email")
                .map((rs, ctx) -> row(rs))
                .list());
  }

  /** Changes a user's role; false when there is no such user. */
  public boolean setRole(String userId, String role) {
    return jdbi.withHandle(
            h ->
                h.createUpdate("UPDATE users SET role = :r WHERE id = :u")
                    .bind("r", role)
                    .bind("u", userId)
                    .execute())
        > 0;
  }

  /** Disables a user and ends their sessions; false when there is no such user. */
  public boolean disable(String userId) {
    return jdbi.inTransaction(
        h -> {
          h.createUpdate("DELETE FROM sessions WHERE user_id = :u").bind("u", userId).execute();
          return h.createUpdate(
                      "UPDATE users SET disabled_at = :at WHERE id = :u AND disabled_at IS NULL")
                  .bind("at", clock.millis())
                  .bind("u", userId)
                  .execute()
              > 0;
        });
  }

  static Account row(ResultSet rs) throws SQLException {
    long disabled = rs.getLong(6);
    boolean wasNull = rs.wasNull();
    return new Account(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Instant.ofEpochMilli(rs.getLong(5)),
        wasNull ? null : Instant.ofEpochMilli(disabled),
        rs.getBoolean(7));
  }
}
