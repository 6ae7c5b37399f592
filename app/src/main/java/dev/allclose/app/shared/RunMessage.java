package dev.allclose.app.shared;

import org.jspecify.annotations.Nullable;

/**
 * What the queue carries for one run: which stored run to judge, whose data it is in, and the
 * version of its problem's package the server accepted it for. The run itself (its source) stays in
 * the database.
 *
 * @param workspace the account's workspace that holds the run, or null for the server's own data
 * @param packageVersion the package's content hash as the server's build computes it
 */
public record RunMessage(
    String runId, @Nullable String workspace, String problem, String packageVersion) {}
