import java.util.ArrayList;
import java.util.List;

/**
 * Wrong answer (Java): modulo hashing, key.hashCode() mod n; adding or removing a node changes n,
 * so most keys move.
 */
public class HashRing {
  private final List<String> nodes;

  public HashRing(List<String> nodes, int replicas) {
    this.nodes = new ArrayList<>(nodes);
  }

  public void addNode(String node) {
    nodes.add(node);
  }

  public void removeNode(String node) {
    nodes.remove(node);
  }

  public String getNode(String key) {
    return nodes.get(Math.floorMod(key.hashCode(), nodes.size()));
  }
}
