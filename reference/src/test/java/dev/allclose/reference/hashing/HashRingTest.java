package dev.allclose.reference.hashing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.allclose.numeric.NdArray;
import dev.allclose.reference.GoldenCases;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the ring against {@code make_hash_ring.py} (hashlib and bisect, in the test resources):
 * the owner of every key before and after a removal and an addition; and the properties the problem
 * judges: only the removed node's keys move, keys move only to an added node, and 100 points per
 * node keep ten nodes within 1.35 times the mean load.
 */
class HashRingTest {
  record Oracle(String name, Map<String, NdArray> arrays) {
    String[] strings(String key) {
      return arrays.get(key).toStringArray();
    }

    String text(String key) {
      return arrays.get(key).getString(0);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Oracle> oracles() {
    return GoldenCases.besideScript(HashRingTest.class, "make_hash_ring.py", "ring-").stream()
        .map(g -> new Oracle(g.name(), g.arrays()))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oracles")
  void agreesWithThePythonRing(Oracle o) {
    HashRing ring =
        new HashRing(Arrays.asList(o.strings("nodes")), (int) o.arrays.get("replicas").getLong(0));
    String[] keys = o.strings("keys");
    assertThat(owners(ring, keys)).containsExactly(o.strings("before"));
    ring.removeNode(o.text("removed"));
    assertThat(owners(ring, keys)).containsExactly(o.strings("after_remove"));
    ring.addNode(o.text("added"));
    assertThat(owners(ring, keys)).containsExactly(o.strings("after_add"));
  }

  @Test
  void onlyTheRemovedNodesKeysMoveAndKeysMoveOnlyToAnAddedNode() {
    List<String> nodes = names("n", 7);
    HashRing ring = new HashRing(nodes, 50);
    String[] keys = keys(5000);
    String[] before = owners(ring, keys);
    ring.removeNode("n3");
    String[] afterRemove = owners(ring, keys);
    for (int i = 0; i < keys.length; i++) {
      if (before[i].equals("n3")) {
        assertThat(afterRemove[i]).isNotEqualTo("n3");
      } else {
        assertThat(afterRemove[i]).isEqualTo(before[i]);
      }
    }
    ring.addNode("n9");
    String[] afterAdd = owners(ring, keys);
    for (int i = 0; i < keys.length; i++) {
      if (!afterAdd[i].equals(afterRemove[i])) {
        assertThat(afterAdd[i]).isEqualTo("n9");
      }
    }
  }

  @Test
  void aHundredPointsPerNodeKeepTenNodesWithinTheLoadBound() {
    HashRing ring = new HashRing(names("node-", 10), 100);
    Map<String, Integer> load = new HashMap<>();
    for (String owner : owners(ring, keys(100_000))) {
      load.merge(owner, 1, Integer::sum);
    }
    int busiest = load.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat(busiest).isLessThanOrEqualTo((int) (1.35 * 100_000 / 10));
    HashRing single = new HashRing(names("node-", 10), 1);
    Map<String, Integer> singleLoad = new HashMap<>();
    for (String owner : owners(single, keys(100_000))) {
      singleLoad.merge(owner, 1, Integer::sum);
    }
    assertThat(singleLoad.values().stream().mapToInt(Integer::intValue).max().orElseThrow())
        .as("one point per node leaves arcs of very different lengths")
        .isGreaterThan((int) (1.35 * 100_000 / 10));
  }

  @Test
  void addingTwiceOrRemovingAnAbsentNodeChangesNothingAndAnEmptyRingRefuses() {
    HashRing ring = new HashRing(List.of("a", "b"), 10);
    String[] keys = keys(200);
    String[] before = owners(ring, keys);
    ring.addNode("a");
    ring.removeNode("zz");
    assertThat(owners(ring, keys)).containsExactly(before);
    ring.removeNode("a");
    ring.removeNode("b");
    assertThatThrownBy(() -> ring.getNode("k")).hasMessageContaining("no nodes");
    assertThatThrownBy(() -> new HashRing(List.of("a"), 0)).hasMessageContaining("replicas");
  }

  private static String[] owners(HashRing ring, String[] keys) {
    return Arrays.stream(keys).map(ring::getNode).toArray(String[]::new);
  }

  private static List<String> names(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(prefix + i);
    }
    return out;
  }

  private static String[] keys(int n) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = "key:" + (i * 2654435761L % 1_000_003L);
    }
    return out;
  }
}
