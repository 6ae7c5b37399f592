package dev.allclose.interview.bank;

import java.util.List;

/**
 * A flaw planted in a critique paper, with its part of the answer key.
 *
 * @param signs short sentences in the words a critic who spotted the flaw would use; a critique is
 *     scored on how closely its sentences match them
 * @param explanation why it matters and how to fix it
 */
public record Flaw(String id, FlawKind kind, List<String> signs, String explanation) {
  public Flaw {
    signs = List.copyOf(signs);
  }
}
