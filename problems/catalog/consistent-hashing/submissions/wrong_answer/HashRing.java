import java.util.ArrayList;
import java.util.List;

public class HashRing {
  // Modulo hashing: removing a node changes the modulus, so most keys move.
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
