package dev.allclose.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A shared server's accounts, sessions and audit log, on SQLite and PostgreSQL. */
class AccountsTest {
  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void anInvitationSetsThePasswordOnceBeforeItExpires(TestDatabase db) throws Exception {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("db", clock);
    store.enableAccounts();
    store.enableAccounts(); // idempotent
    Instant week = clock.instant().plus(Duration.ofDays(7));
    Accounts.Account alice =
        store.accounts().add("alice@example.org", "candidate", "ws_", "h1", week).orElseThrow();
    assertThat(alice.workspace()).isEqualTo("ws_" + alice.id());
    assertThat(alice.hasPassword()).isFalse();
    assertThat(store.accounts().add("alice@example.org", "coach", "ws_", "h2", week)).isEmpty();

    assertThat(store.accounts().acceptInvitation("unknown", "$argon2id$x")).isEmpty();
    assertThat(store.accounts().acceptInvitation("h1", "$argon2id$x").orElseThrow().hasPassword())
        .isTrue();
    assertThat(store.accounts().acceptInvitation("h1", "$argon2id$y")).isEmpty();
    assertThat(store.accounts().passwordHash(alice.id())).contains("$argon2id$x");

    // a new link replaces the old one, and works until it expires
    store.accounts().reinvite(alice.id(), "h3", week);
    store.accounts().reinvite(alice.id(), "h4", clock.instant().plus(Duration.ofHours(1)));
    assertThat(store.accounts().acceptInvitation("h3", "$argon2id$z")).isEmpty();
    clock.advance(Duration.ofHours(2));
    assertThat(store.accounts().acceptInvitation("h4", "$argon2id$z")).isEmpty();
    assertThat(store.accounts().passwordHash(alice.id())).contains("$argon2id$x");
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void aSessionLastsUntilItExpiresOrItsUserIsDisabled(TestDatabase db) throws Exception {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("db", clock);
    store.enableAccounts();
    Instant later = clock.instant().plus(Duration.ofDays(1));
    Accounts.Account bob =
        store.accounts().add("bob@example.org", "coach", "ws_", "i", later).orElseThrow();
    store.sessions().add("s1", bob.id(), "csrf1", later);
    store.sessions().add("s2", bob.id(), "csrf2", clock.instant().plus(Duration.ofHours(1)));
    assertThat(store.sessions().find("s1").orElseThrow().account().email())
        .isEqualTo("bob@example.org");
    assertThat(store.sessions().find("s1").orElseThrow().csrf()).isEqualTo("csrf1");

    clock.advance(Duration.ofHours(2));
    assertThat(store.sessions().find("s2")).isEmpty();
    assertThat(store.sessions().remove("s1")).isTrue();
    assertThat(store.sessions().find("s1")).isEmpty();

    store.sessions().add("s3", bob.id(), "csrf3", later);
    assertThat(store.accounts().disable(bob.id())).isTrue();
    assertThat(store.sessions().find("s3")).isEmpty();
    assertThat(store.accounts().get(bob.id()).orElseThrow().disabledAt()).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void failedSignInsAreCountedByEmailAndAddressWithinTheWindow(TestDatabase db) throws Exception {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("db", clock);
    store.enableAccounts();
    Instant start = clock.instant();
    store.sessions().addFailure("a@example.org", "10.0.0.1");
    store.sessions().addFailure("a@example.org", "10.0.0.2");
    clock.advance(Duration.ofMinutes(20));
    store.sessions().addFailure("b@example.org", "10.0.0.1");
    assertThat(store.sessions().failuresForEmail("a@example.org", start)).isEqualTo(2);
    assertThat(store.sessions().failuresFromAddress("10.0.0.1", start)).isEqualTo(2);
    Instant window = clock.instant().minus(Duration.ofMinutes(15));
    assertThat(store.sessions().failuresForEmail("a@example.org", window)).isZero();
    store.sessions().clearFailures("b@example.org");
    assertThat(store.sessions().failuresFromAddress("10.0.0.1", start)).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("dev.allclose.store.TestDatabase#both")
  void theAuditLogKeepsEveryActionNewestFirst(TestDatabase db) throws Exception {
    StoreTest.ManualClock clock = new StoreTest.ManualClock();
    Store store = db.open("db", clock);
    store.enableAccounts();
    store.audit().add("cli:root", "create-user", "a@example.org", "role admin");
    clock.advance(Duration.ofSeconds(1));
    store.audit().add("a@example.org", "set-role", "b@example.org", "candidate -> coach");
    List<AuditLog.Entry> entries = store.audit().latest(10);
    assertThat(entries)
        .extracting(AuditLog.Entry::action)
        .containsExactly("set-role", "create-user");
    assertThat(store.audit().latest(1)).hasSize(1);
  }

  /** An account's workspace is a schema of its own: its rows are invisible from any other. */
  @Test
  void workspacesKeepEachAccountsDataApart() throws Exception {
    Assumptions.assumeTrue(TestDatabase.postgresAvailable(), "no PostgreSQL here");
    try (TestDatabase db = TestDatabase.of(TestDatabase.Kind.POSTGRES)) {
      Store server = db.open("server");
      String a = "ws_test_" + Long.toHexString(System.nanoTime());
      String b = a + "_b";
      try {
        Store alice = server.workspace(a);
        Store bob = server.workspace(b);
        alice.notes().put("top-k", "alice's note");
        assertThat(alice.notes().get("top-k")).isPresent();
        assertThat(bob.notes().get("top-k")).isEmpty();
        assertThat(server.notes().get("top-k")).isEmpty();
        // a connection the workspace used goes back to the pool set to the server's schema
        for (int i = 0; i < 20; i++) {
          assertThat(server.notes().get("top-k")).isEmpty();
        }
        assertThat(server.workspace(a).notes().get("top-k")).isPresent();
      } finally {
        db.dropSchemas(a, b);
      }
      assertThatThrownBy(() -> server.workspace("Robert'); DROP TABLE users;--"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("not a workspace name");
    }
  }

  @Test
  void sqliteHasNoWorkspaces() throws Exception {
    try (TestDatabase db = TestDatabase.of(TestDatabase.Kind.SQLITE)) {
      assertThatThrownBy(() -> db.open("one").workspace("ws_x"))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("PostgreSQL");
    }
  }
}
