package dev.allclose.reference.hashing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A consistent hash ring with virtual nodes: every node owns {@code replicas} points on a ring of
 * 2^64 positions, and a key belongs to the node of the first point at or after the key's own
 * position, going round past the top.
 *
 * <p>Source: D. Karger, E. Lehman, T. Leighton, R. Panigrahy, M. Levine and D. Lewin, "Consistent
 * Hashing and Random Trees: Distributed Caching Protocols for Relieving Hot Spots on the World Wide
 * Web", STOC 1997 (the ring, and the O(log n) virtual copies per node that bound each node's share
 * of the ring by a constant factor of 1 / n with high probability).
 *
 * <p>Positions are the first 8 bytes of the MD5 digest of the UTF-8 text, read big-endian as an
 * unsigned 64-bit number; the points of node {@code v} hash {@code v + "#" + i} for i = 0 ..
 * replicas - 1. MD5 is used as a fixed, well-mixed function, not for security: what matters is that
 * every process computes the same positions. Removing a node removes only its points, so only its
 * keys move (to the next point clockwise); adding a node takes keys only for itself.
 *
 * <p>Cost: O(r log(n r)) to add or remove a node, O(|key| + log(n r)) per lookup. Not thread-safe.
 */
public final class HashRing {
  /**
   * Points by position; positions are stored with the sign bit flipped so that signed order is
   * unsigned order.
   */
  private final TreeMap<Long, String> points = new TreeMap<>();

  private final Set<String> nodes = new LinkedHashSet<>();
  private final int replicas;

  public HashRing(Collection<String> nodes, int replicas) {
    if (replicas < 1) {
      throw new IllegalArgumentException("replicas must be at least 1, not " + replicas);
    }
    this.replicas = replicas;
    nodes.forEach(this::addNode);
  }

  public void addNode(String node) {
    if (nodes.add(node)) {
      for (int i = 0; i < replicas; i++) {
        points.put(position(node + "#" + i), node);
      }
    }
  }

  public void removeNode(String node) {
    if (nodes.remove(node)) {
      for (int i = 0; i < replicas; i++) {
        points.remove(position(node + "#" + i), node);
      }
    }
  }

  /** The node that owns {@code key}: the first point at or after its position, wrapping. */
  public String getNode(String key) {
    if (points.isEmpty()) {
      throw new IllegalStateException("the ring has no nodes");
    }
    Map.Entry<Long, String> e = points.ceilingEntry(position(key));
    return e != null ? e.getValue() : points.firstEntry().getValue();
  }

  /** The unsigned MD5 position of {@code text}, sign bit flipped for signed ordering. */
  static long position(String text) {
    byte[] digest = md5().digest(text.getBytes(StandardCharsets.UTF_8));
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (digest[i] & 0xff);
    }
    return v ^ Long.MIN_VALUE;
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide MD5", e);
    }
  }
}
