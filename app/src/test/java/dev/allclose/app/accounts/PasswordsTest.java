package dev.allclose.app.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordsTest {
  /**
   * The reference implementation's command-line tool (Debian's {@code argon2} 0~20190702, the
   * Password Hashing Competition's code) printed this for the same password, salt and parameters:
   * {@code echo -n "correct horse battery staple" | argon2 "allclose-salt-16" -id -t 2 -k 19456 -p
   * 1 -l 32 -e}.
   */
  static final String REFERENCE =
      "$argon2id$v=19$m=19456,t=2,p=1$YWxsY2xvc2Utc2FsdC0xNg"
          + "$Br0HOSYJZejumx4tykejVIN+tWFqd/0XzRYfuTAntq8";

  @Test
  void hashesAsTheReferenceImplementationDoes() {
    byte[] salt = "allclose-salt-16".getBytes(StandardCharsets.US_ASCII);
    assertThat(Passwords.hash("correct horse battery staple", salt, 19_456, 2, 1))
        .isEqualTo(REFERENCE);
    assertThat(Passwords.verify("correct horse battery staple", REFERENCE)).isTrue();
    assertThat(Passwords.verify("correct horse battery stapler", REFERENCE)).isFalse();
  }

  @Test
  void eachHashHasItsOwnSaltAndTodaysParameters() {
    String a = Passwords.hash("a long passphrase");
    String b = Passwords.hash("a long passphrase");
    assertThat(a).isNotEqualTo(b).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(Passwords.verify("a long passphrase", a)).isTrue();
    assertThat(Passwords.verify("a long passphrase", b)).isTrue();
    assertThat(Passwords.needsRehash(a)).isFalse();
  }

  @Test
  void weakerOrForeignHashesAreRehashedOrRefused() {
    String weak =
        Passwords.hash(
            "pw pw pw pw", "sixteen byte salt".getBytes(StandardCharsets.US_ASCII), 4096, 1, 1);
    assertThat(Passwords.verify("pw pw pw pw", weak)).isTrue();
    assertThat(Passwords.needsRehash(weak)).isTrue();
    assertThat(Passwords.verify("x", "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
    assertThat(Passwords.verify("x", "")).isFalse();
    // a stored hash that asks for more memory than any build uses is refused, not computed
    assertThat(
            Passwords.verify(
                "x",
                "$argon2id$v=19$m=9999999,t=2,p=1$YWxsY2xvc2Utc2FsdC0xNg$Br0HOSYJZejumx4tykejVIN+tWFqd/0XzRYfuTAntq8"))
        .isFalse();
  }
}
