package dev.allclose.server.accounts;

/**
 * The invitation link a new user opens: {@code ORIGIN/invite#TOKEN}. The token is in the fragment,
 * which browsers do not send to the server, so it stays out of access logs and {@code Referer}
 * headers; the page reads it and posts it with the chosen password.
 */
public final class InvitationLinks {
  private InvitationLinks() {}

  public static String of(String origin, String token) {
    return origin + "/invite#" + token;
  }
}
