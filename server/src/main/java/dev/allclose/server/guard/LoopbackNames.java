package dev.allclose.server.guard;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The names under which the server is itself: {@code 127.0.0.1}, {@code localhost} and {@code
 * [::1]} with the port it listens on. A {@code Host} header or an {@code Origin} that names
 * anything else comes from a page of another site (for the {@code Host}: after DNS rebinding
 * pointed that site's name at 127.0.0.1). Names compare without case; a missing port means 80, as
 * in a URL.
 */
final class LoopbackNames {
  private static final Set<String> HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");
  private static final String HTTP = "http://";

  private LoopbackNames() {}

  /**
   * Whether a {@code Host} header value ({@code host[:port]}) names this server on {@code port}.
   */
  static boolean isOwnAuthority(@Nullable String authority, int port) {
    if (authority == null) {
      return false;
    }
    String a = authority.strip().toLowerCase(Locale.ROOT);
    int colon = a.lastIndexOf(':');
    boolean hasPort = colon > a.lastIndexOf(']');
    String host = hasPort ? a.substring(0, colon) : a;
    String given = hasPort ? a.substring(colon + 1) : "80";
    return HOSTS.contains(host) && given.equals(Integer.toString(port));
  }

  /** Whether an {@code Origin} header value is {@code http://} and this server's authority. */
  static boolean isOwnOrigin(@Nullable String origin, int port) {
    if (origin == null || !origin.regionMatches(true, 0, HTTP, 0, HTTP.length())) {
      return false;
    }
    String authority = origin.substring(HTTP.length());
    return !authority.contains("/") && isOwnAuthority(authority, port);
  }

  /** The origin the server names itself by, for messages. */
  static String origin(int port) {
    return HTTP + "127.0.0.1:" + port;
  }
}
