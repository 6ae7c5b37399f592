package dev.allclose.store;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Signed-in browsers of a shared server, and the failed sign-ins its rate limit counts ({@code
 * db/accounts/V1__accounts.sql}). Session tokens are kept as their hashes only.
 */
public final class Sessions {
  private final Jdbi jdbi;
  private final Clock clock;

  Sessions(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * A live session and its user.
   *
   * @param csrf what the pages must send back with every change
   */
  public record SessionRecord(Accounts.Account account, String csrf, Instant expiresAt) {}

  public void add(String tokenHash, String userId, String csrf, Instant expires) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at)"
                        + " VALUES (:t, :u, :c, :at, :exp)")
                .bind("t", tokenHash)
                .bind("u", userId)
                .bind("c", csrf)
                .bind("at", clock.millis())
                .bind("exp", expires.toEpochMilli())
                .execute());
  }

  /** The session with this token's hash, while it has not expired and its user is enabled. */
  public Optional<SessionRecord> find(String tokenHash) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT u.id, u.email, u.role, u.workspace, u.created_at, u.disabled_at,"
                        + " u.password_hash IS NOT NULL, s.csrf, s.expires_at"
                        + " FROM sessions s JOIN users u ON u.id = s.user_id"
                        + " WHERE s.token_hash = :t AND s.expires_at > :now"
                        + " AND u.disabled_at IS NULL")
                .bind("t", tokenHash)
                .bind("now", clock.millis())
                .map(
                    (rs, ctx) ->
                        new SessionRecord(
                            Accounts.row(rs), rs.getString(8), Instant.ofEpochMilli(rs.getLong(9))))
                .findOne());
  }

  /** Ends a session; false when there was none. */
  public boolean remove(String tokenHash) {
    return jdbi.withHandle(
            h ->
                h.createUpdate("DELETE FROM sessions WHERE token_hash = :t")
                    .bind("t", tokenHash)
                    .execute())
        > 0;
  }

  /** Forgets expired sessions and failures older than {@code before}. */
  public void forgetBefore(Instant before) {
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM sessions WHERE expires_at <= :now")
              .bind("now", clock.millis())
              .execute();
          h.createUpdate("DELETE FROM login_failures WHERE at < :b")
              .bind("b", before.toEpochMilli())
              .execute();
        });
  }

  public void addFailure(String email, String address) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO login_failures (id, email, address, at)"
                        + " VALUES (:id, :e, :a, :at)")
                .bind("id", Ids.next(clock))
                .bind("e", email)
                .bind("a", address)
                .bind("at", clock.millis())
                .execute());
  }

  /** Failed sign-ins for this email since {@code since}. */
  public int failuresForEmail(String email, Instant since) {
    return count("email", email, since);
  }

  /** Failed sign-ins from this address since {@code since}. */
  public int failuresFromAddress(String address, Instant since) {
    return count("address", address, since);
  }

  private int count(String column, String value, Instant since) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT COUNT(*) FROM login_failures WHERE " + column + " = :v AND at >= :s")
                .bind("v", value)
                .bind("s", since.toEpochMilli())
                .mapTo(Integer.class)
                .one());
  }

  /** Forgets the failures for an email, once its owner signed in. */
  public void clearFailures(String email) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM login_failures WHERE email = :e")
                .bind("e", email)
                .execute());
  }
}
