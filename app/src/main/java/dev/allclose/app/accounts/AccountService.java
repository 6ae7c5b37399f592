package dev.allclose.app.accounts;

import dev.allclose.app.AppException;
import dev.allclose.store.Accounts.Account;
import dev.allclose.store.AuditLog;
import dev.allclose.store.Sessions.SessionRecord;
import dev.allclose.store.Store;
import dev.allclose.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The accounts of a shared server: invitations, passwords, sign-in with its rate limit, sessions,
 * and the admin actions, each audited. Kept in the server's database ({@link
 * Store#enableAccounts}); each account's practice data is a workspace of its own (see {@link
 * dev.allclose.app.Workbench#workspace}). Thread-safe.
 */
public final class AccountService {
  /** How long a sign-in lasts. */
  public static final Duration SESSION = Duration.ofDays(14);

  /** How long an invitation link works. */
  public static final Duration INVITATION = Duration.ofDays(7);

  /** The window of the sign-in rate limit, and what it allows in it. */
  static final Duration WINDOW = Duration.ofMinutes(15);

  static final int FAILURES_PER_EMAIL = 5;
  static final int FAILURES_PER_ADDRESS = 30;

  static final int MIN_PASSWORD = 10;
  static final int MAX_PASSWORD = 1024;

  /** Each account's workspace schema is this followed by its id. */
  private static final String WORKSPACE_PREFIX = "ws_";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  private final Supplier<Store> store;
  private final Clock clock;
  private volatile boolean enabled;
  private volatile String decoy = "";

  public AccountService(Supplier<Store> store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * A one-time link's secret, for the account it lets choose a password.
   *
   * @param token goes into the link, {@code /invite#TOKEN}; it is shown once and not stored
   */
  public record Invitation(Account account, String token, Instant expiresAt) {}

  /**
   * A signed-in browser.
   *
   * @param token the session cookie's value
   * @param csrf what the pages send back in a header with every change
   */
  public record SignedIn(Account account, String token, String csrf, Instant expiresAt) {}

  /** Makes the accounts' tables, if the database lacks them. Idempotent. */
  public void enable() {
    if (enabled) {
      return; // every request of a shared server asks: no lock once done
    }
    synchronized (this) {
      if (!enabled) {
        try {
          store.get().enableAccounts();
        } catch (StoreException e) {
          throw new AppException(String.valueOf(e.getMessage()));
        }
        enabled = true;
      }
    }
  }

  private Store accounts() {
    enable();
    return store.get();
  }

  /**
   * A new account without a password, and its invitation.
   *
   * @param actor who asks, for the audit log: an admin's email, or {@code cli:USER}
   */
  public Invitation createUser(String actor, String email, Role role) {
    String key = emailKey(email);
    String token = Tokens.random();
    Instant expires = clock.instant().plus(INVITATION);
    Account account =
        accounts()
            .accounts()
            .add(key, role.id(), WORKSPACE_PREFIX, Tokens.hash(token), expires)
            .orElseThrow(
                () ->
                    AppException.conflict(
                        "there is already an account for "
                            + key
                            + "; to send a new link, use `allclose admin invite "
                            + key
                            + "`"));
    audit(actor, "create-user", key, "role " + role.id());
    return new Invitation(account, token, expires);
  }

  /** A new invitation for an existing account (a lost link, a forgotten password). */
  public Invitation reinvite(String actor, String email) {
    Account account = existing(email);
    String token = Tokens.random();
    Instant expires = clock.instant().plus(INVITATION);
    accounts().accounts().reinvite(account.id(), Tokens.hash(token), expires);
    audit(actor, "invite", account.email(), "a new invitation link");
    return new Invitation(account, token, expires);
  }

  /** Uses an invitation: sets the password and signs in. */
  public SignedIn acceptInvitation(String token, String password) {
    checkPassword(password);
    Account account =
        accounts()
            .accounts()
            .acceptInvitation(Tokens.hash(token), Passwords.hash(password))
            .orElseThrow(
                () ->
                    AppException.invalid(
                        "this invitation link does not work: it was used, it expired, or it was"
                            + " replaced by a newer one; ask an admin for a new link"));
    return startSession(account);
  }

  /**
   * Signs in with email and password.
   *
   * @param address where the request came from, for the rate limit
   * @throws AppException LIMITED after too many failures lately, INVALID for a wrong email or
   *     password (the same message for both)
   */
  public SignedIn signIn(String email, String password, String address) {
    String key = email.strip().toLowerCase(Locale.ROOT);
    Store db = accounts();
    Instant since = clock.instant().minus(WINDOW);
    if (db.sessions().failuresForEmail(key, since) >= FAILURES_PER_EMAIL
        || db.sessions().failuresFromAddress(address, since) >= FAILURES_PER_ADDRESS) {
      throw AppException.limited(
          "too many failed sign-ins; wait "
              + WINDOW.toMinutes()
              + " minutes and try again, or ask an admin for a new invitation link");
    }
    Optional<Account> account = db.accounts().byEmail(key);
    Optional<String> hash =
        account
            .filter(a -> a.disabledAt() == null)
            .flatMap(a -> db.accounts().passwordHash(a.id()));
    // an unknown email costs a hash too, so that timing does not tell which emails have accounts
    boolean ok = Passwords.verify(password, hash.orElseGet(this::decoy)) && hash.isPresent();
    if (!ok || account.isEmpty()) {
      db.sessions().addFailure(key, address);
      throw AppException.invalid("wrong email or password");
    }
    db.sessions().clearFailures(key);
    if (Passwords.needsRehash(hash.get())) {
      db.accounts().setPasswordHash(account.get().id(), Passwords.hash(password));
    }
    return startSession(account.get());
  }

  private String decoy() {
    if (decoy.isEmpty()) {
      decoy = Passwords.hash(Tokens.random());
    }
    return decoy;
  }

  private SignedIn startSession(Account account) {
    String token = Tokens.random();
    String csrf = Tokens.random();
    Instant expires = clock.instant().plus(SESSION);
    Store db = accounts();
    db.sessions().add(Tokens.hash(token), account.id(), csrf, expires);
    db.sessions().forgetBefore(clock.instant().minus(WINDOW));
    return new SignedIn(account, token, csrf, expires);
  }

  /** The live session a cookie holds, if any. */
  public Optional<SessionRecord> session(String token) {
    return accounts().sessions().find(Tokens.hash(token));
  }

  /** Ends the session a cookie holds; nothing when there is none. */
  public void signOut(String token) {
    accounts().sessions().remove(Tokens.hash(token));
  }

  public List<Account> users() {
    return accounts().accounts().list();
  }

  /** The enabled account with this email (any case), if any. */
  public Optional<Account> byEmail(String email) {
    return accounts()
        .accounts()
        .byEmail(email.strip().toLowerCase(Locale.ROOT))
        .filter(a -> a.disabledAt() == null);
  }

  /** The owner of a workspace. */
  public Optional<Account> byWorkspace(String workspace) {
    return accounts().accounts().byWorkspace(workspace);
  }

  /** Gives an account another role. */
  public Account setRole(String actor, String email, Role role) {
    Account account = existing(email);
    accounts().accounts().setRole(account.id(), role.id());
    audit(actor, "set-role", account.email(), account.role() + " -> " + role.id());
    return accounts().accounts().get(account.id()).orElseThrow();
  }

  /** Disables an account and ends its sessions; its data stays. */
  public void disable(String actor, String email) {
    Account account = existing(email);
    accounts().accounts().disable(account.id());
    audit(actor, "disable", account.email(), "sessions ended");
  }

  /** The latest admin actions first. */
  public List<AuditLog.Entry> audit(int limit) {
    return accounts().audit().latest(limit);
  }

  private void audit(String actor, String action, String subject, String detail) {
    accounts().audit().add(actor, action, subject, detail);
  }

  private Account existing(String email) {
    String key = email.strip().toLowerCase(Locale.ROOT);
    return accounts()
        .accounts()
        .byEmail(key)
        .orElseThrow(() -> AppException.notFound("no account for " + key));
  }

  /** The email as accounts are keyed: trimmed, lower case; a clear refusal when it is not one. */
  static String emailKey(String email) {
    String key = email.strip().toLowerCase(Locale.ROOT);
    if (key.length() > 254 || !EMAIL.matcher(key).matches()) {
      throw AppException.invalid("'" + email + "' is not an email address (name@host.domain)");
    }
    return key;
  }

  private static void checkPassword(String password) {
    if (password.length() < MIN_PASSWORD) {
      throw AppException.invalid(
          "the password is too short: use at least " + MIN_PASSWORD + " characters");
    }
    if (password.length() > MAX_PASSWORD) {
      throw AppException.invalid(
          "the password is too long: use at most " + MAX_PASSWORD + " characters");
    }
  }
}
