package dev.allclose.server;

import dev.allclose.server.guard.LaunchSecret;
import dev.allclose.server.guard.SiteOrigin;

/** Who a server answers: the holder of a launch's secret, or the accounts of a shared server. */
public sealed interface Access {
  /** The one-user server: the browser that opened the link with the launch's secret. */
  record Local(LaunchSecret secret) implements Access {}

  /**
   * A shared server ({@code serve --accounts}): signed-in accounts, each in a workspace of its own.
   *
   * @param site the address users open, which the server answers to besides its loopback names
   */
  record Accounts(SiteOrigin site) implements Access {}
}
