package dev.allclose.server.guard;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The names a server answers to. The one-user server answers to its loopback names only ({@link
 * LoopbackNames}); a shared server also to the public address users open ({@code serve --origin
 * https://allclose.example.org}), which a reverse proxy in front of it forwards with its {@code
 * Host}. Anything else in a {@code Host} or {@code Origin} header is another site's.
 */
public final class SiteOrigin {
  private final @Nullable URI publicOrigin;

  private SiteOrigin(@Nullable URI publicOrigin) {
    this.publicOrigin = publicOrigin;
  }

  /** The one-user server's: loopback names with the port it listens on. */
  public static SiteOrigin loopback() {
    return new SiteOrigin(null);
  }

  /**
   * A shared server's: its public origin ({@code scheme://host[:port]}, no path), and the loopback
   * names for whoever runs it on the machine itself.
   */
  public static SiteOrigin of(URI origin) {
    String scheme = String.valueOf(origin.getScheme()).toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || origin.getHost() == null
        || !(origin.getRawPath() == null
            || origin.getRawPath().isEmpty()
            || origin.getRawPath().equals("/"))
        || origin.getRawQuery() != null
        || origin.getUserInfo() != null) {
      throw new IllegalArgumentException(
          "the origin '" + origin + "' is not http(s)://HOST[:PORT] without a path");
    }
    return new SiteOrigin(URI.create(scheme + "://" + authority(origin)));
  }

  private static String authority(URI origin) {
    String host = origin.getHost().toLowerCase(Locale.ROOT);
    int port = origin.getPort();
    boolean standard =
        port == -1
            || (origin.getScheme().equalsIgnoreCase("http") && port == 80)
            || (origin.getScheme().equalsIgnoreCase("https") && port == 443);
    return standard ? host : host + ":" + port;
  }

  /** Whether cookies must be {@code Secure}: the public origin is HTTPS. */
  public boolean secure() {
    return publicOrigin != null && publicOrigin.getScheme().equals("https");
  }

  /** Whether a {@code Host} header names this server, which listens on {@code port}. */
  boolean isOwnAuthority(@Nullable String host, int port) {
    if (LoopbackNames.isOwnAuthority(host, port)) {
      return true;
    }
    return publicOrigin != null
        && host != null
        && sameAuthority(host.strip().toLowerCase(Locale.ROOT), publicOrigin);
  }

  private static boolean sameAuthority(String host, URI origin) {
    String want = authority(origin);
    if (host.equals(want)) {
      return true;
    }
    // a Host may spell out the scheme's standard port
    String standard = origin.getScheme().equals("https") ? ":443" : ":80";
    return host.equals(want + standard);
  }

  /** Whether an {@code Origin} header is this server's. */
  boolean isOwnOrigin(@Nullable String origin, int port) {
    if (LoopbackNames.isOwnOrigin(origin, port)) {
      return true;
    }
    if (publicOrigin == null || origin == null) {
      return false;
    }
    try {
      URI given = URI.create(origin.strip());
      return given.getScheme() != null
          && given.getScheme().equalsIgnoreCase(publicOrigin.getScheme())
          && given.getHost() != null
          && (given.getRawPath() == null || given.getRawPath().isEmpty())
          && authority(given).equals(authority(publicOrigin));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The origin for messages and links: the public one, else the loopback one. */
  public String origin(int port) {
    return publicOrigin != null ? publicOrigin.toString() : LoopbackNames.origin(port);
  }
}
