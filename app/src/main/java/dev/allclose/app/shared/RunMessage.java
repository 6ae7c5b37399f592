package dev.allclose.app.shared;

/**
 * What the queue carries for one run: which stored run to judge, and the version of its problem's
 * package the server accepted it for. The run itself (its source) stays in the database.
 *
 * @param packageVersion the package's content hash as the server's build computes it
 */
public record RunMessage(String runId, String problem, String packageVersion) {}
