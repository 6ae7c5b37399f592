package dev.allclose.app.accounts;

import dev.allclose.app.AppException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an account of a shared server may do. Every account practises in a workspace of its own; a
 * coach also sees, read-only, the cohorts they coach; an admin also manages the accounts.
 */
public enum Role {
  ADMIN,
  COACH,
  CANDIDATE;

  /** The role's name in the API, the database and the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role called {@code id}, or a one-line refusal that lists the roles. */
  public static Role of(String id) {
    for (Role r : values()) {
      if (r.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw AppException.invalid(
        "no role '"
            + id
            + "'; a role is one of "
            + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", ")));
  }
}
